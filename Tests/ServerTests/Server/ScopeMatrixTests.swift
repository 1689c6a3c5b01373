import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithSDK
import LocksmithServer
import LocksmithTestSupport
import Testing

/// Every management operation of the generated table, called with a token holding every scope but the
/// required ones (denied), and with a token holding exactly the required ones (passes authentication).
@Suite struct ScopeMatrixTests {
    @Test(arguments: TestBackend.available)
    func everyManagementOperationEnforcesItsScopes(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            var tokens: [[ManagementScope]: String] = [:]
            func token(_ scopes: [ManagementScope]) async throws -> String {
                if let token = tokens[scopes] { return token }
                let token = try await clients.token(scopes: scopes)
                tokens[scopes] = token
                return token
            }
            let management = OperationTable.all.filter { $0.auth == .management }
            #expect(management.count == 86)
            for spec in management {
                let uri = spec.path.replacingOccurrences(of: #"\{[a-z_]+\}"#, with: "x_1", options: .regularExpression)
                let method = HTTPRequest.Method(spec.method)!
                let others = ManagementScope.knownCases.filter { $0 != .admin && !spec.requiredScopes.contains($0) }
                let denied = try await clients.raw(method, uri, headers: [.authorization: "Bearer \(try await token(others))"])
                #expect(denied.status == .forbidden, "\(spec.id) with \(others.map(\.rawValue))")
                #expect(denied.errorEnvelope?.error.code == "TOKEN_SCOPE_DENIED", "\(spec.id)")
                #expect(denied.errorEnvelope?.error.detail == "required scopes: " + spec.requiredScopes.map(\.rawValue).joined(separator: ", "))

                let allowed = try await clients.raw(method, uri, headers: [.authorization: "Bearer \(try await token(spec.requiredScopes))"])
                #expect(![.unauthorized, .forbidden].contains(allowed.status), "\(spec.id) with exactly \(spec.requiredScopes): \(allowed.status)")
            }
        }
    }
}
