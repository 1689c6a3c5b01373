import Foundation
public import LocksmithAPI
import LocksmithStorage

/// The reporting reads, evaluated on the activity ledger in one read transaction each (one snapshot of the data), and
/// the frozen exports (`ReportsHandlers+Exports.swift`).
public struct ReportsHandlers: ReportsAPI {
    let services: Services
    let runner: ReportExportRunner

    /// `runner` is woken whenever an export is created, so that this instance starts rendering it at once.
    public init(services: Services, runner: ReportExportRunner) {
        self.services = services
        self.runner = runner
    }

    public func getUsageSummary(_ input: Operations.GetUsageSummary.Input, context: HandlerContext) async throws -> Operations.GetUsageSummary.Output {
        let parameters = ReportFilters(
            from: input.from, to: input.to, groupBy: input.groupBy, bucket: input.bucket, productID: input.productID,
            customerID: input.customerID, licenseID: input.licenseID, orderID: input.orderID, subscriptionID: input.subscriptionID,
            featureCode: input.featureCode, source: input.source, resultClass: input.resultClass, action: input.action)
        let now = services.now()
        return .ok(try await services.laggingRead(context) { connection in
            try ParameterSource.query.evaluating { try UsageSummaryBuilder.build(parameters, source: .query, now: now, limits: .read, on: connection) }
        })
    }

    public func listUsageLedger(_ input: Operations.ListUsageLedger.Input, context: HandlerContext) async throws -> Operations.ListUsageLedger.Output {
        let parameters = ReportFilters(
            from: input.from, to: input.to, productID: input.productID, customerID: input.customerID, licenseID: input.licenseID,
            orderID: input.orderID, subscriptionID: input.subscriptionID, featureCode: input.featureCode, source: input.source,
            resultClass: input.resultClass, action: input.action)
        let now = services.now()
        let page = try await services.laggingRead(context) { connection in
            try UsageLedgerBuilder.page(parameters, cursor: input.cursor, limit: input.limit, now: now, on: connection)
        }
        return .ok(data: page.entries, pageInfo: page.pageInfo)
    }

    public func getLicenseAuditReport(
        _ input: Operations.GetLicenseAuditReport.Input, context: HandlerContext
    ) async throws -> Operations.GetLicenseAuditReport.Output {
        let parameters = ReportFilters(from: input.from, to: input.to, licenseID: input.licenseID)
        let now = services.now()
        return .ok(try await services.laggingRead(context) { connection in
            try ParameterSource.query.evaluating { try LicenseAuditBuilder.build(parameters, source: .query, now: now, on: connection) }
        })
    }

    public func getCustomerSummary(
        _ input: Operations.GetCustomerSummary.Input, context: HandlerContext
    ) async throws -> Operations.GetCustomerSummary.Output {
        let parameters = ReportFilters(from: input.from, to: input.to, groupBy: input.groupBy, customerID: input.customerID)
        let now = services.now()
        return .ok(try await services.laggingRead(context) { connection in
            try ParameterSource.query.evaluating { try CustomerSummaryBuilder.build(parameters, source: .query, now: now, limits: .read, on: connection) }
        })
    }

    public func getSubscriptionSettlement(
        _ input: Operations.GetSubscriptionSettlement.Input, context: HandlerContext
    ) async throws -> Operations.GetSubscriptionSettlement.Output {
        let parameters = ReportFilters(
            from: input.from, to: input.to, groupBy: input.groupBy, orderID: input.orderID, subscriptionID: input.subscriptionID,
            featureCode: input.featureCode)
        let now = services.now()
        return .ok(try await services.laggingRead(context) { connection in
            try ParameterSource.query.evaluating { try SettlementBuilder.build(parameters, source: .query, now: now, limits: .read, on: connection) }
        })
    }
}
