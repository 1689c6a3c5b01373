public import Foundation
public import LocksmithAPI
import LocksmithCrypto
public import LocksmithHandlers
import NIOConcurrencyHelpers

/// The signing keys, cached in memory for the request path: which key signs each account's answers, their secret
/// halves, and the published public keys. Reloaded from the database at start-up and every 30 s, so that every instance
/// picks up a rotation made elsewhere; an account created since the last reload (by the command line) is loaded on its
/// first request.
public final class SigningKeyring: Sendable {
    private struct State {
        var snapshot = SigningKeySnapshot()
        /// The secret halves of the active keys, by kid, with the sealed bytes they were opened from: a key is unsealed
        /// again only when its row changed, not on every reload.
        var unsealed: [String: (sealed: [UInt8], key: SigningKey)] = [:]
        /// Account ids asked for that were not found since the last reload, so that asking again for one costs no query.
        var unknown: Set<String> = []
        /// Each known account's signer, made once per reload: signing looks one up on every runtime answer.
        var signers: [String: Signer] = [:]
    }

    /// Signs a payload with one key, under its kid.
    public typealias Signer = @Sendable (Data) throws -> Signature

    private static func signer(kid: String, key: SigningKey) -> Signer {
        { data in Signature(alg: algorithm, kid: kid, value: Base64.encode(key.sign(data))) }
    }

    /// At most this many unknown account ids are remembered between reloads; past it the set starts again.
    static let unknownAccountsBound = 1024

    private let services: Services
    private let state = NIOLockedValueBox(State())

    /// What `Signature.alg` says: exactly `Ed25519`, which the official LicenseKit SDKs compare byte for byte.
    public static let algorithm = "Ed25519"

    public init(services: Services) {
        self.services = services
    }

    public func reload() async throws {
        let known = state.withLockedValue { $0.unsealed }
        let snapshot = try await services.database.read { connection in try SigningKeyStore.snapshot(on: connection) }
        var unsealed: [String: (sealed: [UInt8], key: SigningKey)] = [:]
        for record in snapshot.records where record.status == .active {
            guard let sealed = snapshot.sealed[record.kid] else { continue }
            if let cached = known[record.kid], cached.sealed == sealed, cached.key.publicKey == record.publicKey {
                unsealed[record.kid] = cached
            } else {
                unsealed[record.kid] = (sealed, try SigningKeyStore.unsealed(record, sealed: sealed, masterKey: services.masterKey))
            }
        }
        var signers: [String: Signer] = [:]
        for account in snapshot.views.keys {
            if let record = snapshot.keys(account: account)?.first(where: { $0.status == .active }), let key = unsealed[record.kid]?.key {
                signers[account] = Self.signer(kid: record.kid, key: key)
            }
        }
        state.withLockedValue { $0 = State(snapshot: snapshot, unsealed: unsealed, signers: signers) }
    }

    /// The server's active key, which signs for the accounts that have no key of their own.
    public var serverKeyID: String? {
        state.withLockedValue { $0.snapshot.records.first { $0.accountID == nil && $0.status == .active }?.kid }
    }

    /// Signs with the key that signs `account`'s answers now: its own, or the server's for an account that has none.
    public func signer(for account: String) async throws -> Signer {
        if let signer = state.withLockedValue({ $0.signers[account] }) { return signer }
        return try await load(account)
    }

    /// Every published key; with `account`, the keys that sign or signed that account's answers, with their status for
    /// it (none for an account that does not exist).
    public func publicKeys(account: String?) async throws -> [PublicKey] {
        guard let account else { return state.withLockedValue { $0.snapshot.records.map(\.model) } }
        if let keys = state.withLockedValue({ $0.snapshot.keys(account: account) }) { return keys.map(\.model) }
        if state.withLockedValue({ $0.unknown.contains(account) }) { return [] }
        let keys = try await services.database.read { connection in try SigningKeyStore.keys(account: account, on: connection) }
        guard let keys else {
            state.withLockedValue { state in
                if state.unknown.count >= Self.unknownAccountsBound { state.unknown.removeAll() }
                state.unknown.insert(account)
            }
            return []
        }
        return keys.map(\.model)
    }

    /// The signer of an account the snapshot does not know yet (created since the last reload), added to the cache.
    private func load(_ account: String) async throws -> Signer {
        let masterKey = services.masterKey
        let loaded = try await services.database.read { connection -> (SigningKeyView, SigningKeyRecord, [UInt8])? in
            guard let view = try SigningKeyStore.window(account: account, on: connection),
                  let record = try SigningKeyStore.keys(account: account, on: connection)?.first(where: { $0.status == .active }),
                  let sealed = try SigningKeyStore.sealedSecret(kid: record.kid, on: connection)
            else { return nil }
            return (view, record, sealed)
        }
        guard let (view, record, sealed) = loaded else { throw APIError(.internal, "no active signing key for account \(account)") }
        let key = try SigningKeyStore.unsealed(record, sealed: sealed, masterKey: masterKey)
        let signer = Self.signer(kid: record.kid, key: key)
        state.withLockedValue { state in
            state.snapshot.views[account] = view
            if !state.snapshot.records.contains(where: { $0.kid == record.kid }) { state.snapshot.records.insert(record, at: 0) }
            state.unsealed[record.kid] = (sealed, key)
            state.signers[account] = signer
        }
        return signer
    }
}
