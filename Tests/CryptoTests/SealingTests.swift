import LocksmithCrypto
import Testing

@Suite struct SealingTests {
    let key = MasterKey.generate()
    let secret = Array("whsec_the webhook secret".utf8)

    @Test func sealThenOpenReturnsThePlaintext() throws {
        let sealed = key.seal(secret)
        #expect(sealed.count == 24 + 16 + secret.count)
        #expect(try key.open(sealed) == secret)
        #expect(try key.open(key.seal([UInt8]())) == [])
    }

    @Test func eachSealUsesAFreshNonce() {
        let first = key.seal(secret)
        let second = key.seal(secret)
        #expect(first != second)
        #expect(first.prefix(24) != second.prefix(24))
    }

    @Test func sealedBytesAreNotThePlaintext() {
        let sealed = key.seal(secret)
        #expect(!sealed.dropFirst(24).elementsEqual(secret))
    }

    @Test(arguments: [0, 10, 24, 30, 50])
    func anyAlteredByteIsDetected(index: Int) {
        var sealed = key.seal(secret)
        sealed[index] ^= 0x01
        #expect(throws: CryptoError.sealedDataCorrupt) { try key.open(sealed) }
    }

    @Test func truncationIsDetected() {
        let sealed = key.seal(secret)
        #expect(throws: CryptoError.sealedDataCorrupt) { try key.open(sealed.dropLast()) }
    }

    @Test(arguments: SealingPurpose.allCases)
    func eachPurposeHasItsOwnSubkey(purpose: SealingPurpose) throws {
        let sealed = key.seal(secret, for: purpose)
        #expect(try key.open(sealed, for: purpose) == secret)
        for other in SealingPurpose.allCases where other != purpose {
            #expect(throws: CryptoError.sealedDataCorrupt, "\(purpose) opened as \(other)") { try key.open(sealed, for: other) }
        }
    }

    @Test func anotherKeyCannotOpen() {
        let sealed = key.seal(secret)
        #expect(throws: CryptoError.sealedDataCorrupt) { try MasterKey.generate().open(sealed) }
    }

    @Test(arguments: [0, 1, 24, 39])
    func inputShorterThanNonceAndTagIsRejected(count: Int) {
        #expect(throws: CryptoError.sealedDataCorrupt) { try key.open([UInt8](repeating: 0, count: count)) }
    }

    @Test func aKeyRestoredFromBase64OpensWhatTheOriginalSealed() throws {
        let sealed = key.seal(secret)
        #expect(try MasterKey(base64: key.base64).open(sealed) == secret)
    }
}
