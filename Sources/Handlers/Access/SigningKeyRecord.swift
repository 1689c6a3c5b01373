public import Foundation
public import LocksmithAPI
import LocksmithCrypto

/// A signing key as published: its id, public half, status and the account it signs for (nil for the server's key).
/// The secret half is sealed with the master key.
public struct SigningKeyRecord: Sendable, Equatable {
    public var kid: String
    public var publicKey: [UInt8]
    public var status: PublicKeyStatus
    public var createdAt: Date
    public var retiredAt: Date?
    public var accountID: String?

    public var model: PublicKey {
        PublicKey(
            kid: kid, algorithm: "Ed25519", publicKey: Base64.encode(publicKey), status: status, createdAt: createdAt, accountID: accountID)
    }
}
