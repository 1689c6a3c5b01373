import Foundation

/// The time window a report covers: `from` inclusive, `to` exclusive.
struct ReportWindow: Sendable, Equatable {
    /// How far back a report reaches when it names no start.
    static let defaultLength: TimeInterval = 30 * 86_400

    var from: Date
    var to: Date

    /// The window asked for: `to` defaults to `now`, `from` to `defaultFrom(to)` (30 days before `to` unless the report
    /// has a natural start), and `to` must come after `from`.
    init(
        from: Date?, to: Date?, now: Date, source: ParameterSource,
        defaultFrom: (Date) -> Date = { $0.addingTimeInterval(-ReportWindow.defaultLength) }
    ) throws {
        let to = (to ?? now).wholeMilliseconds
        let from = (from ?? defaultFrom(to)).wholeMilliseconds
        guard to > from else { throw source.problem("to", "must be after 'from'") }
        self.from = from
        self.to = to
    }

    /// The ledger rows of this window that match `equalities`.
    func activities(_ equalities: [(String, String)]) -> ActivityFilter {
        ActivityFilter(from: from, to: to, equalities: equalities)
    }
}
