public import Foundation
import Crypto

/// The Ed25519 public keys that runtime answers and offline licenses are checked against, by kid.
///
/// A store made with ``init(system:account:)`` loads `GET /api/v1/system/public-keys` on first use and refreshes once
/// when it meets a kid it does not know, which is how a key rotation reaches an app. A store made with
/// ``init(pinned:account:)`` never touches the network: for apps that must not trust it for keys, and for checking
/// offline licenses.
///
/// A store limited to one vendor account (`account`) holds only that vendor's keys, and answers are accepted only when
/// their signed `account_id` names it: an answer another vendor's license earned on the same server does not verify.
public actor PublicKeyStore {
    private enum Source {
        case server(SystemClient)
        case pinned
    }

    private let source: Source
    /// The vendor account whose answers this store accepts, or nil for any account's.
    public nonisolated let account: String?
    private var keys: [String: Curve25519.Signing.PublicKey] = [:]
    private var refreshing: Task<[PublicKey], any Error>?

    /// Keys fetched from the server `system` talks to: with `account`, only that vendor account's.
    public init(system: SystemClient, account: String? = nil) {
        source = .server(system)
        self.account = account
    }

    /// Only these keys: kid → standard base64 of the raw 32-byte Ed25519 public key (as `locksmith keys list`
    /// and `listPublicKeys` show them). With `account`, answers must also name that vendor account.
    public init(pinned: [String: String], account: String? = nil) throws {
        source = .pinned
        self.account = account
        for (kid, base64) in pinned {
            keys[kid] = try Self.key(base64, kid: kid)
        }
    }

    /// The kids the store holds now.
    public var kids: [String] { keys.keys.sorted() }

    /// The key with this kid; a server-backed store reloads its keys once before giving up on an unknown kid.
    ///
    /// - Throws: ``LocksmithError/verification(kid:reason:)`` with ``VerificationFailure/unknownKey`` when no key
    ///   has the kid, or the transport and API errors of the reload.
    func key(for kid: String) async throws -> Curve25519.Signing.PublicKey {
        if let key = keys[kid] { return key }
        guard case .server = source else { throw LocksmithError.verification(kid: kid, reason: .unknownKey) }
        try await refresh()
        guard let key = keys[kid] else { throw LocksmithError.verification(kid: kid, reason: .unknownKey) }
        return key
    }

    /// Reloads the keys from the server (a no-op for a pinned store). Concurrent callers share one request.
    public func refresh() async throws {
        guard case .server(let system) = source else { return }
        let task: Task<[PublicKey], any Error>
        if let refreshing {
            task = refreshing
        } else {
            task = Task { [account] in try await Self.allKeys(system, account: account) }
            refreshing = task
        }
        defer { refreshing = nil }
        var fresh: [String: Curve25519.Signing.PublicKey] = [:]
        for key in try await task.value where key.algorithm == "Ed25519" {
            fresh[key.kid] = try Self.key(key.publicKey, kid: key.kid)
        }
        keys = fresh
    }

    /// Verifies `signature` over `data`, the exact bytes of a signed `data` member.
    ///
    /// - Throws: ``LocksmithError/verification(kid:reason:)`` when the algorithm is not Ed25519, the kid is
    ///   unknown, or the signature does not match.
    public func verify(_ data: Data, signature: Signature) async throws {
        guard signature.alg == "Ed25519" else {
            throw LocksmithError.verification(kid: signature.kid, reason: .unsupportedAlgorithm(signature.alg))
        }
        let key = try await key(for: signature.kid)
        guard let value = Data(base64Encoded: signature.value), key.isValidSignature(value, for: data) else {
            throw LocksmithError.verification(kid: signature.kid, reason: .badSignature)
        }
    }

    private static func allKeys(_ system: SystemClient, account: String?) async throws -> [PublicKey] {
        var all: [PublicKey] = []
        var cursor: String?
        repeat {
            let page = try await system.listPublicKeys(cursor: cursor, accountID: account)
            all += page.data
            cursor = page.pageInfo.nextCursor
        } while cursor != nil
        return all
    }

    private static func key(_ base64: String, kid: String) throws -> Curve25519.Signing.PublicKey {
        guard let raw = Data(base64Encoded: base64), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
            throw LocksmithError.verification(kid: kid, reason: .malformedKey)
        }
        return key
    }
}
