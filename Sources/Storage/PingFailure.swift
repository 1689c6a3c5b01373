/// The short reasons `Database.ping()` reports.
enum PingFailure {
    static let timeout = "timeout"

    static func reason(for error: any Error) -> String {
        guard let error = error as? StorageError else {
            return error is CancellationError ? timeout : "error"
        }
        switch error.kind {
        case .connectionFailed: return "unreachable"
        case .busy: return "busy"
        case .overloaded: return "overloaded"
        case .timedOut: return timeout
        default: return "error: \(error.message)"
        }
    }
}
