/// What a presented credential (an API token or a license key) resolves to, before its account's rows are opened.
public struct Credential<Record: Sendable>: Sendable {
    /// The key the credential belongs to.
    public var record: Record
    /// The account the key belongs to: every later query of the request is scoped to it.
    public var accountID: String
    /// Whether the account is active; a disabled account's credentials are refused.
    public var accountActive: Bool
}
