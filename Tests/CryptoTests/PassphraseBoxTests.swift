import LocksmithCrypto
import Testing

/// The master key sealed under a passphrase for safekeeping: only that passphrase opens it, any change to the box is
/// found, and the limits a box asks for are bounded.
@Suite struct PassphraseBoxTests {
    /// Cheap limits, so that the suite does not spend seconds per box; the real ones are the same code.
    static let quick = PassphraseBox.Limits(operations: 1, memoryBytes: 1 << 20)

    @Test func theStandardLimitsAreLibsodiumsModerateArgon2id() {
        #expect(PassphraseBox.Limits.standard == .init(operations: 3, memoryBytes: 256 << 20))
    }

    @Test func onlyThePassphraseOpensTheKey() throws {
        let key = MasterKey.generate()
        let box = try key.sealed(passphrase: "correct horse battery staple", limits: Self.quick)
        #expect(try MasterKey(opening: box, passphrase: "correct horse battery staple") == key)
        #expect(throws: CryptoError.sealedDataCorrupt) { try MasterKey(opening: box, passphrase: "correct horse battery stapler") }
        #expect(!box.ciphertext.contains(subsequence: Base64.decode(key.base64)!))
        let again = try key.sealed(passphrase: "correct horse battery staple", limits: Self.quick)
        #expect(again.salt != box.salt && again.nonce != box.nonce && again.ciphertext != box.ciphertext)
    }

    @Test func anyChangeToTheBoxIsFound() throws {
        let box = try MasterKey.generate().sealed(passphrase: "passphrase-0123456789", limits: Self.quick)
        var ciphertext = box.ciphertext
        ciphertext[5] ^= 1
        var salt = box.salt
        salt[0] ^= 1
        for altered in [
            PassphraseBox(limits: box.limits, salt: box.salt, nonce: box.nonce, ciphertext: ciphertext),
            PassphraseBox(limits: box.limits, salt: salt, nonce: box.nonce, ciphertext: box.ciphertext),
            PassphraseBox(limits: .init(operations: 2, memoryBytes: 1 << 20), salt: box.salt, nonce: box.nonce, ciphertext: box.ciphertext),
        ] {
            #expect(throws: CryptoError.sealedDataCorrupt) { try altered.open(passphrase: "passphrase-0123456789") }
        }
    }

    @Test func limitsBeyondTheBoundsAreRefusedBeforeAnyWork() throws {
        let box = try MasterKey.generate().sealed(passphrase: "passphrase-0123456789", limits: Self.quick)
        let greedy = PassphraseBox(limits: .init(operations: 3, memoryBytes: 64 << 30), salt: box.salt, nonce: box.nonce, ciphertext: box.ciphertext)
        #expect(throws: CryptoError.self) { try greedy.open(passphrase: "passphrase-0123456789") }
        let endless = PassphraseBox(limits: .init(operations: 1 << 40, memoryBytes: 1 << 20), salt: box.salt, nonce: box.nonce, ciphertext: box.ciphertext)
        #expect(throws: CryptoError.self) { try endless.open(passphrase: "passphrase-0123456789") }
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence: [UInt8]) -> Bool {
        guard subsequence.count <= count else { return false }
        return (0...(count - subsequence.count)).contains { self[$0..<$0 + subsequence.count].elementsEqual(subsequence) }
    }
}
