import LocksmithCrypto
import Testing

@Suite struct SodiumTests {
    @Test func concurrentFirstUseIsSafe() async {
        let key = SigningKey.generate()
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask {
                    Sodium.ensureInitialized()
                    let message = [UInt8(index)]
                    return SigningKey.verify(signature: key.sign(message), message: message, publicKey: key.publicKey)
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 })
    }
}
