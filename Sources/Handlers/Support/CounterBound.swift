import LocksmithAPI

/// The largest value a stored counter, quota or total may hold: 2^53 − 1, the largest integer every JavaScript
/// client reads exactly. `openapi.yaml` gives every integer a client sends for one of them this `maximum`; this is
/// the same bound for what the server computes from them, so that no sum of accepted values can pass it (or trap).
enum CounterBound {
    static let maximum: Int64 = 9_007_199_254_740_991

    /// `value + amount`, or 422 naming `field` when the sum would pass `maximum`; `what` names the counter.
    static func adding(_ amount: Int64, to value: Int64, field: String, _ what: @autoclosure () -> String) throws -> Int64 {
        let (sum, overflow) = value.addingReportingOverflow(amount)
        guard !overflow, sum <= maximum, sum >= 0 else {
            throw APIError.validationFailed("field '\(field)' would take \(what()) past \(maximum) (2^53 - 1)", detail: field)
        }
        return sum
    }
}
