/// How a ``RuntimeClient`` checks the signed answers it receives.
public struct SignatureVerification: Sendable {
    enum Mode: Sendable {
        case serverKeys
        case store(PublicKeyStore)
        case skip
    }

    let mode: Mode

    /// Keys fetched from the same server, refreshed once on an unknown kid (the default).
    public static let serverKeys = SignatureVerification(mode: .serverKeys)

    /// Keys from `store`, for example a store of pinned keys (``PublicKeyStore/init(pinned:)``).
    public static func keys(_ store: PublicKeyStore) -> SignatureVerification {
        SignatureVerification(mode: .store(store))
    }

    /// Accept answers without checking their signature or nonce. Anyone between the app and the server can then
    /// forge a license answer: only for tests and diagnostics.
    public static let unsafeSkipVerification = SignatureVerification(mode: .skip)
}
