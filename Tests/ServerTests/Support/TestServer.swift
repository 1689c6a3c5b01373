import Testing
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Logging

/// A prepared server on a fresh database of one backend, with a known bootstrap admin token.
struct TestServer: Sendable {
    static let adminToken = "lkm_test-bootstrap-admin-token-0123456789abcdefgh"

    let database: TestDatabase
    let prepared: PreparedServer

    var services: Services { prepared.services }
    var configuration: ServerConfiguration { prepared.configuration }

    static func start(
        _ backend: TestBackend, ownDatabase: Bool = false, configure: (inout ServerConfiguration) -> Void = { _ in }
    ) async throws -> TestServer {
        let database = try await TestDatabase.make(backend, ownDatabase: ownDatabase)
        var configuration = ServerConfiguration()
        configuration.dataDirectory = database.dataDirectory
        configuration.databaseURL = database.url
        configuration.bootstrapToken = adminToken
        configuration.port = 0
        // Many tests run at once on a small machine: wait longer for the SQLite writer than production does, so that
        // only tests about overload (which set their own limits) see 503s.
        configuration.sqlite.waitLimits = WaitLimits(timeout: .seconds(30))
        configure(&configuration)
        let prepared = try await Bootstrap.prepare(configuration, for: .initialise, logger: logger)
        return TestServer(database: database, prepared: prepared)
    }

    /// A server without rate limits, for a test that measures something else (a burst of concurrent requests at one
    /// license, pages of hundreds of records made as fast as possible…); `reason` says what, so that every test that
    /// turns limits off says why.
    static func start(
        _ backend: TestBackend, limitsOff reason: String, configure: (inout ServerConfiguration) -> Void = { _ in }
    ) async throws -> TestServer {
        precondition(!reason.isEmpty)
        return try await start(backend) { configuration in
            configuration.limits = .off
            configure(&configuration)
        }
    }

    static var logger: Logger {
        var logger = Logger(label: "locksmith-test")
        logger.logLevel = .critical
        return logger
    }

    /// Runs `body` against the application in process (no sockets), then tears the database down.
    @discardableResult
    func run<T: Sendable>(
        _ setup: TestingSetup = .router, _ body: @Sendable (Clients) async throws -> T
    ) async throws -> T {
        let app = buildApplication(prepared, logger: Self.logger)
        do {
            let result = try await app.test(setup) { client in
                try await body(Clients(client: client))
            }
            await stop()
            return result
        } catch {
            await stop()
            throw error
        }
    }

    func stop() async {
        await prepared.services.database.close()
        await prepared.services.replica?.database.close()
        await database.destroy()
    }
}

/// SDK clients whose transport is the test client, plus raw access for protocol-level checks.
struct Clients: Sendable {
    let client: any TestClientProtocol

    var transport: TestClientTransport { TestClientTransport(client: client) }
    var admin: ManagementClient { ManagementClient(token: TestServer.adminToken, transport: transport) }
    var system: SystemClient { SystemClient(transport: transport) }

    func management(_ token: String) -> ManagementClient { ManagementClient(token: token, transport: transport) }
    func runtime(_ licenseKey: String) -> RuntimeClient { RuntimeClient(licenseKey: licenseKey, transport: transport) }

    /// A new key with exactly these scopes; returns its token.
    func token(scopes: [ManagementScope], cidrs: [String]? = nil) async throws -> String {
        try await admin.createAPIKey(.init(name: "test \(scopes.map(\.rawValue))", scopes: scopes, allowedCIDRs: cidrs)).data.token
    }

    func raw(_ method: HTTPRequest.Method, _ uri: String, headers: HTTPFields = [:], body: String? = nil) async throws -> TestResponse {
        try await client.executeRequest(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }
}

/// Carries SDK requests over HummingbirdTesting's client.
struct TestClientTransport: Transport {
    let client: any TestClientProtocol

    func send(_ request: HTTPRequestParts) async throws -> HTTPResponseParts {
        var components = URLComponents()
        components.percentEncodedPath = request.path
        if !request.queryItems.isEmpty {
            components.queryItems = request.queryItems.map { URLQueryItem(name: $0.name, value: $0.value) }
        }
        var headers = HTTPFields()
        for (name, value) in request.headers {
            headers[HTTPField.Name(name)!] = value
        }
        let response = try await client.executeRequest(
            uri: components.string ?? request.path, method: HTTPRequest.Method(request.method)!, headers: headers,
            body: request.body.map { ByteBuffer(bytes: $0) })
        var responseHeaders: [String: String] = [:]
        for field in response.headers { responseHeaders[field.name.canonicalName] = field.value }
        return HTTPResponseParts(status: response.status.code, headers: responseHeaders, body: Data(response.body.readableBytesView))
    }
}

extension TestResponse {
    var errorEnvelope: ErrorEnvelope? { try? LocksmithJSON.decode(ErrorEnvelope.self, from: Data(body.readableBytesView)) }
    var text: String { String(buffer: body) }
}

/// Asserts that `body` throws an `APIError` with this code and status; returns it for more checks.
@discardableResult
func expectAPIError(_ code: ErrorCode, status: Int, _ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async -> APIError? {
    do {
        try await body()
        Issue.record("expected \(code.rawValue), but the call succeeded", sourceLocation: sourceLocation)
    } catch LocksmithError.api(let error) {
        #expect(error.code == code && error.status == status, "got \(error)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record("expected \(code.rawValue), got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}
