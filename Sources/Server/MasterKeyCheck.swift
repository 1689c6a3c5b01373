import LocksmithHandlers

/// What to tell an operator whose master key does not open the sealed secrets of a database (`SealedSecrets`): at a
/// server's start, at a restore, at a master key's import.
enum MasterKeyCheck {
    /// Where the configured master key comes from, for messages.
    static func source(_ configuration: ServerConfiguration) -> String {
        configuration.masterKey != nil
            ? "the master key in LOCKSMITH_MASTER_KEY" : "the master key in \(DataDirectory(path: configuration.dataDirectory).masterKeyPath)"
    }

    /// nil when `report` found nothing wrong; otherwise why the key is refused and what to do.
    static func refusal(_ report: SealedSecrets.Report, source: String, of what: String) -> String? {
        guard report.problemCount > 0 else { return nil }
        let listed = report.problems.map(\.description).joined(separator: "; ") + (report.problemCount > report.problems.count ? "; …" : "")
        if report.problemCount == report.checked {
            return "\(source) opens none of the \(report.checked) sealed secrets of \(what) (\(listed)). It is not the key they were sealed "
                + "with, but another installation's or a new one: use this installation's master key, as exported with "
                + "`locksmith master-key export` (import it with `locksmith master-key import --from FILE`, adding --force to replace a wrong "
                + "master.key), or set LOCKSMITH_MASTER_KEY to it. Nothing was changed"
        }
        return "\(source) does not open \(report.problemCount) of the \(report.checked) sealed secrets of \(what) (\(listed)). Those rows were "
            + "sealed under another master key, or damaged: restore the whole database from one backup of one installation. Nothing was changed"
    }
}
