/// A stored signing key that cannot be used: its row's parts do not belong together. Names the key, never its
/// secret.
public struct SigningKeyError: Error, CustomStringConvertible, Equatable {
    public let kid: String
    public let reason: String

    public var description: String { "signing key \(kid): \(reason)" }
}
