import LocksmithCrypto
import Testing

@Suite struct RedactionTests {
    @Test func masterKeyNeverPrintsItsBytes() {
        let key = MasterKey.generate()
        var dumped = ""
        dump(key, to: &dumped)

        #expect(String(describing: key) == "MasterKey(redacted)")
        #expect(String(reflecting: key) == "MasterKey(redacted)")
        #expect("\(key)" == "MasterKey(redacted)")
        #expect(!dumped.contains(key.base64))
        #expect(!dumped.contains("UInt8"))
        #expect(!String(describing: [key]).contains(key.base64))
    }

    @Test func signingKeyPrintsOnlyItsKeyID() {
        let key = SigningKey.generate()
        var dumped = ""
        dump(key, to: &dumped)

        #expect(String(describing: key) == "SigningKey(kid: \(key.keyID))")
        #expect(String(reflecting: key) == "SigningKey(kid: \(key.keyID))")
        #expect(dumped.contains(key.keyID))
        #expect(!dumped.contains("secretKey"))
        #expect(!dumped.contains("publicKey"))
    }
}
