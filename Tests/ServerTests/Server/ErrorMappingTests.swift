import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
@testable import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Logging
import Testing

/// The one place errors become statuses.
@Suite struct ErrorMappingTests {
    private struct SecretInternalFailure: Error, CustomStringConvertible {
        var description: String { "connection string postgres://admin:hunter2@db/prod exploded" }
    }

    private let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    @Test func unexpectedErrorsBecomeInternalWithoutLeakingAnything() throws {
        let error = Envelopes.apiError(for: SecretInternalFailure(), logger: logger, requestID: "req_1")
        #expect(error.code == .internal && error.status == 500)
        #expect(!error.message.contains("hunter2") && error.detail == nil)
        let response = Envelopes.error(error, requestID: "req_1")
        #expect(response.status.code == 500)
    }

    /// A store names the field or code of the constraints it expects; one no store explained reaches the caller
    /// without its name (which would describe the schema), and the log gets the name.
    @Test func storageErrorsMapToConflictAndUnavailable() {
        let logs = LogCapture()
        let violation = StorageError(.uniqueViolation, "duplicate key in products_code_key", constraint: "products_code_key")
        let conflict = Envelopes.apiError(for: violation, logger: logs.logger, requestID: "r")
        #expect(conflict.code == .conflict && conflict.status == 409 && conflict.detail == nil)
        #expect(!conflict.message.contains("products"))
        #expect(logs.entries.contains { $0.metadata["constraint"] == "products_code_key" })
        let down = Envelopes.apiError(for: StorageError(.connectionFailed, "gone"), logger: logger, requestID: "r")
        #expect(down.code == .serviceUnavailable && down.status == 503)
    }

    @Test func aSaturatedDatabaseIsUnavailableWithRetryAfter() {
        for kind in [StorageError.Kind.overloaded, .timedOut] {
            let error = StorageError(kind, "no connection came free")
            let apiError = Envelopes.apiError(for: error, logger: logger, requestID: "r")
            #expect(apiError.code == .serviceUnavailable && apiError.status == 503)
            #expect(Envelopes.headers(for: error)[.retryAfter] == "1")
        }
        #expect(Envelopes.headers(for: StorageError(.connectionFailed, "gone")).isEmpty)
        #expect(Envelopes.headers(for: SecretInternalFailure()).isEmpty)
    }

    /// A total past 64 bits over rows clients wrote is a request for more than can be stated, not a fault.
    @Test func anIntegerOverflowIsRefusedAsUnprocessable() {
        let error = Envelopes.apiError(for: StorageError(.integerOverflow, "integer overflow (SQLite code 1)"), logger: logger, requestID: "r")
        #expect(error.code == .validationFailed && error.status == 422)
        #expect(!error.message.contains("SQLite"))
        #expect(Envelopes.headers(for: StorageError(.integerOverflow, "integer overflow")).isEmpty)
    }

    @Test func apiErrorsPassThroughUnchanged() {
        let original = APIError(.validationFailed, "field 'name' must not be empty", detail: "name")
        #expect(Envelopes.apiError(for: original, logger: logger, requestID: "r") == original)
    }

    @Test(arguments: TestBackend.available)
    func aConstraintNoStoreExplainsIsAConflictWithoutItsName(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.services.database.write { connection in
            try connection.execute("CREATE UNIQUE INDEX api_keys_name_probe_key ON api_keys (name)", [])
        }
        try await server.run { clients in
            _ = try await clients.admin.createAPIKey(.init(name: "twin", scopes: [.productRead]))
            let response = try await clients.adminJSON(.post, "/api/v1/api-keys", #"{"name": "twin", "scopes": ["product:read"]}"#)
            #expect(response.status == .conflict)
            #expect(response.errorEnvelope?.error.code == "CONFLICT")
            #expect(!response.text.contains("api_keys") && !response.text.contains("probe"), "\(response.text)")
        }
    }
}
