import Foundation
import HTTPTypes
import LocksmithAPI
@testable import LocksmithServer
import LocksmithStorage
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

    @Test func storageErrorsMapToConflictAndUnavailable() {
        let conflict = Envelopes.apiError(for: StorageError(.uniqueViolation, "duplicate", constraint: "products_code_key"), logger: logger, requestID: "r")
        #expect(conflict.code == .conflict && conflict.status == 409 && conflict.detail == "products_code_key")
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

    @Test func apiErrorsPassThroughUnchanged() {
        let original = APIError(.validationFailed, "field 'name' must not be empty", detail: "name")
        #expect(Envelopes.apiError(for: original, logger: logger, requestID: "r") == original)
    }
}
