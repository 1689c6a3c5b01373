import LocksmithCrypto
import Testing

@Suite struct Ed25519Tests {
    @Test("RFC 8032 section 7.1 TEST 1: empty message")
    func rfc8032Test1() throws {
        let key = try SigningKey(seed: bytes(hex: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))
        let expectedSignature = bytes(
            hex: "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        )

        #expect(Hex.encode(key.publicKey) == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        #expect(key.sign([UInt8]()) == expectedSignature)
        #expect(SigningKey.verify(signature: expectedSignature, message: [UInt8](), publicKey: key.publicKey))
    }

    @Test("RFC 8032 section 7.1 TEST 2: one-byte message 0x72")
    func rfc8032Test2() throws {
        let key = try SigningKey(seed: bytes(hex: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"))
        let expectedSignature = bytes(
            hex: "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        )

        #expect(Hex.encode(key.publicKey) == "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        #expect(key.sign([0x72]) == expectedSignature)
        #expect(SigningKey.verify(signature: expectedSignature, message: [0x72], publicKey: key.publicKey))
    }

    @Test func keyIDIsThePrefixOfTheSHA256OfThePublicKey() throws {
        let key = try SigningKey(seed: bytes(hex: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))
        #expect(key.keyID == "ed25519-21fe31dfa154a261")
        #expect(key.keyID == "ed25519-" + Hex.encode(Digest.sha256(key.publicKey).prefix(8)))
    }

    @Test func generatedKeySignsAndVerifies() {
        let key = SigningKey.generate()
        let message = Array("{\"license\":\"ok\"}".utf8)
        let signature = key.sign(message)

        #expect(key.publicKey.count == 32)
        #expect(key.secretKey.count == 64)
        #expect(signature.count == 64)
        #expect(SigningKey.verify(signature: signature, message: message, publicKey: key.publicKey))
        #expect(SigningKey.generate().publicKey != key.publicKey)
    }

    @Test func verifyRejectsTampering() {
        let key = SigningKey.generate()
        let message = Array("entitlements".utf8)
        let signature = key.sign(message)

        var alteredMessage = message
        alteredMessage[0] ^= 1
        var alteredSignature = signature
        alteredSignature[10] ^= 1

        #expect(!SigningKey.verify(signature: signature, message: alteredMessage, publicKey: key.publicKey))
        #expect(!SigningKey.verify(signature: alteredSignature, message: message, publicKey: key.publicKey))
        #expect(!SigningKey.verify(signature: signature, message: message, publicKey: SigningKey.generate().publicKey))
        #expect(!SigningKey.verify(signature: signature.dropLast(), message: message, publicKey: key.publicKey))
        #expect(!SigningKey.verify(signature: signature, message: message, publicKey: key.publicKey.dropLast()))
    }

    @Test func secretKeyRoundTrips() throws {
        let key = SigningKey.generate()
        let restored = try SigningKey(secretKey: key.secretKey)

        #expect(restored.publicKey == key.publicKey)
        #expect(restored.keyID == key.keyID)
        #expect(restored.sign([1, 2, 3]) == key.sign([1, 2, 3]))
    }

    @Test func secretKeyWithAForeignPublicHalfIsRejected() {
        let secretKey = Array(SigningKey.generate().secretKey.prefix(32)) + SigningKey.generate().publicKey
        #expect(throws: CryptoError.invalidSignatureKey) { try SigningKey(secretKey: secretKey) }
    }

    @Test func wrongKeyLengthsAreRejected() {
        #expect(throws: CryptoError.invalidKeyLength(expected: 32, actual: 31)) {
            try SigningKey(seed: [UInt8](repeating: 1, count: 31))
        }
        #expect(throws: CryptoError.invalidKeyLength(expected: 64, actual: 32)) {
            try SigningKey(secretKey: [UInt8](repeating: 1, count: 32))
        }
    }
}
