import LocksmithCrypto
import Testing

@Suite struct EncodingTests {
    /// RFC 4648 section 10 test vectors.
    static let rfc4648: [(text: String, base64: String)] = [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ]

    @Test func base64MatchesRFC4648() {
        for vector in Self.rfc4648 {
            #expect(Base64.encode(vector.text.utf8) == vector.base64)
            #expect(Base64.decode(vector.base64) == Array(vector.text.utf8))
        }
    }

    @Test func base64URLIsUnpaddedAndURLSafe() {
        let bytes: [UInt8] = [0xfb, 0xff, 0xbf, 0xfe]
        #expect(Base64.encode(bytes) == "+/+//g==")
        #expect(Base64URL.encode(bytes) == "-_-__g")
        #expect(Base64URL.decode("-_-__g") == bytes)
        for vector in Self.rfc4648 {
            let unpadded = String(vector.base64.prefix { $0 != "=" })
            #expect(Base64URL.encode(vector.text.utf8) == unpadded)
            #expect(Base64URL.decode(unpadded) == Array(vector.text.utf8))
        }
    }

    @Test(arguments: ["Zg", "Zg=", "Zm9v\n", "Z", "-_-__g==", "Zh"])
    func base64RejectsNonCanonicalText(text: String) {
        #expect(Base64.decode(text) == nil)
    }

    @Test(arguments: ["Zg==", "+_", "Z", "Zh", "Zm9v "])
    func base64URLRejectsNonCanonicalText(text: String) {
        #expect(Base64URL.decode(text) == nil)
    }

    @Test func hexIsLowercaseTwoDigitsPerByte() {
        #expect(Hex.encode([UInt8]()) == "")
        #expect(Hex.encode([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(Hex.encode(Array(0..<16)) == "000102030405060708090a0b0c0d0e0f")
    }

    @Test func encodersAcceptAnyByteCollection() {
        let bytes: [UInt8] = [1, 2, 3, 4, 5]
        #expect(Hex.encode(bytes[1...3]) == "020304")
        #expect(Base64.encode(bytes.lazy.map { $0 }) == Base64.encode(bytes))
        #expect(Hex.encode(Set([UInt8(9)])) == "09")
    }

    @Test func secureRandomReturnsTheRequestedCount() {
        #expect(SecureRandom.bytes(0).isEmpty)
        #expect(SecureRandom.bytes(32).count == 32)
        #expect(SecureRandom.bytes(32) != SecureRandom.bytes(32))
    }
}
