// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// Runtime call counts of one runtime operation.
///
/// - Remark: Generated from `#/components/schemas/OpsRuntimeOperation`.
public struct OpsRuntimeOperation: Codable, Hashable, Sendable {
    /// operationId of the runtime operation, for example `validateLicense`.
    public var operationID: String
    /// Calls received.
    public var requests: Int64
    /// Calls with result class `success`.
    public var success: Int64
    /// Calls with result class `denied`.
    public var denied: Int64
    /// Calls with result class `error`.
    public var error: Int64

    public init(operationID: String, requests: Int64, success: Int64, denied: Int64, error: Int64) {
        self.operationID = operationID
        self.requests = requests
        self.success = success
        self.denied = denied
        self.error = error
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case operationID = "operation_id"
        case requests
        case success
        case denied
        case error
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.operationID = try container.decode(String.self, forKey: .operationID)
        self.requests = try container.decode(Int64.self, forKey: .requests)
        self.success = try container.decode(Int64.self, forKey: .success)
        self.denied = try container.decode(Int64.self, forKey: .denied)
        self.error = try container.decode(Int64.self, forKey: .error)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.operationID, forKey: .operationID)
        try container.encode(self.requests, forKey: .requests)
        try container.encode(self.success, forKey: .success)
        try container.encode(self.denied, forKey: .denied)
        try container.encode(self.error, forKey: .error)
    }
}

extension OpsRuntimeOperation: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("denied", self.denied)
        writer.field("error", self.error)
        writer.field("operation_id", self.operationID)
        writer.field("requests", self.requests)
        writer.field("success", self.success)
        writer.endObject()
    }
}

/// Runtime traffic in the window.
///
/// - Remark: Generated from `#/components/schemas/OpsRuntimeSummary`.
public struct OpsRuntimeSummary: Codable, Hashable, Sendable {
    /// Runtime calls received.
    public var requests: Int64
    /// Calls with result class `success`.
    public var success: Int64
    /// Calls with result class `denied`.
    public var denied: Int64
    /// Calls with result class `error`.
    public var error: Int64
    /// `denied / requests`; 0 when there were no calls.
    public var denialRate: Double
    /// `error / requests`; 0 when there were no calls.
    public var errorRate: Double
    /// Per-operation breakdown, busiest first.
    public var operations: [OpsRuntimeOperation]

    public init(requests: Int64, success: Int64, denied: Int64, error: Int64, denialRate: Double, errorRate: Double, operations: [OpsRuntimeOperation]) {
        self.requests = requests
        self.success = success
        self.denied = denied
        self.error = error
        self.denialRate = denialRate
        self.errorRate = errorRate
        self.operations = operations
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case requests
        case success
        case denied
        case error
        case denialRate = "denial_rate"
        case errorRate = "error_rate"
        case operations
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.requests = try container.decode(Int64.self, forKey: .requests)
        self.success = try container.decode(Int64.self, forKey: .success)
        self.denied = try container.decode(Int64.self, forKey: .denied)
        self.error = try container.decode(Int64.self, forKey: .error)
        self.denialRate = try container.decode(Double.self, forKey: .denialRate)
        self.errorRate = try container.decode(Double.self, forKey: .errorRate)
        self.operations = try container.decode([OpsRuntimeOperation].self, forKey: .operations)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.requests, forKey: .requests)
        try container.encode(self.success, forKey: .success)
        try container.encode(self.denied, forKey: .denied)
        try container.encode(self.error, forKey: .error)
        try container.encode(self.denialRate, forKey: .denialRate)
        try container.encode(self.errorRate, forKey: .errorRate)
        try container.encode(self.operations, forKey: .operations)
    }
}

extension OpsRuntimeSummary: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("denial_rate", self.denialRate)
        writer.field("denied", self.denied)
        writer.field("error", self.error)
        writer.field("error_rate", self.errorRate)
        writer.field("operations", self.operations)
        writer.field("requests", self.requests)
        writer.field("success", self.success)
        writer.endObject()
    }
}

/// Current totals, independent of the window.
///
/// - Remark: Generated from `#/components/schemas/OpsActiveCounts`.
public struct OpsActiveCounts: Codable, Hashable, Sendable {
    /// Licenses in status `active` or `grace_period`.
    public var licenses: Int64
    /// Devices in status `active`.
    public var devices: Int64
    /// Floating leases not yet checked in or expired.
    public var floatingLeases: Int64

    public init(licenses: Int64, devices: Int64, floatingLeases: Int64) {
        self.licenses = licenses
        self.devices = devices
        self.floatingLeases = floatingLeases
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case licenses
        case devices
        case floatingLeases = "floating_leases"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.licenses = try container.decode(Int64.self, forKey: .licenses)
        self.devices = try container.decode(Int64.self, forKey: .devices)
        self.floatingLeases = try container.decode(Int64.self, forKey: .floatingLeases)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.licenses, forKey: .licenses)
        try container.encode(self.devices, forKey: .devices)
        try container.encode(self.floatingLeases, forKey: .floatingLeases)
    }
}

extension OpsActiveCounts: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("devices", self.devices)
        writer.field("floating_leases", self.floatingLeases)
        writer.field("licenses", self.licenses)
        writer.endObject()
    }
}

/// Webhook delivery counts.
///
/// - Remark: Generated from `#/components/schemas/WebhookDeliveryCounts`.
public struct WebhookDeliveryCounts: Codable, Hashable, Sendable {
    /// Deliveries acknowledged with a 2xx response within the window.
    public var delivered: Int64
    /// Deliveries that exhausted their retries within the window.
    public var failed: Int64
    /// Deliveries currently queued or waiting for a retry.
    public var pending: Int64

    public init(delivered: Int64, failed: Int64, pending: Int64) {
        self.delivered = delivered
        self.failed = failed
        self.pending = pending
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case delivered
        case failed
        case pending
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.delivered = try container.decode(Int64.self, forKey: .delivered)
        self.failed = try container.decode(Int64.self, forKey: .failed)
        self.pending = try container.decode(Int64.self, forKey: .pending)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.delivered, forKey: .delivered)
        try container.encode(self.failed, forKey: .failed)
        try container.encode(self.pending, forKey: .pending)
    }
}

extension WebhookDeliveryCounts: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("delivered", self.delivered)
        writer.field("failed", self.failed)
        writer.field("pending", self.pending)
        writer.endObject()
    }
}

/// Operator health roll-up over a time window.
///
/// - Remark: Generated from `#/components/schemas/OpsSummary`.
public struct OpsSummary: Codable, Hashable, Sendable {
    /// Start of the window (inclusive).
    public var from: Date
    /// End of the window (exclusive).
    public var to: Date
    public var runtime: OpsRuntimeSummary
    public var active: OpsActiveCounts
    public var webhooks: WebhookDeliveryCounts
    /// Sequence of the newest audit event; `null` while the chain is empty.
    public var auditChainHeadSequence: Int64?
    /// When the summary was computed.
    public var generatedAt: Date

    public init(from: Date, to: Date, runtime: OpsRuntimeSummary, active: OpsActiveCounts, webhooks: WebhookDeliveryCounts, auditChainHeadSequence: Int64? = nil, generatedAt: Date) {
        self.from = from
        self.to = to
        self.runtime = runtime
        self.active = active
        self.webhooks = webhooks
        self.auditChainHeadSequence = auditChainHeadSequence
        self.generatedAt = generatedAt
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case from
        case to
        case runtime
        case active
        case webhooks
        case auditChainHeadSequence = "audit_chain_head_sequence"
        case generatedAt = "generated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.runtime = try container.decode(OpsRuntimeSummary.self, forKey: .runtime)
        self.active = try container.decode(OpsActiveCounts.self, forKey: .active)
        self.webhooks = try container.decode(WebhookDeliveryCounts.self, forKey: .webhooks)
        self.auditChainHeadSequence = try container.decode(Int64?.self, forKey: .auditChainHeadSequence)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.runtime, forKey: .runtime)
        try container.encode(self.active, forKey: .active)
        try container.encode(self.webhooks, forKey: .webhooks)
        try container.encode(self.auditChainHeadSequence, forKey: .auditChainHeadSequence)
        try container.encode(self.generatedAt, forKey: .generatedAt)
    }
}

extension OpsSummary: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("active", self.active)
        writer.field("audit_chain_head_sequence", self.auditChainHeadSequence)
        writer.field("from", self.from)
        writer.field("generated_at", self.generatedAt)
        writer.field("runtime", self.runtime)
        writer.field("to", self.to)
        writer.field("webhooks", self.webhooks)
        writer.endObject()
    }
}

/// Runtime failures sharing an error code and operation within the window.
///
/// - Remark: Generated from `#/components/schemas/RuntimeErrorGroup`.
public struct RuntimeErrorGroup: Codable, Hashable, Sendable {
    /// Error code returned (one of `ErrorCode`).
    public var code: String
    /// Runtime operation that returned it.
    public var operationID: String
    /// HTTP status returned.
    public var statusCode: Int
    /// Occurrences in the window.
    public var count: Int64
    /// Earliest occurrence in the window.
    public var firstSeenAt: Date
    /// Latest occurrence in the window.
    public var lastSeenAt: Date
    /// A license that hit the error, when one was identified.
    public var sampleLicenseID: String?
    /// A request that hit the error, for log lookup.
    public var sampleRequestID: String?

    public init(code: String, operationID: String, statusCode: Int, count: Int64, firstSeenAt: Date, lastSeenAt: Date, sampleLicenseID: String? = nil, sampleRequestID: String? = nil) {
        self.code = code
        self.operationID = operationID
        self.statusCode = statusCode
        self.count = count
        self.firstSeenAt = firstSeenAt
        self.lastSeenAt = lastSeenAt
        self.sampleLicenseID = sampleLicenseID
        self.sampleRequestID = sampleRequestID
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case code
        case operationID = "operation_id"
        case statusCode = "status_code"
        case count
        case firstSeenAt = "first_seen_at"
        case lastSeenAt = "last_seen_at"
        case sampleLicenseID = "sample_license_id"
        case sampleRequestID = "sample_request_id"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        self.operationID = try container.decode(String.self, forKey: .operationID)
        self.statusCode = try container.decode(Int.self, forKey: .statusCode)
        self.count = try container.decode(Int64.self, forKey: .count)
        self.firstSeenAt = try container.decode(Date.self, forKey: .firstSeenAt)
        self.lastSeenAt = try container.decode(Date.self, forKey: .lastSeenAt)
        self.sampleLicenseID = try container.decodeIfPresent(String.self, forKey: .sampleLicenseID)
        self.sampleRequestID = try container.decodeIfPresent(String.self, forKey: .sampleRequestID)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.operationID, forKey: .operationID)
        try container.encode(self.statusCode, forKey: .statusCode)
        try container.encode(self.count, forKey: .count)
        try container.encode(self.firstSeenAt, forKey: .firstSeenAt)
        try container.encode(self.lastSeenAt, forKey: .lastSeenAt)
        try container.encodeIfPresent(self.sampleLicenseID, forKey: .sampleLicenseID)
        try container.encodeIfPresent(self.sampleRequestID, forKey: .sampleRequestID)
    }
}

extension RuntimeErrorGroup: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        writer.field("count", self.count)
        writer.field("first_seen_at", self.firstSeenAt)
        writer.field("last_seen_at", self.lastSeenAt)
        writer.field("operation_id", self.operationID)
        if let value = self.sampleLicenseID { writer.field("sample_license_id", value) }
        if let value = self.sampleRequestID { writer.field("sample_request_id", value) }
        writer.field("status_code", self.statusCode)
        writer.endObject()
    }
}

/// Delivery health of one webhook endpoint.
///
/// - Remark: Generated from `#/components/schemas/WebhookEndpointHealth`.
public struct WebhookEndpointHealth: Codable, Hashable, Sendable {
    /// Webhook endpoint.
    public var endpointID: String
    /// Display name of the endpoint.
    public var name: String
    /// Delivery URL.
    public var url: String
    /// Whether the endpoint currently receives deliveries.
    public var isActive: Bool
    /// Deliveries acknowledged within the window.
    public var delivered: Int64
    /// Deliveries that exhausted their retries within the window.
    public var failed: Int64
    /// Deliveries currently queued or waiting for a retry.
    public var pending: Int64
    /// Failed attempts since the last successful delivery.
    public var consecutiveFailures: Int
    /// Latest successful delivery; absent when none.
    public var lastSuccessAt: Date?
    /// Latest failed attempt; absent when none.
    public var lastFailureAt: Date?
    /// Short description of the latest failed attempt, such as an HTTP status or a timeout.
    public var lastError: String?

    public init(endpointID: String, name: String, url: String, isActive: Bool, delivered: Int64, failed: Int64, pending: Int64, consecutiveFailures: Int, lastSuccessAt: Date? = nil, lastFailureAt: Date? = nil, lastError: String? = nil) {
        self.endpointID = endpointID
        self.name = name
        self.url = url
        self.isActive = isActive
        self.delivered = delivered
        self.failed = failed
        self.pending = pending
        self.consecutiveFailures = consecutiveFailures
        self.lastSuccessAt = lastSuccessAt
        self.lastFailureAt = lastFailureAt
        self.lastError = lastError
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case endpointID = "endpoint_id"
        case name
        case url
        case isActive = "is_active"
        case delivered
        case failed
        case pending
        case consecutiveFailures = "consecutive_failures"
        case lastSuccessAt = "last_success_at"
        case lastFailureAt = "last_failure_at"
        case lastError = "last_error"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.endpointID = try container.decode(String.self, forKey: .endpointID)
        self.name = try container.decode(String.self, forKey: .name)
        self.url = try container.decode(String.self, forKey: .url)
        self.isActive = try container.decode(Bool.self, forKey: .isActive)
        self.delivered = try container.decode(Int64.self, forKey: .delivered)
        self.failed = try container.decode(Int64.self, forKey: .failed)
        self.pending = try container.decode(Int64.self, forKey: .pending)
        self.consecutiveFailures = try container.decode(Int.self, forKey: .consecutiveFailures)
        self.lastSuccessAt = try container.decodeIfPresent(Date.self, forKey: .lastSuccessAt)
        self.lastFailureAt = try container.decodeIfPresent(Date.self, forKey: .lastFailureAt)
        self.lastError = try container.decodeIfPresent(String.self, forKey: .lastError)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.endpointID, forKey: .endpointID)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.url, forKey: .url)
        try container.encode(self.isActive, forKey: .isActive)
        try container.encode(self.delivered, forKey: .delivered)
        try container.encode(self.failed, forKey: .failed)
        try container.encode(self.pending, forKey: .pending)
        try container.encode(self.consecutiveFailures, forKey: .consecutiveFailures)
        try container.encodeIfPresent(self.lastSuccessAt, forKey: .lastSuccessAt)
        try container.encodeIfPresent(self.lastFailureAt, forKey: .lastFailureAt)
        try container.encodeIfPresent(self.lastError, forKey: .lastError)
    }
}

extension WebhookEndpointHealth: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("consecutive_failures", self.consecutiveFailures)
        writer.field("delivered", self.delivered)
        writer.field("endpoint_id", self.endpointID)
        writer.field("failed", self.failed)
        writer.field("is_active", self.isActive)
        if let value = self.lastError { writer.field("last_error", value) }
        if let value = self.lastFailureAt { writer.field("last_failure_at", value) }
        if let value = self.lastSuccessAt { writer.field("last_success_at", value) }
        writer.field("name", self.name)
        writer.field("pending", self.pending)
        writer.field("url", self.url)
        writer.endObject()
    }
}

/// Webhook delivery health over a time window.
///
/// - Remark: Generated from `#/components/schemas/WebhookHealth`.
public struct WebhookHealth: Codable, Hashable, Sendable {
    /// Start of the window (inclusive).
    public var from: Date
    /// End of the window (exclusive).
    public var to: Date
    public var totals: WebhookDeliveryCounts
    /// One entry per endpoint, including inactive ones, most failures first.
    public var endpoints: [WebhookEndpointHealth]

    public init(from: Date, to: Date, totals: WebhookDeliveryCounts, endpoints: [WebhookEndpointHealth]) {
        self.from = from
        self.to = to
        self.totals = totals
        self.endpoints = endpoints
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case from
        case to
        case totals
        case endpoints
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.totals = try container.decode(WebhookDeliveryCounts.self, forKey: .totals)
        self.endpoints = try container.decode([WebhookEndpointHealth].self, forKey: .endpoints)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.totals, forKey: .totals)
        try container.encode(self.endpoints, forKey: .endpoints)
    }
}

extension WebhookHealth: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("endpoints", self.endpoints)
        writer.field("from", self.from)
        writer.field("to", self.to)
        writer.field("totals", self.totals)
        writer.endObject()
    }
}
