import Foundation

/// What a signature made with an account's key is for. Runtime answers and the offline envelope's payload sign the
/// exact bytes of their `data`, a JSON object, as the contract and the official verifiers require. Everything else the
/// server signs (export metadata, and whatever is signed later: license files, tokens, archives) signs its purpose's
/// prefix followed by the message, and no prefix starts with `{`: no such signature can pass for a runtime answer's,
/// nor one purpose's for another's.
enum SigningPurpose: String, Sendable {
    /// The metadata of a ready report export (`ExportSignature`).
    case export = "export/"
    /// A license file's `enc` (`LicenseFiles`), as Keygen's license files sign it.
    case licenseFile = "license/"
    /// A machine file's `enc`, as Keygen's machine files sign it.
    case machineFile = "machine/"

    /// The bytes signed for `message`.
    func signed(_ message: Data) -> Data {
        var bytes = Data(rawValue.utf8)
        bytes.append(message)
        return bytes
    }
}
