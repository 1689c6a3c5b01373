public import Foundation
public import LocksmithAPI
import LocksmithCrypto

/// A signing key as published: its id, public half and status. The secret half is sealed with the master key.
public struct SigningKeyRecord: Sendable, Equatable {
    public var kid: String
    public var publicKey: [UInt8]
    public var status: PublicKeyStatus
    public var createdAt: Date
    public var retiredAt: Date?

    public var model: PublicKey {
        PublicKey(kid: kid, algorithm: "Ed25519", publicKey: Base64.encode(publicKey), status: status, createdAt: createdAt)
    }
}
