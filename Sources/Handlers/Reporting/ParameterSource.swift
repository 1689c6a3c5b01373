import LocksmithAPI

/// Where a report's parameters came from, which decides how a bad one is refused: a read operation's query
/// parameter is 400 `INVALID_QUERY` naming it; a field of an export's `filters` is 422 `VALIDATION_FAILED` naming
/// `filters.<name>`.
enum ParameterSource: Sendable {
    case query
    case exportFilters

    func problem(_ name: String, _ message: String) -> APIError {
        switch self {
        case .query: APIError.invalidQuery("query parameter '\(name)' \(message)", detail: name)
        case .exportFilters: APIError.validationFailed("field 'filters.\(name)' \(message)", detail: "filters.\(name)")
        }
    }
}
