public import LocksmithAPI

/// Who is calling, as established by the server's authentication.
public enum Principal: Sendable, Equatable {
    /// A management API key and the scopes it holds.
    case apiKey(id: String, scopes: [ManagementScope])
    /// A license key presented on a runtime route.
    case license(licenseID: String)
    /// A system route, or the command line.
    case system

    /// The API key's or license's id; `system` for the server itself.
    public var id: String {
        switch self {
        case .apiKey(let id, _): id
        case .license(let licenseID): licenseID
        case .system: "system"
        }
    }

    /// Whose `Idempotency-Key`s a request's key is one of: the account's for management calls, whichever of its API
    /// keys sends them (as Stripe scopes keys to the account), and the license's for runtime calls, so that two
    /// licenses never share a record.
    public var idempotencyScope: String {
        switch self {
        case .apiKey: "account"
        case .license(let licenseID): licenseID
        case .system: "system"
        }
    }

    /// The audit actor for events this principal causes.
    var actor: AuditActor {
        switch self {
        case .apiKey: AuditActor(type: .apiKey, id: id)
        case .license: AuditActor(type: .license, id: id)
        case .system: AuditActor(type: .system, id: id)
        }
    }
}
