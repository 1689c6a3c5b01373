import LocksmithCrypto
import Testing

@Suite struct DigestTests {
    @Test("SHA-256 of the empty message")
    func sha256OfEmptyMessage() {
        #expect(
            Hex.encode(Digest.sha256([UInt8]())) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("SHA-256 of \"abc\" (FIPS 180-2 appendix B.1)")
    func sha256OfABC() {
        #expect(
            Hex.encode(Digest.sha256("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("HMAC-SHA256, RFC 4231 test case 1")
    func hmacRFC4231Case1() {
        let mac = Digest.hmacSHA256(key: [UInt8](repeating: 0x0b, count: 20), message: "Hi There".utf8)
        #expect(Hex.encode(mac) == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test("HMAC-SHA256, RFC 4231 test case 2")
    func hmacRFC4231Case2() {
        let mac = Digest.hmacSHA256(key: "Jefe".utf8, message: "what do ya want for nothing?".utf8)
        #expect(Hex.encode(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("HMAC-SHA256, RFC 4231 test case 6: a key longer than the block size")
    func hmacRFC4231Case6() {
        let mac = Digest.hmacSHA256(
            key: [UInt8](repeating: 0xaa, count: 131),
            message: "Test Using Larger Than Block-Size Key - Hash Key First".utf8)
        #expect(Hex.encode(mac) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }
}
