import Foundation
import Crypto
import CryptoExtras

/// The key pair of a license-token key, as it is stored: the public half in the clear, the secret half to be sealed.
///
/// An Ed25519 key (JWS `EdDSA`, RFC 8037) is its 32-byte public key and 32-byte seed; an RSA key (JWS `RS256`) is the
/// DER SubjectPublicKeyInfo of its public half and the DER of its private key, 2048 bits or more. Token keys sign license
/// tokens and nothing else: they are made apart from the Ed25519 keys that sign runtime answers and files.
public struct TokenKeyMaterial: Sendable, Equatable {
    /// The JWS algorithm a token key signs with, by its name in a JWT header.
    public enum Algorithm: String, Sendable, CaseIterable {
        case eddsa = "EdDSA"
        case rs256 = "RS256"
    }

    public var algorithm: Algorithm
    /// The raw Ed25519 public key, or the RSA key's DER SubjectPublicKeyInfo.
    public var publicKey: [UInt8]
    /// The Ed25519 seed, or the RSA private key's DER. Seal it before it is stored.
    public var secret: [UInt8]

    /// The bits of an RSA token key the command line makes when it is not told otherwise.
    public static let defaultRSABits = 2048

    public init(algorithm: Algorithm, publicKey: [UInt8], secret: [UInt8]) {
        self.algorithm = algorithm
        self.publicKey = publicKey
        self.secret = secret
    }

    /// A new random key pair; `rsaBits` (2048, 3072 or 4096) for an RSA key.
    public static func generate(_ algorithm: Algorithm, rsaBits: Int = defaultRSABits) throws -> TokenKeyMaterial {
        switch algorithm {
        case .eddsa:
            let key = Curve25519.Signing.PrivateKey()
            return TokenKeyMaterial(algorithm: .eddsa, publicKey: [UInt8](key.publicKey.rawRepresentation), secret: [UInt8](key.rawRepresentation))
        case .rs256:
            let size: _RSA.Signing.KeySize
            switch rsaBits {
            case 2048: size = .bits2048
            case 3072: size = .bits3072
            case 4096: size = .bits4096
            default: throw TokenKeyError("an RSA token key has 2048, 3072 or 4096 bits, not \(rsaBits)")
            }
            let key = try _RSA.Signing.PrivateKey(keySize: size)
            return TokenKeyMaterial(algorithm: .rs256, publicKey: [UInt8](key.publicKey.derRepresentation), secret: [UInt8](key.derRepresentation))
        }
    }

    /// Checks that `secret` is the secret half of `publicKey`: a row edited, or pieced together from another backup,
    /// must not sign under a kid that clients check against another key.
    public func checkPair() throws {
        switch algorithm {
        case .eddsa:
            guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: secret) else {
                throw TokenKeyError("its secret is not an Ed25519 seed")
            }
            guard [UInt8](key.publicKey.rawRepresentation) == publicKey else { throw TokenKeyError("its secret does not belong to its public key") }
        case .rs256:
            guard let key = try? _RSA.Signing.PrivateKey(derRepresentation: secret) else {
                throw TokenKeyError("its secret is not an RSA private key")
            }
            guard [UInt8](key.publicKey.derRepresentation) == publicKey else { throw TokenKeyError("its secret does not belong to its public key") }
        }
    }

    /// The public key's members in a JSON Web Key, each a base64url string: `crv` and `x` for an Ed25519 key
    /// (RFC 8037, section 2), `n` and `e` for an RSA key (RFC 7518, section 6.3.1), besides `kty`.
    public static func jwkMembers(_ algorithm: Algorithm, publicKey: [UInt8]) throws -> [String: String] {
        switch algorithm {
        case .eddsa:
            guard publicKey.count == 32 else { throw TokenKeyError("an Ed25519 public key has 32 bytes, not \(publicKey.count)") }
            return ["kty": "OKP", "crv": "Ed25519", "x": Base64URL.encode(publicKey)]
        case .rs256:
            let key = try _RSA.Signing.PublicKey(derRepresentation: publicKey)
            let primitives = try key.getKeyPrimitives()
            return ["kty": "RSA", "n": Base64URL.encode(Self.unsigned(primitives.modulus)), "e": Base64URL.encode(Self.unsigned(primitives.publicExponent))]
        }
    }

    /// The JWK thumbprint of RFC 7638 (SHA-256, base64url): the digest of the required members of the key's JWK, in
    /// lexicographic order, as compact JSON. It is the key's `kid`, so that anyone can compute it from the JWK alone.
    public static func thumbprint(_ algorithm: Algorithm, publicKey: [UInt8]) throws -> String {
        let members = try jwkMembers(algorithm, publicKey: publicKey)
        let required = algorithm == .eddsa ? ["crv", "kty", "x"] : ["e", "kty", "n"]
        // Every value is base64url or a fixed name: nothing in them needs escaping.
        let json = "{" + required.map { "\"\($0)\":\"\(members[$0]!)\"" }.joined(separator: ",") + "}"
        return Base64URL.encode(Digest.sha256(Array(json.utf8)))
    }

    /// A big-endian integer without its leading zero bytes, as JWA writes RSA parameters.
    private static func unsigned(_ bytes: Data) -> [UInt8] {
        let trimmed = bytes.drop { $0 == 0 }
        return trimmed.isEmpty ? [0] : [UInt8](trimmed)
    }
}

/// Why a token key cannot be used, in words an operator can act on.
public struct TokenKeyError: Error, Equatable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
