import LocksmithCrypto
import Testing

@Suite struct ConstantTimeTests {
    @Test func equalBytesCompareEqual() {
        #expect(ConstantTime.equal([1, 2, 3] as [UInt8], [1, 2, 3] as [UInt8]))
        #expect(ConstantTime.equal([UInt8](), [UInt8]()))
        #expect(ConstantTime.equal("abc".utf8, [0x61, 0x62, 0x63] as [UInt8]))
    }

    @Test func differentBytesCompareUnequal() {
        #expect(!ConstantTime.equal([1, 2, 3] as [UInt8], [1, 2, 4] as [UInt8]))
        #expect(!ConstantTime.equal([0, 2, 3] as [UInt8], [1, 2, 3] as [UInt8]))
    }

    @Test func differentLengthsCompareUnequal() {
        #expect(!ConstantTime.equal([1, 2, 3] as [UInt8], [1, 2] as [UInt8]))
        #expect(!ConstantTime.equal([UInt8](), [0] as [UInt8]))
    }
}
