public import Foundation
public import LocksmithAPI
import LocksmithCrypto
public import LocksmithHandlers
import NIOConcurrencyHelpers

/// The active signing key and the published public keys, cached in memory for the request path and
/// reloaded from the database (at start-up, after a rotation, and periodically so that every instance
/// picks up a rotation made elsewhere).
public final class SigningKeyring: Sendable {
    private struct State {
        var active: (kid: String, key: SigningKey)?
        var published: [PublicKey] = []
    }

    private let state = NIOLockedValueBox(State())

    /// What `Signature.alg` says: exactly `Ed25519`, which the official LicenseKit SDKs compare byte for byte.
    public static let algorithm = "Ed25519"

    public init() {}

    public func reload(from services: Services) async throws {
        let (active, all) = try await services.database.read { connection in
            (try SigningKeyStore.active(masterKey: services.masterKey, on: connection), try SigningKeyStore.all(on: connection))
        }
        state.withLockedValue { state in
            state.active = active.map { ($0.record.kid, $0.key) }
            state.published = all.map(\.model)
        }
    }

    public var publicKeys: [PublicKey] { state.withLockedValue { $0.published } }

    public var activeKeyID: String? { state.withLockedValue { $0.active?.kid } }

    /// An Ed25519 signature over exactly `data`, as the envelope carries it.
    public func sign(_ data: Data) throws -> Signature {
        guard let (kid, key) = state.withLockedValue({ $0.active }) else {
            throw APIError(.internal, "no active signing key")
        }
        return Signature(alg: Self.algorithm, kid: kid, value: Base64.encode(key.sign(data)))
    }
}
