import LocksmithCrypto
import Testing

@Suite struct TokenHashTests {
    let key = MasterKey.generate()
    let token = "lkm_AbCd1234efgh5678ijkl9012mnop3456qrst7890uvw"

    @Test func hashIs32BytesAndDeterministic() throws {
        let hash = key.tokenHash(token, purpose: .managementToken)
        #expect(hash.count == 32)
        #expect(key.tokenHash(token, purpose: .managementToken) == hash)
        #expect(try MasterKey(base64: key.base64).tokenHash(token, purpose: .managementToken) == hash)
    }

    @Test func purposesHashTheSameTextDifferently() {
        #expect(key.tokenHash(token, purpose: .managementToken) != key.tokenHash(token, purpose: .licenseKey))
    }

    @Test func keysHashTheSameTextDifferently() {
        let other = MasterKey.generate()
        #expect(key.tokenHash(token, purpose: .licenseKey) != other.tokenHash(token, purpose: .licenseKey))
    }

    @Test func differentTokensHashDifferently() {
        #expect(key.tokenHash(token, purpose: .licenseKey) != key.tokenHash(token + "x", purpose: .licenseKey))
    }

    @Test func hashIsNotAPlainHashOfTheToken() {
        let hash = key.tokenHash(token, purpose: .managementToken)
        #expect(hash != Digest.sha256(token.utf8))
    }

    @Test func hashesArePinnedForAFixedKey() throws {
        // Stored hashes must survive upgrades: changing the KDF context or a subkey id would invalidate every
        // stored token. The expected values were computed independently (Python hashlib.blake2b): subkey =
        // BLAKE2b-256(key: master, salt: subkey id LE64 || 0^8, personal: "lcksmith" || 0^8), then keyed
        // BLAKE2b-256 of the token under it; subkey ids 2 (management tokens) and 3 (license keys).
        let fixed = try MasterKey(bytes: Array(0..<32))
        #expect(
            Hex.encode(fixed.tokenHash("lkm_example", purpose: .managementToken))
                == "54aee4aa57d9bc3fbc17929b3eca873eebde2668586eb8e3668631a6ecb7c3de")
        #expect(
            Hex.encode(fixed.tokenHash("lkm_example", purpose: .licenseKey))
                == "dfdd9013be74ec6fdc8f268bf918d166ec67ba355661d71c4e5a70b581458d03")
    }
}
