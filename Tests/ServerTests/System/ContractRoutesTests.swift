import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// The contract the server implements, served to clients and agents, and the same facts on the command line.
@Suite struct ContractRoutesTests {
    static let specPath = Repository.root.appendingPathComponent("openapi.yaml")

    @Test(arguments: TestBackend.available)
    func theServerServesItsContractWithoutCredentials(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let yaml = try await clients.system.getContractYAML()
            #expect(yaml.contentType.hasPrefix("application/yaml"))
            #expect(yaml.data == (try Data(contentsOf: Self.specPath)), "the document is openapi.yaml byte for byte")

            let json = try await clients.system.getContractJSON()
            #expect(json.contentType == "application/json")
            let document = try #require(try JSONSerialization.jsonObject(with: json.data) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            // Every operation of the table is in the served document, with the scopes the server enforces.
            for spec in OperationTable.all {
                let operation = paths[spec.path]?[spec.method.lowercased()] as? [String: Any]
                #expect(operation?["operationId"] as? String == spec.id.rawValue, "\(spec.id.rawValue) is served")
                if spec.auth == .management {
                    #expect(operation?["x-required-scopes"] as? [String] == spec.requiredScopes.map(\.rawValue), "\(spec.id.rawValue)")
                }
            }
            let maximum = try #require(
                ((document["components"] as? [String: Any])?["parameters"] as? [String: Any]).flatMap { $0["Limit"] as? [String: Any] })
            #expect(((maximum["schema"] as? [String: Any])?["maximum"] as? Int) == 200, "plain YAML numbers stay numbers")

            // No credential is needed, and a wrong one is not looked at.
            let anonymous = try await clients.raw(.get, "/openapi.json")
            #expect(anonymous.status == .ok && anonymous.headers[.contentType] == "application/json")
        }
    }

    @Test func scopesCommandPrintsWhatEachOperationNeeds() async throws {
        let one = try await LocksmithCommand.run(["scopes", "createLicense", "validateLicense", "health"])
        #expect(one.status == 0, "\(one.output)")
        #expect(one.standardOutput == """
            createLicense POST /api/v1/licenses license:write
            validateLicense POST /api/v1/license/validate license key
            health GET /health none

            """)
        let all = try await LocksmithCommand.run(["scopes"])
        #expect(all.standardOutput.split(separator: "\n").count == OperationID.allCases.count)
        let unknown = try await LocksmithCommand.run(["scopes", "createlicense"])
        #expect(unknown.status != 0 && unknown.standardError.contains("no operation 'createlicense' (did you mean createLicense?)"))
    }
}
