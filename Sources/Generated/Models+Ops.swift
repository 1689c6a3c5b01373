// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// Runtime decisions of one action.
///
/// - Remark: Generated from `#/components/schemas/OpsRuntimeOperation`.
public struct OpsRuntimeOperation: Codable, Hashable, Sendable {
    /// The runtime action as the activity ledger records it, for example `license.validate`.
    public var action: String
    /// Decisions made.
    public var requests: Int64
    /// Decisions with result class `success`.
    public var success: Int64
    /// Decisions with result class `denied`.
    public var denied: Int64
    /// Decisions with result class `error`.
    public var error: Int64
    /// Median time the server took to decide, in milliseconds; absent when none was measured.
    public var latencyP50Ms: Int?
    /// 95th percentile of the time the server took to decide, in milliseconds; absent when none was measured.
    public var latencyP95Ms: Int?

    /// A value with these members; optional ones default to absent.
    public init(action: String, requests: Int64, success: Int64, denied: Int64, error: Int64, latencyP50Ms: Int? = nil, latencyP95Ms: Int? = nil) {
        self.action = action
        self.requests = requests
        self.success = success
        self.denied = denied
        self.error = error
        self.latencyP50Ms = latencyP50Ms
        self.latencyP95Ms = latencyP95Ms
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case action
        case requests
        case success
        case denied
        case error
        case latencyP50Ms = "latency_p50_ms"
        case latencyP95Ms = "latency_p95_ms"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.action = try container.decode(String.self, forKey: .action)
        self.requests = try container.decode(Int64.self, forKey: .requests)
        self.success = try container.decode(Int64.self, forKey: .success)
        self.denied = try container.decode(Int64.self, forKey: .denied)
        self.error = try container.decode(Int64.self, forKey: .error)
        self.latencyP50Ms = try container.decodeIfPresent(Int.self, forKey: .latencyP50Ms)
        self.latencyP95Ms = try container.decodeIfPresent(Int.self, forKey: .latencyP95Ms)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.action, forKey: .action)
        try container.encode(self.requests, forKey: .requests)
        try container.encode(self.success, forKey: .success)
        try container.encode(self.denied, forKey: .denied)
        try container.encode(self.error, forKey: .error)
        try container.encodeIfPresent(self.latencyP50Ms, forKey: .latencyP50Ms)
        try container.encodeIfPresent(self.latencyP95Ms, forKey: .latencyP95Ms)
    }
}

extension OpsRuntimeOperation: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("action", self.action)
        writer.field("denied", self.denied)
        writer.field("error", self.error)
        if let value = self.latencyP50Ms { writer.field("latency_p50_ms", value) }
        if let value = self.latencyP95Ms { writer.field("latency_p95_ms", value) }
        writer.field("requests", self.requests)
        writer.field("success", self.success)
        writer.endObject()
    }
}

/// Runtime decisions in the window.
///
/// - Remark: Generated from `#/components/schemas/OpsRuntimeSummary`.
public struct OpsRuntimeSummary: Codable, Hashable, Sendable {
    /// Runtime decisions made.
    public var requests: Int64
    /// Decisions with result class `success`.
    public var success: Int64
    /// Decisions with result class `denied`.
    public var denied: Int64
    /// Decisions with result class `error`.
    public var error: Int64
    /// `denied / requests`; 0 when there were none.
    public var denialRate: Double
    /// `error / requests`; 0 when there were none.
    public var errorRate: Double
    /// Median decision time over every action, in milliseconds; absent when none was measured.
    public var latencyP50Ms: Int?
    /// 95th percentile decision time over every action, in milliseconds; absent when none was measured.
    public var latencyP95Ms: Int?
    /// Per-action breakdown, busiest first.
    public var operations: [OpsRuntimeOperation]

    /// A value with these members; optional ones default to absent.
    public init(requests: Int64, success: Int64, denied: Int64, error: Int64, denialRate: Double, errorRate: Double, latencyP50Ms: Int? = nil, latencyP95Ms: Int? = nil, operations: [OpsRuntimeOperation]) {
        self.requests = requests
        self.success = success
        self.denied = denied
        self.error = error
        self.denialRate = denialRate
        self.errorRate = errorRate
        self.latencyP50Ms = latencyP50Ms
        self.latencyP95Ms = latencyP95Ms
        self.operations = operations
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case requests
        case success
        case denied
        case error
        case denialRate = "denial_rate"
        case errorRate = "error_rate"
        case latencyP50Ms = "latency_p50_ms"
        case latencyP95Ms = "latency_p95_ms"
        case operations
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.requests = try container.decode(Int64.self, forKey: .requests)
        self.success = try container.decode(Int64.self, forKey: .success)
        self.denied = try container.decode(Int64.self, forKey: .denied)
        self.error = try container.decode(Int64.self, forKey: .error)
        self.denialRate = try container.decode(Double.self, forKey: .denialRate)
        self.errorRate = try container.decode(Double.self, forKey: .errorRate)
        self.latencyP50Ms = try container.decodeIfPresent(Int.self, forKey: .latencyP50Ms)
        self.latencyP95Ms = try container.decodeIfPresent(Int.self, forKey: .latencyP95Ms)
        self.operations = try container.decode([OpsRuntimeOperation].self, forKey: .operations)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.requests, forKey: .requests)
        try container.encode(self.success, forKey: .success)
        try container.encode(self.denied, forKey: .denied)
        try container.encode(self.error, forKey: .error)
        try container.encode(self.denialRate, forKey: .denialRate)
        try container.encode(self.errorRate, forKey: .errorRate)
        try container.encodeIfPresent(self.latencyP50Ms, forKey: .latencyP50Ms)
        try container.encodeIfPresent(self.latencyP95Ms, forKey: .latencyP95Ms)
        try container.encode(self.operations, forKey: .operations)
    }
}

extension OpsRuntimeSummary: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("denial_rate", self.denialRate)
        writer.field("denied", self.denied)
        writer.field("error", self.error)
        writer.field("error_rate", self.errorRate)
        if let value = self.latencyP50Ms { writer.field("latency_p50_ms", value) }
        if let value = self.latencyP95Ms { writer.field("latency_p95_ms", value) }
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
    /// Floating leases neither checked in nor expired.
    public var floatingLeases: Int64

    /// A value with these members; optional ones default to absent.
    public init(licenses: Int64, devices: Int64, floatingLeases: Int64) {
        self.licenses = licenses
        self.devices = devices
        self.floatingLeases = floatingLeases
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case licenses
        case devices
        case floatingLeases = "floating_leases"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.licenses = try container.decode(Int64.self, forKey: .licenses)
        self.devices = try container.decode(Int64.self, forKey: .devices)
        self.floatingLeases = try container.decode(Int64.self, forKey: .floatingLeases)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.licenses, forKey: .licenses)
        try container.encode(self.devices, forKey: .devices)
        try container.encode(self.floatingLeases, forKey: .floatingLeases)
    }
}

extension OpsActiveCounts: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
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
    /// Deliveries acknowledged with a 2xx answer within the window.
    public var delivered: Int64
    /// Deliveries given up within the window (retries exhausted, or the receiver answered 410 Gone).
    public var failed: Int64
    /// The backlog now, independent of the window; deliveries queued or waiting for a retry.
    public var pending: Int64
    /// When the oldest queued delivery was queued; absent when nothing is queued.
    public var oldestPendingAt: Date?
    /// How long the oldest queued delivery has waited, in seconds; absent when nothing is queued.
    public var oldestPendingAgeSeconds: Int64?

    /// A value with these members; optional ones default to absent.
    public init(delivered: Int64, failed: Int64, pending: Int64, oldestPendingAt: Date? = nil, oldestPendingAgeSeconds: Int64? = nil) {
        self.delivered = delivered
        self.failed = failed
        self.pending = pending
        self.oldestPendingAt = oldestPendingAt
        self.oldestPendingAgeSeconds = oldestPendingAgeSeconds
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case delivered
        case failed
        case pending
        case oldestPendingAt = "oldest_pending_at"
        case oldestPendingAgeSeconds = "oldest_pending_age_seconds"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.delivered = try container.decode(Int64.self, forKey: .delivered)
        self.failed = try container.decode(Int64.self, forKey: .failed)
        self.pending = try container.decode(Int64.self, forKey: .pending)
        self.oldestPendingAt = try container.decodeIfPresent(Date.self, forKey: .oldestPendingAt)
        self.oldestPendingAgeSeconds = try container.decodeIfPresent(Int64.self, forKey: .oldestPendingAgeSeconds)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.delivered, forKey: .delivered)
        try container.encode(self.failed, forKey: .failed)
        try container.encode(self.pending, forKey: .pending)
        try container.encodeIfPresent(self.oldestPendingAt, forKey: .oldestPendingAt)
        try container.encodeIfPresent(self.oldestPendingAgeSeconds, forKey: .oldestPendingAgeSeconds)
    }
}

extension WebhookDeliveryCounts: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("delivered", self.delivered)
        writer.field("failed", self.failed)
        if let value = self.oldestPendingAgeSeconds { writer.field("oldest_pending_age_seconds", value) }
        if let value = self.oldestPendingAt { writer.field("oldest_pending_at", value) }
        writer.field("pending", self.pending)
        writer.endObject()
    }
}

/// The active runtime signing key.
///
/// - Remark: Generated from `#/components/schemas/OpsSigningKey`.
public struct OpsSigningKey: Codable, Hashable, Sendable {
    /// Key identifier.
    public var kid: String
    /// When the key was generated.
    public var createdAt: Date
    /// Seconds since the key was generated.
    public var ageSeconds: Int64

    /// A value with these members; optional ones default to absent.
    public init(kid: String, createdAt: Date, ageSeconds: Int64) {
        self.kid = kid
        self.createdAt = createdAt
        self.ageSeconds = ageSeconds
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case kid
        case createdAt = "created_at"
        case ageSeconds = "age_seconds"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.kid = try container.decode(String.self, forKey: .kid)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.ageSeconds = try container.decode(Int64.self, forKey: .ageSeconds)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.kid, forKey: .kid)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.ageSeconds, forKey: .ageSeconds)
    }
}

extension OpsSigningKey: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("age_seconds", self.ageSeconds)
        writer.field("created_at", self.createdAt)
        writer.field("kid", self.kid)
        writer.endObject()
    }
}

/// The account's audit chain.
///
/// - Remark: Generated from `#/components/schemas/OpsAuditChain`.
public struct OpsAuditChain: Codable, Hashable, Sendable {
    /// Events in the chain (also the sequence of the newest, since sequences start at 1 without gaps).
    public var length: Int64
    /// Time of the newest event; absent while the chain is empty.
    public var lastEventAt: Date?

    /// A value with these members; optional ones default to absent.
    public init(length: Int64, lastEventAt: Date? = nil) {
        self.length = length
        self.lastEventAt = lastEventAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case length
        case lastEventAt = "last_event_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.length = try container.decode(Int64.self, forKey: .length)
        self.lastEventAt = try container.decodeIfPresent(Date.self, forKey: .lastEventAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.length, forKey: .length)
        try container.encodeIfPresent(self.lastEventAt, forKey: .lastEventAt)
    }
}

extension OpsAuditChain: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.lastEventAt { writer.field("last_event_at", value) }
        writer.field("length", self.length)
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
    /// The `runtime` member.
    public var runtime: OpsRuntimeSummary
    /// The `active` member.
    public var active: OpsActiveCounts
    /// The `webhooks` member.
    public var webhooks: WebhookDeliveryCounts
    /// The `signing_key` member, absent when not given.
    public var signingKey: OpsSigningKey?
    /// The `audit_chain` member.
    public var auditChain: OpsAuditChain
    /// When the summary was computed.
    public var generatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(from: Date, to: Date, runtime: OpsRuntimeSummary, active: OpsActiveCounts, webhooks: WebhookDeliveryCounts, signingKey: OpsSigningKey? = nil, auditChain: OpsAuditChain, generatedAt: Date) {
        self.from = from
        self.to = to
        self.runtime = runtime
        self.active = active
        self.webhooks = webhooks
        self.signingKey = signingKey
        self.auditChain = auditChain
        self.generatedAt = generatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case from
        case to
        case runtime
        case active
        case webhooks
        case signingKey = "signing_key"
        case auditChain = "audit_chain"
        case generatedAt = "generated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.runtime = try container.decode(OpsRuntimeSummary.self, forKey: .runtime)
        self.active = try container.decode(OpsActiveCounts.self, forKey: .active)
        self.webhooks = try container.decode(WebhookDeliveryCounts.self, forKey: .webhooks)
        self.signingKey = try container.decodeIfPresent(OpsSigningKey.self, forKey: .signingKey)
        self.auditChain = try container.decode(OpsAuditChain.self, forKey: .auditChain)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.runtime, forKey: .runtime)
        try container.encode(self.active, forKey: .active)
        try container.encode(self.webhooks, forKey: .webhooks)
        try container.encodeIfPresent(self.signingKey, forKey: .signingKey)
        try container.encode(self.auditChain, forKey: .auditChain)
        try container.encode(self.generatedAt, forKey: .generatedAt)
    }
}

extension OpsSummary: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("active", self.active)
        writer.field("audit_chain", self.auditChain)
        writer.field("from", self.from)
        writer.field("generated_at", self.generatedAt)
        writer.field("runtime", self.runtime)
        if let value = self.signingKey { writer.field("signing_key", value) }
        writer.field("to", self.to)
        writer.field("webhooks", self.webhooks)
        writer.endObject()
    }
}

/// Denied or failed runtime decisions sharing an action, result class and reason code within the window.
///
/// - Remark: Generated from `#/components/schemas/RuntimeErrorGroup`.
public struct RuntimeErrorGroup: Codable, Hashable, Sendable {
    /// The runtime action, for example `license.activate`.
    public var action: String
    /// The `result_class` member.
    public var resultClass: ActivityResultClass
    /// Error code the decision returned (one of `ErrorCode`); `null` when none was recorded.
    public var reasonCode: String?
    /// Occurrences in the window.
    public var count: Int64
    /// Earliest occurrence in the window.
    public var firstSeenAt: Date
    /// Latest occurrence in the window.
    public var lastSeenAt: Date
    /// The request id of one of the occurrences, for log lookup; absent when none recorded one.
    public var sampleRequestID: String?
    /// The license of one of the occurrences; absent when none named one.
    public var sampleLicenseID: String?

    /// A value with these members; optional ones default to absent.
    public init(action: String, resultClass: ActivityResultClass, reasonCode: String? = nil, count: Int64, firstSeenAt: Date, lastSeenAt: Date, sampleRequestID: String? = nil, sampleLicenseID: String? = nil) {
        self.action = action
        self.resultClass = resultClass
        self.reasonCode = reasonCode
        self.count = count
        self.firstSeenAt = firstSeenAt
        self.lastSeenAt = lastSeenAt
        self.sampleRequestID = sampleRequestID
        self.sampleLicenseID = sampleLicenseID
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case action
        case resultClass = "result_class"
        case reasonCode = "reason_code"
        case count
        case firstSeenAt = "first_seen_at"
        case lastSeenAt = "last_seen_at"
        case sampleRequestID = "sample_request_id"
        case sampleLicenseID = "sample_license_id"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.action = try container.decode(String.self, forKey: .action)
        self.resultClass = try container.decode(ActivityResultClass.self, forKey: .resultClass)
        self.reasonCode = try container.decode(String?.self, forKey: .reasonCode)
        self.count = try container.decode(Int64.self, forKey: .count)
        self.firstSeenAt = try container.decode(Date.self, forKey: .firstSeenAt)
        self.lastSeenAt = try container.decode(Date.self, forKey: .lastSeenAt)
        self.sampleRequestID = try container.decodeIfPresent(String.self, forKey: .sampleRequestID)
        self.sampleLicenseID = try container.decodeIfPresent(String.self, forKey: .sampleLicenseID)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.action, forKey: .action)
        try container.encode(self.resultClass, forKey: .resultClass)
        try container.encode(self.reasonCode, forKey: .reasonCode)
        try container.encode(self.count, forKey: .count)
        try container.encode(self.firstSeenAt, forKey: .firstSeenAt)
        try container.encode(self.lastSeenAt, forKey: .lastSeenAt)
        try container.encodeIfPresent(self.sampleRequestID, forKey: .sampleRequestID)
        try container.encodeIfPresent(self.sampleLicenseID, forKey: .sampleLicenseID)
    }
}

extension RuntimeErrorGroup: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("action", self.action)
        writer.field("count", self.count)
        writer.field("first_seen_at", self.firstSeenAt)
        writer.field("last_seen_at", self.lastSeenAt)
        writer.field("reason_code", self.reasonCode)
        writer.field("result_class", self.resultClass)
        if let value = self.sampleLicenseID { writer.field("sample_license_id", value) }
        if let value = self.sampleRequestID { writer.field("sample_request_id", value) }
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
    /// The `disabled_reason` member, absent when not given.
    public var disabledReason: WebhookEndpointDisabledReason?
    /// Delivery attempts within the window.
    public var attempts: Int64
    /// Share of the window's attempts answered with 2xx; absent when there were none.
    public var successRate: Double?
    /// Median time to the receiver's answer over the window's attempts, in milliseconds; absent when none.
    public var latencyP50Ms: Int?
    /// 95th percentile time to the receiver's answer, in milliseconds; absent when none.
    public var latencyP95Ms: Int?
    /// Deliveries acknowledged within the window.
    public var delivered: Int64
    /// Deliveries given up within the window.
    public var failed: Int64
    /// The endpoint's backlog now; deliveries queued or waiting for a retry.
    public var pending: Int64
    /// When the endpoint's oldest queued delivery was queued; absent when none is.
    public var oldestPendingAt: Date?
    /// Failed attempts since the last successful one.
    public var consecutiveFailures: Int
    /// Latest successful attempt; absent when none.
    public var lastSuccessAt: Date?
    /// Latest failed attempt; absent when none.
    public var lastFailureAt: Date?
    /// What went wrong in the latest failed attempt, such as `HTTP 500`, `timed out after 10 s` or `refused: the URL points at a private or reserved address (hooks.example.com resolves to one)`, with the start of the answer's body when there was one. It never names the address a host name resolved to.
    public var lastError: String?

    /// A value with these members; optional ones default to absent.
    public init(endpointID: String, name: String, url: String, isActive: Bool, disabledReason: WebhookEndpointDisabledReason? = nil, attempts: Int64, successRate: Double? = nil, latencyP50Ms: Int? = nil, latencyP95Ms: Int? = nil, delivered: Int64, failed: Int64, pending: Int64, oldestPendingAt: Date? = nil, consecutiveFailures: Int, lastSuccessAt: Date? = nil, lastFailureAt: Date? = nil, lastError: String? = nil) {
        self.endpointID = endpointID
        self.name = name
        self.url = url
        self.isActive = isActive
        self.disabledReason = disabledReason
        self.attempts = attempts
        self.successRate = successRate
        self.latencyP50Ms = latencyP50Ms
        self.latencyP95Ms = latencyP95Ms
        self.delivered = delivered
        self.failed = failed
        self.pending = pending
        self.oldestPendingAt = oldestPendingAt
        self.consecutiveFailures = consecutiveFailures
        self.lastSuccessAt = lastSuccessAt
        self.lastFailureAt = lastFailureAt
        self.lastError = lastError
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case endpointID = "endpoint_id"
        case name
        case url
        case isActive = "is_active"
        case disabledReason = "disabled_reason"
        case attempts
        case successRate = "success_rate"
        case latencyP50Ms = "latency_p50_ms"
        case latencyP95Ms = "latency_p95_ms"
        case delivered
        case failed
        case pending
        case oldestPendingAt = "oldest_pending_at"
        case consecutiveFailures = "consecutive_failures"
        case lastSuccessAt = "last_success_at"
        case lastFailureAt = "last_failure_at"
        case lastError = "last_error"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.endpointID = try container.decode(String.self, forKey: .endpointID)
        self.name = try container.decode(String.self, forKey: .name)
        self.url = try container.decode(String.self, forKey: .url)
        self.isActive = try container.decode(Bool.self, forKey: .isActive)
        self.disabledReason = try container.decodeIfPresent(WebhookEndpointDisabledReason.self, forKey: .disabledReason)
        self.attempts = try container.decode(Int64.self, forKey: .attempts)
        self.successRate = try container.decodeIfPresent(Double.self, forKey: .successRate)
        self.latencyP50Ms = try container.decodeIfPresent(Int.self, forKey: .latencyP50Ms)
        self.latencyP95Ms = try container.decodeIfPresent(Int.self, forKey: .latencyP95Ms)
        self.delivered = try container.decode(Int64.self, forKey: .delivered)
        self.failed = try container.decode(Int64.self, forKey: .failed)
        self.pending = try container.decode(Int64.self, forKey: .pending)
        self.oldestPendingAt = try container.decodeIfPresent(Date.self, forKey: .oldestPendingAt)
        self.consecutiveFailures = try container.decode(Int.self, forKey: .consecutiveFailures)
        self.lastSuccessAt = try container.decodeIfPresent(Date.self, forKey: .lastSuccessAt)
        self.lastFailureAt = try container.decodeIfPresent(Date.self, forKey: .lastFailureAt)
        self.lastError = try container.decodeIfPresent(String.self, forKey: .lastError)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.endpointID, forKey: .endpointID)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.url, forKey: .url)
        try container.encode(self.isActive, forKey: .isActive)
        try container.encodeIfPresent(self.disabledReason, forKey: .disabledReason)
        try container.encode(self.attempts, forKey: .attempts)
        try container.encodeIfPresent(self.successRate, forKey: .successRate)
        try container.encodeIfPresent(self.latencyP50Ms, forKey: .latencyP50Ms)
        try container.encodeIfPresent(self.latencyP95Ms, forKey: .latencyP95Ms)
        try container.encode(self.delivered, forKey: .delivered)
        try container.encode(self.failed, forKey: .failed)
        try container.encode(self.pending, forKey: .pending)
        try container.encodeIfPresent(self.oldestPendingAt, forKey: .oldestPendingAt)
        try container.encode(self.consecutiveFailures, forKey: .consecutiveFailures)
        try container.encodeIfPresent(self.lastSuccessAt, forKey: .lastSuccessAt)
        try container.encodeIfPresent(self.lastFailureAt, forKey: .lastFailureAt)
        try container.encodeIfPresent(self.lastError, forKey: .lastError)
    }
}

extension WebhookEndpointHealth: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("attempts", self.attempts)
        writer.field("consecutive_failures", self.consecutiveFailures)
        writer.field("delivered", self.delivered)
        if let value = self.disabledReason { writer.field("disabled_reason", value) }
        writer.field("endpoint_id", self.endpointID)
        writer.field("failed", self.failed)
        writer.field("is_active", self.isActive)
        if let value = self.lastError { writer.field("last_error", value) }
        if let value = self.lastFailureAt { writer.field("last_failure_at", value) }
        if let value = self.lastSuccessAt { writer.field("last_success_at", value) }
        if let value = self.latencyP50Ms { writer.field("latency_p50_ms", value) }
        if let value = self.latencyP95Ms { writer.field("latency_p95_ms", value) }
        writer.field("name", self.name)
        if let value = self.oldestPendingAt { writer.field("oldest_pending_at", value) }
        writer.field("pending", self.pending)
        if let value = self.successRate { writer.field("success_rate", value) }
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
    /// The `totals` member.
    public var totals: WebhookDeliveryCounts
    /// One entry per endpoint, including inactive ones, most consecutive failures first.
    public var endpoints: [WebhookEndpointHealth]

    /// A value with these members; optional ones default to absent.
    public init(from: Date, to: Date, totals: WebhookDeliveryCounts, endpoints: [WebhookEndpointHealth]) {
        self.from = from
        self.to = to
        self.totals = totals
        self.endpoints = endpoints
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case from
        case to
        case totals
        case endpoints
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.totals = try container.decode(WebhookDeliveryCounts.self, forKey: .totals)
        self.endpoints = try container.decode([WebhookEndpointHealth].self, forKey: .endpoints)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.totals, forKey: .totals)
        try container.encode(self.endpoints, forKey: .endpoints)
    }
}

extension WebhookHealth: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("endpoints", self.endpoints)
        writer.field("from", self.from)
        writer.field("to", self.to)
        writer.field("totals", self.totals)
        writer.endObject()
    }
}

/// One window of a rate-limit policy: `quota` requests per `window_seconds`, at most `burst` of them at once (a token bucket of `burst` tokens refilled evenly over the window), as `RateLimit-Policy` says `q`, `w` and `locksmith-burst`.
///
/// - Remark: Generated from `#/components/schemas/RateLimitWindow`.
public struct RateLimitWindow: Codable, Hashable, Sendable {
    /// Requests per window.
    public var quota: Int
    /// The window's length in seconds.
    public var windowSeconds: Int
    /// Requests that may be sent at once.
    public var burst: Int

    /// A value with these members; optional ones default to absent.
    public init(quota: Int, windowSeconds: Int, burst: Int) {
        self.quota = quota
        self.windowSeconds = windowSeconds
        self.burst = burst
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case quota
        case windowSeconds = "window_seconds"
        case burst
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.quota = try container.decode(Int.self, forKey: .quota)
        self.windowSeconds = try container.decode(Int.self, forKey: .windowSeconds)
        self.burst = try container.decode(Int.self, forKey: .burst)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.quota, forKey: .quota)
        try container.encode(self.windowSeconds, forKey: .windowSeconds)
        try container.encode(self.burst, forKey: .burst)
    }
}

extension RateLimitWindow: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("burst", self.burst)
        writer.field("quota", self.quota)
        writer.field("window_seconds", self.windowSeconds)
        writer.endObject()
    }
}

/// What each bucket of the policy counts.
///
/// - Remark: Generated from `#/components/schemas/RateLimitPolicyLimits/properties/subject`.
public enum RateLimitPolicyLimitsSubject: OpenEnum {
    /// `address`.
    case address
    /// `license_key`.
    case licenseKey
    /// `api_key`.
    case apiKey
    /// `account`.
    case account
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [RateLimitPolicyLimitsSubject] = [.address, .licenseKey, .apiKey, .account]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "address": self = .address
        case "license_key": self = .licenseKey
        case "api_key": self = .apiKey
        case "account": self = .account
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .address: "address"
        case .licenseKey: "license_key"
        case .apiKey: "api_key"
        case .account: "account"
        case .unrecognized(let value): value
        }
    }
}

/// Whether the figures are the server's or this account's own.
///
/// - Remark: Generated from `#/components/schemas/RateLimitPolicyLimits/properties/source`.
public enum RateLimitPolicyLimitsSource: OpenEnum {
    /// `server`.
    case server
    /// `account`.
    case account
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [RateLimitPolicyLimitsSource] = [.server, .account]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "server": self = .server
        case "account": self = .account
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .server: "server"
        case .account: "account"
        case .unrecognized(let value): value
        }
    }
}

/// One rate-limit policy as it applies to the account.
///
/// - Remark: Generated from `#/components/schemas/RateLimitPolicyLimits`.
public struct RateLimitPolicyLimits: Codable, Hashable, Sendable {
    /// The policy's name, as `RateLimit-Policy` and a 429's `detail` give it: `anonymous`, `runtime-address`, `failed-keys`, `runtime-key`, `management-key`, `account-runtime` or `account-management`.
    public var policy: String
    /// What each bucket of the policy counts.
    public var subject: RateLimitPolicyLimitsSubject
    /// The policy's windows, shortest first; empty when the policy is off.
    public var windows: [RateLimitWindow]
    /// Whether the figures are the server's or this account's own.
    public var source: RateLimitPolicyLimitsSource

    /// A value with these members; optional ones default to absent.
    public init(policy: String, subject: RateLimitPolicyLimitsSubject, windows: [RateLimitWindow], source: RateLimitPolicyLimitsSource) {
        self.policy = policy
        self.subject = subject
        self.windows = windows
        self.source = source
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case policy
        case subject
        case windows
        case source
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.policy = try container.decode(String.self, forKey: .policy)
        self.subject = try container.decode(RateLimitPolicyLimitsSubject.self, forKey: .subject)
        self.windows = try container.decode([RateLimitWindow].self, forKey: .windows)
        self.source = try container.decode(RateLimitPolicyLimitsSource.self, forKey: .source)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.policy, forKey: .policy)
        try container.encode(self.subject, forKey: .subject)
        try container.encode(self.windows, forKey: .windows)
        try container.encode(self.source, forKey: .source)
    }
}

extension RateLimitPolicyLimits: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("policy", self.policy)
        writer.field("source", self.source)
        writer.field("subject", self.subject)
        writer.field("windows", self.windows)
        writer.endObject()
    }
}

/// The abuse limits and fair shares that apply to an account.
///
/// - Remark: Generated from `#/components/schemas/AccountLimits`.
public struct AccountLimits: Codable, Hashable, Sendable {
    /// The account.
    public var accountID: String
    /// Whether the server enforces limits at all; false when its operator turned them off.
    public var enabled: Bool
    /// Every rate-limit policy, in a fixed order.
    public var policies: [RateLimitPolicyLimits]
    /// Webhook endpoints the account may have; 0 means no limit.
    public var maxWebhookEndpoints: Int
    /// Exports of the account that may wait to be rendered at once; 0 means no limit.
    public var maxQueuedExports: Int

    /// A value with these members; optional ones default to absent.
    public init(accountID: String, enabled: Bool, policies: [RateLimitPolicyLimits], maxWebhookEndpoints: Int, maxQueuedExports: Int) {
        self.accountID = accountID
        self.enabled = enabled
        self.policies = policies
        self.maxWebhookEndpoints = maxWebhookEndpoints
        self.maxQueuedExports = maxQueuedExports
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case accountID = "account_id"
        case enabled
        case policies
        case maxWebhookEndpoints = "max_webhook_endpoints"
        case maxQueuedExports = "max_queued_exports"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.accountID = try container.decode(String.self, forKey: .accountID)
        self.enabled = try container.decode(Bool.self, forKey: .enabled)
        self.policies = try container.decode([RateLimitPolicyLimits].self, forKey: .policies)
        self.maxWebhookEndpoints = try container.decode(Int.self, forKey: .maxWebhookEndpoints)
        self.maxQueuedExports = try container.decode(Int.self, forKey: .maxQueuedExports)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.accountID, forKey: .accountID)
        try container.encode(self.enabled, forKey: .enabled)
        try container.encode(self.policies, forKey: .policies)
        try container.encode(self.maxWebhookEndpoints, forKey: .maxWebhookEndpoints)
        try container.encode(self.maxQueuedExports, forKey: .maxQueuedExports)
    }
}

extension AccountLimits: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("account_id", self.accountID)
        writer.field("enabled", self.enabled)
        writer.field("max_queued_exports", self.maxQueuedExports)
        writer.field("max_webhook_endpoints", self.maxWebhookEndpoints)
        writer.field("policies", self.policies)
        writer.endObject()
    }
}
