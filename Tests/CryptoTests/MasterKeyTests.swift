import LocksmithCrypto
import Testing

@Suite struct MasterKeyTests {
    @Test func base64RoundTrips() throws {
        let key = MasterKey.generate()
        let text = key.base64

        #expect(text.count == 44)
        #expect(text.hasSuffix("="))
        #expect(try MasterKey(base64: text) == key)
        #expect(try MasterKey(bytes: Base64.decode(text)!) == key)
    }

    @Test func generatedKeysDiffer() {
        #expect(MasterKey.generate() != MasterKey.generate())
    }

    @Test func knownBytesEncodeToKnownBase64() throws {
        let key = try MasterKey(bytes: Array(0..<32))
        #expect(key.base64 == "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
    }

    @Test func wrongByteCountIsRejected() {
        #expect(throws: CryptoError.invalidKeyLength(expected: 32, actual: 16)) {
            try MasterKey(bytes: [UInt8](repeating: 7, count: 16))
        }
        #expect(throws: CryptoError.invalidKeyLength(expected: 32, actual: 33)) {
            try MasterKey(base64: Base64.encode([UInt8](repeating: 7, count: 33)))
        }
        #expect(throws: CryptoError.invalidKeyLength(expected: 32, actual: 0)) { try MasterKey(base64: "") }
    }

    @Test(arguments: [
        "not base64!",
        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",  // padding missing
        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",  // trailing newline
        " AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",  // leading space
        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh_=",  // URL-safe alphabet
        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh9=",  // non-zero trailing bits
    ])
    func malformedBase64IsRejected(text: String) {
        #expect(throws: CryptoError.invalidBase64) { try MasterKey(base64: text) }
    }
}
