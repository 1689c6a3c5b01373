import LocksmithCrypto
import Testing

@Suite struct SHA256StreamTests {
    /// Bytes fed in pieces digest as the whole does (the FIPS 180-2 example "abc", and a longer message in uneven pieces).
    @Test func piecesDigestAsTheWhole() {
        let stream = SHA256Stream()
        stream.update(Array("a".utf8))
        stream.update(Array("bc".utf8))
        #expect(Hex.encode(stream.finish()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")

        let message = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let pieces = SHA256Stream()
        var start = 0
        for size in [1, 63, 64, 65, 1000, 4096] + Array(repeating: 1, count: 3) {
            pieces.update(message[start..<min(start + size, message.count)])
            start = min(start + size, message.count)
        }
        pieces.update(message[start...])
        #expect(pieces.finish() == Digest.sha256(message))
    }
}
