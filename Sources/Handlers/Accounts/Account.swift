public import Foundation

/// A vendor served by this server. Every tenant row belongs to one account; operators manage accounts from the
/// command line (`locksmith accounts …`), and a single-vendor install only ever has the default one.
public struct Account: Sendable, Equatable {
    /// Whether an account's credentials are honoured.
    public enum Status: String, Sendable {
        case active
        /// Every API key of the account is refused (401) and its licenses' runtime calls answer 403.
        case disabled
    }

    public var id: String
    public var name: String
    public var status: Status
    public var createdAt: Date
}
