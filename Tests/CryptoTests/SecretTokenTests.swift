import LocksmithCrypto
import Testing

@Suite struct SecretTokenTests {
    static let base64URLAlphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    @Test func madeTokenIsThePrefixAnd43Base64URLCharacters() {
        let token = SecretToken.make(prefix: "lkm_")
        let body = token.dropFirst(4)

        #expect(token.hasPrefix("lkm_"))
        #expect(token.count == 4 + 43)
        #expect(body.allSatisfy(Self.base64URLAlphabet.contains))
        #expect(Base64URL.decode(String(body))?.count == 32)
        #expect(SecretToken.isWellFormed(token, prefix: "lkm_"))
    }

    @Test func madeTokensDiffer() {
        #expect(SecretToken.make(prefix: "lsk_") != SecretToken.make(prefix: "lsk_"))
    }

    @Test func otherByteCountsChangeTheLength() {
        let token = SecretToken.make(prefix: "whsec_", byteCount: 24)
        #expect(token.count == 6 + 32)
        #expect(SecretToken.isWellFormed(token, prefix: "whsec_", byteCount: 24))
        #expect(!SecretToken.isWellFormed(token, prefix: "whsec_"))
    }

    @Test func isWellFormedRejectsTheWrongPrefix() {
        let token = SecretToken.make(prefix: "lkm_")
        #expect(!SecretToken.isWellFormed(token, prefix: "lsk_"))
        #expect(!SecretToken.isWellFormed("LKM_" + token.dropFirst(4), prefix: "lkm_"))
        #expect(!SecretToken.isWellFormed(String(token.dropFirst(4)), prefix: "lkm_"))
    }

    @Test func isWellFormedRejectsTheWrongLength() {
        let token = SecretToken.make(prefix: "lkm_")
        #expect(!SecretToken.isWellFormed(String(token.dropLast()), prefix: "lkm_"))
        #expect(!SecretToken.isWellFormed(token + "A", prefix: "lkm_"))
        #expect(!SecretToken.isWellFormed("lkm_", prefix: "lkm_"))
        #expect(!SecretToken.isWellFormed("", prefix: "lkm_"))
    }

    @Test(arguments: ["+", "/", "=", " ", "é", "\n"])
    func isWellFormedRejectsCharactersOutsideTheAlphabet(character: String) {
        let token = SecretToken.make(prefix: "lkm_")
        let altered = String(token.dropLast(2)) + character + String(token.suffix(1))
        #expect(!SecretToken.isWellFormed(altered, prefix: "lkm_"))
    }

    @Test func isWellFormedRejectsNonCanonicalTrailingBits() {
        // 43 characters carry 258 bits for 256: the last character's low two bits must be zero ("A", "E", …).
        let body = String(repeating: "A", count: 42)
        #expect(SecretToken.isWellFormed("lkm_" + body + "E", prefix: "lkm_"))
        #expect(!SecretToken.isWellFormed("lkm_" + body + "B", prefix: "lkm_"))
    }

    @Test func displayPrefixIsThePrefixAndEightCharacters() {
        let token = "lkm_AbCd1234efgh5678ijkl9012mnop3456qrst7890uvw"
        #expect(SecretToken.displayPrefix(of: token, prefix: "lkm_") == "lkm_AbCd1234")
        #expect(SecretToken.displayPrefix(of: "lkm_Ab", prefix: "lkm_") == "lkm_Ab")
    }

    @Test func last4IsTheLastFourCharacters() {
        let token = "lkm_AbCd1234efgh5678ijkl9012mnop3456qrst7890uvw"
        #expect(SecretToken.last4(of: token) == "0uvw")
        #expect(SecretToken.last4(of: "ab") == "ab")
    }
}
