import LocksmithAPI
import LocksmithStorage

/// The totals a report states. Ledger amounts are 64-bit and written by clients, so a total over many rows can pass
/// any 64-bit bound. Every addition here is checked, and the running total is kept within `maximum` (so no addition
/// of one more 64-bit value can wrap): a report whose total is beyond it is refused (`ParameterSource.evaluating`)
/// rather than stated wrong or trapped on. (Int128 would say the same, but needs macOS 15, and the package builds for
/// macOS 14.)
enum ReportTotals {
    /// 2^53 − 1, the largest integer every JSON reader (JavaScript's among them) reads exactly, and the contract's
    /// bound on counters.
    static let maximum: Int64 = 9_007_199_254_740_991

    /// A total past `maximum`: a group's, the report's, or the database's own sum of a group past 64 bits.
    struct TooLarge: Error {}

    /// `total` as a report states it; throws `TooLarge` past `maximum` either way.
    static func stated(_ total: Int64) throws(TooLarge) -> Int64 {
        guard total <= maximum, total >= -maximum else { throw TooLarge() }
        return total
    }

    /// The sum of `values`, as a report states it.
    static func sum<S: Sequence>(_ values: S) throws(TooLarge) -> Int64 where S.Element == Int64 {
        var total: Int64 = 0
        for value in values {
            let (sum, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { throw TooLarge() }
            total = try stated(sum)
        }
        return total
    }
}

extension ParameterSource {
    /// Evaluates a report, refusing one whose totals it cannot state exactly with 422 `VALIDATION_FAILED` naming the
    /// window's start: the request was well formed, so even a query parameter's refusal is not 400, and a narrower
    /// window (or narrower filters) is what makes the totals smaller. A database sum past 64 bits (`.integerOverflow`)
    /// is such a total too; on PostgreSQL it aborted the transaction, which the refusal then rolls back.
    func evaluating<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch is ReportTotals.TooLarge {
            throw totalsTooLarge
        } catch let error as StorageError where error.kind == .integerOverflow {
            throw totalsTooLarge
        }
    }

    private var totalsTooLarge: APIError {
        let (from, to) = self == .query ? ("from", "to") : ("filters.from", "filters.to")
        return APIError.validationFailed(
            "the selected ledger rows total more than \(ReportTotals.maximum) (2^53 - 1), more than a report states exactly; "
                + "narrow the window ('\(from)' and '\(to)') or the filters", detail: from)
    }
}
