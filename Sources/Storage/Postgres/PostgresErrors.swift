import CLibPQ

/// Maps PostgreSQL errors to `StorageError` kinds by SQLSTATE.
enum PostgresErrors {
    // Error field codes; C defines them as character literals, which Swift does not import.
    private static let sqlStateField = Int32(UInt8(ascii: "C"))
    private static let primaryMessageField = Int32(UInt8(ascii: "M"))
    private static let constraintNameField = Int32(UInt8(ascii: "n"))
    private static let columnNameField = Int32(UInt8(ascii: "c"))

    /// The error of a failed statement. `result` is nil when libpq could not even produce one.
    static func error(result: OpaquePointer?, connection: OpaquePointer) -> StorageError {
        let connectionBroken = PQstatus(connection) != CONNECTION_OK
        guard let result, let sqlState = sqlState(of: result) else {
            return StorageError(connectionBroken ? .connectionFailed : .other, clientMessage(connection))
        }
        let kind = connectionBroken ? .connectionFailed : kind(of: sqlState)
        var constraint = field(constraintNameField, of: result)
        if sqlState == "23502" {
            constraint = field(columnNameField, of: result)
        }
        return StorageError(kind, "\(message(of: result, sqlState: sqlState)) (SQLSTATE \(sqlState))", constraint: constraint)
    }

    static func sqlState(of result: OpaquePointer) -> String? {
        field(sqlStateField, of: result)
    }

    /// The first line of libpq's own message, which never holds bound values.
    static func clientMessage(_ connection: OpaquePointer) -> String {
        let message = PQerrorMessage(connection).map { String(cString: $0) } ?? ""
        let firstLine = message.split(separator: "\n").first.map(String.init) ?? ""
        return firstLine.isEmpty ? "the connection to PostgreSQL failed" : firstLine
    }

    static func kind(of sqlState: String) -> StorageError.Kind {
        switch sqlState {
        case "23505": .uniqueViolation
        case "23503": .foreignKeyViolation
        case "23514", "23502": .checkViolation
        // Serialization failure, deadlock, lock not available: retryable, like SQLite's busy.
        case "40001", "40P01", "55P03": .busy
        // Numeric value out of range: a sum cast to bigint, or integer arithmetic, past 64 bits.
        case "22003": .integerOverflow
        // Query cancelled: by statement_timeout, or by pg_cancel_backend.
        case "57014": .timedOut
        // Administrator shutdown, crash shutdown, cannot connect now.
        case "57P01", "57P02", "57P03": .connectionFailed
        case _ where sqlState.hasPrefix("08"): .connectionFailed
        default: .other
        }
    }

    /// The primary message; for data exceptions (class 22) only the part before the quoted input value,
    /// which is a bound value and may be a secret.
    private static func message(of result: OpaquePointer, sqlState: String) -> String {
        let primary = field(primaryMessageField, of: result) ?? "PostgreSQL reported an error"
        guard sqlState.hasPrefix("22"), let colon = primary.firstIndex(of: ":") else { return primary }
        return String(primary[..<colon])
    }

    private static func field(_ code: Int32, of result: OpaquePointer) -> String? {
        PQresultErrorField(result, code).map { String(cString: $0) }
    }
}
