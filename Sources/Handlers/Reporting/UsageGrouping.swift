import Foundation
import LocksmithAPI

/// The dimensions a usage report groups rows by: at most one UTC time bucket and any of the attribution columns,
/// each once, in the order asked for.
struct UsageGrouping: Sendable, Equatable {
    enum TimeBucket: Sendable, Equatable {
        case hour, day, week, month

        private static let hourLength: Int64 = 3_600_000
        static let dayLength: Int64 = 86_400_000
        /// 1970-01-01 was a Thursday: adding three days to a time counts from the Monday before.
        private static let mondayOffset: Int64 = 3 * dayLength

        /// The start of the bucket a time falls in, as SQL over `column` (integer milliseconds, never negative: the
        /// ledger's `occurred_at`, or `ledger_days`' `day`). Months are not of one length: SQL groups them by day, and
        /// `start(ofMonthOf:)` folds the days.
        func sql(over column: String = "occurred_at") -> String {
            switch self {
            case .hour: "\(column) - \(column) % \(Self.hourLength)"
            case .day, .month: "\(column) - \(column) % \(Self.dayLength)"
            case .week: "\(column) - (\(column) + \(Self.mondayOffset)) % \(7 * Self.dayLength)"
            }
        }

        /// The first instant of the UTC month of `date`.
        static func start(ofMonthOf date: Date) -> Date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            return calendar.date(from: calendar.dateComponents([.year, .month], from: date))!
        }
    }

    var time: TimeBucket?
    /// The attribution dimensions, in request order: the order of the report's groups.
    var dimensions: [UsageGroupBy]
    /// The same dimensions in the contract's order, whatever order they were asked in: what the SQL is built from, so
    /// that every ordering of one set of dimensions is one statement (one prepared statement per connection, where eight
    /// dimensions in every order would be 40 320).
    var canonicalDimensions: [UsageGroupBy]
    /// Every dimension as applied, the time bucket first where it was asked for: what the report states.
    var applied: [UsageGroupBy]

    /// `groupBy` (and LicenseKit's `bucket`) checked: one time bucket at most, each dimension once.
    init(_ groupBy: [UsageGroupBy], bucket: UsageBucket? = nil, source: ParameterSource) throws {
        var applied = groupBy
        if let bucket {
            guard !applied.contains(where: { Self.timeBucket($0) != nil }) else {
                throw source.problem("bucket", "cannot be combined with a time dimension in 'group_by'")
            }
            switch bucket {
            case ._1h: applied.insert(.hour, at: 0)
            case ._1d: applied.insert(.day, at: 0)
            default: throw source.problem("bucket", "must be 1h or 1d; got '\(bucket.rawValue)'")
            }
        }
        var seen: Set<UsageGroupBy> = []
        for dimension in applied {
            guard dimension.isKnown else {
                throw source.problem("group_by", "must list dimensions of \(UsageGroupBy.knownCases.map(\.rawValue).joined(separator: ", ")); got '\(dimension.rawValue)'")
            }
            guard seen.insert(dimension).inserted else { throw source.problem("group_by", "lists '\(dimension.rawValue)' twice") }
        }
        let times = applied.compactMap(Self.timeBucket)
        guard times.count <= 1 else {
            throw source.problem("group_by", "may hold at most one time bucket (hour, day, week or month)")
        }
        time = times.first
        dimensions = applied.filter { Self.timeBucket($0) == nil }
        canonicalDimensions = UsageGroupBy.knownCases.filter(dimensions.contains)
        self.applied = applied
    }

    /// The ledger column a dimension groups by.
    static func column(_ dimension: UsageGroupBy) -> String {
        switch dimension {
        case .product: "product_id"
        case .customer: "customer_id"
        case .license: "license_id"
        case .order: "order_id"
        case .subscription: "subscription_id"
        case .feature: "feature_code"
        case .source: "source"
        default: "result_class"
        }
    }

    private static func timeBucket(_ dimension: UsageGroupBy) -> TimeBucket? {
        switch dimension {
        case .hour: .hour
        case .day: .day
        case .week: .week
        case .month: .month
        default: nil
        }
    }
}
