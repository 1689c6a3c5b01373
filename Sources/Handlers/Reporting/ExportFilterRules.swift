import LocksmithAPI

/// What an export's `filters` may hold for each report kind: the parameters of the matching read operation, and
/// only identifiers as values, which keeps an export's signed metadata printable ASCII (see `ExportSignature`).
enum ExportFilterRules {
    private static let attribution: Set<String> = [
        "from", "to", "product_id", "customer_id", "license_id", "order_id", "subscription_id", "feature_code", "source", "result_class",
        "action",
    ]

    static func allowed(_ kind: ReportKind) -> Set<String> {
        switch kind {
        case .usageSummary: attribution.union(["group_by", "bucket"])
        case .usageLedger: attribution
        case .licenseAudit: ["license_id", "from", "to"]
        case .customerSummary: ["customer_id", "from", "to", "group_by"]
        case .subscriptionSettlement: ["subscription_id", "order_id", "from", "to", "feature_code", "group_by"]
        default: []
        }
    }

    /// Refuses (422 naming the field) a filter the kind does not take and a value that is not an identifier.
    static func check(_ filters: ReportFilters, for kind: ReportKind) throws {
        guard kind != .activities else {
            throw APIError.validationFailed(
                "field 'report_kind' 'activities' is a feed, not an export; export 'usage_ledger' for its rows", detail: "report_kind")
        }
        let allowed = allowed(kind)
        for field in filters.presentFields where !allowed.contains(field) {
            throw ParameterSource.exportFilters.problem(field, "is not a parameter of a \(kind.rawValue) report")
        }
        for (field, value) in filters.identifierFields where !isIdentifier(value) {
            throw ParameterSource.exportFilters.problem(field, "must be 1–128 letters, digits, '.', '_' or '-'")
        }
    }

    private static func isIdentifier(_ value: String) -> Bool {
        (1...128).contains(value.utf8.count) && value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2E || byte == 0x5F || byte == 0x2D
        }
    }
}

extension ReportFilters {
    /// The names of the fields that are set.
    var presentFields: [String] {
        [("from", from != nil), ("to", to != nil), ("group_by", groupBy != nil), ("bucket", bucket != nil), ("product_id", productID != nil),
         ("customer_id", customerID != nil), ("license_id", licenseID != nil), ("order_id", orderID != nil),
         ("subscription_id", subscriptionID != nil), ("feature_code", featureCode != nil), ("source", source != nil),
         ("result_class", resultClass != nil), ("action", action != nil)].filter(\.1).map(\.0)
    }

    /// The free-text fields that are set, with their values.
    var identifierFields: [(String, String)] {
        [("product_id", productID), ("customer_id", customerID), ("license_id", licenseID), ("order_id", orderID),
         ("subscription_id", subscriptionID), ("feature_code", featureCode), ("action", action)].compactMap { field, value in
            value.map { (field, $0) }
        }
    }
}
