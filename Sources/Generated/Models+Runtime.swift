// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// A feature entitlement as seen by the application.
///
/// - Remark: Generated from `#/components/schemas/FeatureEntitlement`.
public struct FeatureEntitlement: Codable, Hashable, Sendable {
    /// Feature code.
    public var code: String
    /// Whether the feature may be used now.
    public var enabled: Bool
    /// Metered quota; absent when unlimited.
    public var quota: Int64?
    /// Units consumed so far; absent for unmetered features.
    public var consumed: Int64?
    /// Units left; absent when unlimited.
    public var remaining: Int64?

    /// A value with these members; optional ones default to absent.
    public init(code: String, enabled: Bool, quota: Int64? = nil, consumed: Int64? = nil, remaining: Int64? = nil) {
        self.code = code
        self.enabled = enabled
        self.quota = quota
        self.consumed = consumed
        self.remaining = remaining
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case code
        case enabled
        case quota
        case consumed
        case remaining
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        self.enabled = try container.decode(Bool.self, forKey: .enabled)
        self.quota = try container.decodeIfPresent(Int64.self, forKey: .quota)
        self.consumed = try container.decodeIfPresent(Int64.self, forKey: .consumed)
        self.remaining = try container.decodeIfPresent(Int64.self, forKey: .remaining)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.enabled, forKey: .enabled)
        try container.encodeIfPresent(self.quota, forKey: .quota)
        try container.encodeIfPresent(self.consumed, forKey: .consumed)
        try container.encodeIfPresent(self.remaining, forKey: .remaining)
    }
}

extension FeatureEntitlement: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        if let value = self.consumed { writer.field("consumed", value) }
        writer.field("enabled", self.enabled)
        if let value = self.quota { writer.field("quota", value) }
        if let value = self.remaining { writer.field("remaining", value) }
        writer.endObject()
    }
}

/// Whether the reported application version is covered by the license.
///
/// - Remark: Generated from `#/components/schemas/VersionEligibility`.
public struct VersionEligibility: Codable, Hashable, Sendable {
    /// Version the application reported.
    public var appVersion: String
    /// Whether that version may run under the license.
    public var isEntitled: Bool
    /// False while the product has no version catalog; versions are then not checked.
    public var enforced: Bool
    /// Release date of the version, when it is in the catalog.
    public var releasedAt: Date?
    /// Latest release date the license covers (maintenance or expiry date); absent when unbounded.
    public var eligibleThrough: Date?

    /// A value with these members; optional ones default to absent.
    public init(appVersion: String, isEntitled: Bool, enforced: Bool, releasedAt: Date? = nil, eligibleThrough: Date? = nil) {
        self.appVersion = appVersion
        self.isEntitled = isEntitled
        self.enforced = enforced
        self.releasedAt = releasedAt
        self.eligibleThrough = eligibleThrough
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case appVersion = "app_version"
        case isEntitled = "is_entitled"
        case enforced
        case releasedAt = "released_at"
        case eligibleThrough = "eligible_through"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.appVersion = try container.decode(String.self, forKey: .appVersion)
        self.isEntitled = try container.decode(Bool.self, forKey: .isEntitled)
        self.enforced = try container.decode(Bool.self, forKey: .enforced)
        self.releasedAt = try container.decodeIfPresent(Date.self, forKey: .releasedAt)
        self.eligibleThrough = try container.decodeIfPresent(Date.self, forKey: .eligibleThrough)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.appVersion, forKey: .appVersion)
        try container.encode(self.isEntitled, forKey: .isEntitled)
        try container.encode(self.enforced, forKey: .enforced)
        try container.encodeIfPresent(self.releasedAt, forKey: .releasedAt)
        try container.encodeIfPresent(self.eligibleThrough, forKey: .eligibleThrough)
    }
}

extension VersionEligibility: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("app_version", self.appVersion)
        if let value = self.eligibleThrough { writer.field("eligible_through", value) }
        writer.field("enforced", self.enforced)
        writer.field("is_entitled", self.isEntitled)
        if let value = self.releasedAt { writer.field("released_at", value) }
        writer.endObject()
    }
}

/// Identity of the calling installation. A machine sends `fingerprint` and leaves `is_container` false; a container sets `is_container` and at least one of `container_id`, `pod_name`, `namespace` or `cluster_id` (together they identify the container). Operations that need a device answer 422 naming `fingerprint` when neither identity is present. Every string is printable ASCII (space to `~`).
///
/// - Remark: Generated from `#/components/schemas/RuntimeBindingRequest`.
public struct RuntimeBindingRequest: Codable, Hashable, Sendable {
    /// Stable hardware fingerprint of the machine.
    public var fingerprint: String?
    /// Host name, for display.
    public var hostname: String?
    /// Operating system, for display.
    public var os: String?
    /// Whether the application runs in a virtual machine.
    public var isVM: Bool?
    /// Whether the application runs in a container.
    public var isContainer: Bool?
    /// Container identifier.
    public var containerID: String?
    /// Cluster identifier.
    public var clusterID: String?
    /// Namespace of the workload.
    public var namespace: String?
    /// Pod name of the workload.
    public var podName: String?
    /// Version of the running application, checked against the product's version catalog, and required once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored when the catalog has no entry with it, and is left out of signed data.
    public var appVersion: String?
    /// A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.
    public var nonce: String?
    /// Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.
    public var productCode: String?

    /// A value with these members; optional ones default to absent.
    public init(fingerprint: String? = nil, hostname: String? = nil, os: String? = nil, isVM: Bool? = nil, isContainer: Bool? = nil, containerID: String? = nil, clusterID: String? = nil, namespace: String? = nil, podName: String? = nil, appVersion: String? = nil, nonce: String? = nil, productCode: String? = nil) {
        self.fingerprint = fingerprint
        self.hostname = hostname
        self.os = os
        self.isVM = isVM
        self.isContainer = isContainer
        self.containerID = containerID
        self.clusterID = clusterID
        self.namespace = namespace
        self.podName = podName
        self.appVersion = appVersion
        self.nonce = nonce
        self.productCode = productCode
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case fingerprint
        case hostname
        case os
        case isVM = "is_vm"
        case isContainer = "is_container"
        case containerID = "container_id"
        case clusterID = "cluster_id"
        case namespace
        case podName = "pod_name"
        case appVersion = "app_version"
        case nonce
        case productCode = "product_code"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.fingerprint = try container.decodeIfPresentRejectingNull(String.self, forKey: .fingerprint)
        self.hostname = try container.decodeIfPresentRejectingNull(String.self, forKey: .hostname)
        self.os = try container.decodeIfPresentRejectingNull(String.self, forKey: .os)
        self.isVM = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isVM)
        self.isContainer = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isContainer)
        self.containerID = try container.decodeIfPresentRejectingNull(String.self, forKey: .containerID)
        self.clusterID = try container.decodeIfPresentRejectingNull(String.self, forKey: .clusterID)
        self.namespace = try container.decodeIfPresentRejectingNull(String.self, forKey: .namespace)
        self.podName = try container.decodeIfPresentRejectingNull(String.self, forKey: .podName)
        self.appVersion = try container.decodeIfPresentRejectingNull(String.self, forKey: .appVersion)
        self.nonce = try container.decodeIfPresentRejectingNull(String.self, forKey: .nonce)
        self.productCode = try container.decodeIfPresentRejectingNull(String.self, forKey: .productCode)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.fingerprint, forKey: .fingerprint)
        try container.encodeIfPresent(self.hostname, forKey: .hostname)
        try container.encodeIfPresent(self.os, forKey: .os)
        try container.encodeIfPresent(self.isVM, forKey: .isVM)
        try container.encodeIfPresent(self.isContainer, forKey: .isContainer)
        try container.encodeIfPresent(self.containerID, forKey: .containerID)
        try container.encodeIfPresent(self.clusterID, forKey: .clusterID)
        try container.encodeIfPresent(self.namespace, forKey: .namespace)
        try container.encodeIfPresent(self.podName, forKey: .podName)
        try container.encodeIfPresent(self.appVersion, forKey: .appVersion)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
    }
}

extension RuntimeBindingRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.appVersion { writer.field("app_version", value) }
        if let value = self.clusterID { writer.field("cluster_id", value) }
        if let value = self.containerID { writer.field("container_id", value) }
        if let value = self.fingerprint { writer.field("fingerprint", value) }
        if let value = self.hostname { writer.field("hostname", value) }
        if let value = self.isContainer { writer.field("is_container", value) }
        if let value = self.isVM { writer.field("is_vm", value) }
        if let value = self.namespace { writer.field("namespace", value) }
        if let value = self.nonce { writer.field("nonce", value) }
        if let value = self.os { writer.field("os", value) }
        if let value = self.podName { writer.field("pod_name", value) }
        if let value = self.productCode { writer.field("product_code", value) }
        writer.endObject()
    }
}

extension RuntimeBindingRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(fingerprint, minLength: 1, maxLength: 512, pattern: "^[ -~]*$", field: path + "fingerprint")
        try Validation.check(hostname, maxLength: 255, pattern: "^[ -~]*$", field: path + "hostname")
        try Validation.check(os, maxLength: 255, pattern: "^[ -~]*$", field: path + "os")
        try Validation.check(containerID, maxLength: 255, pattern: "^[ -~]*$", field: path + "container_id")
        try Validation.check(clusterID, maxLength: 255, pattern: "^[ -~]*$", field: path + "cluster_id")
        try Validation.check(namespace, maxLength: 255, pattern: "^[ -~]*$", field: path + "namespace")
        try Validation.check(podName, maxLength: 255, pattern: "^[ -~]*$", field: path + "pod_name")
        try Validation.check(appVersion, pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", field: path + "app_version")
        try Validation.check(nonce, minLength: 1, maxLength: 64, pattern: "^[ -%(-*,-;=?-_a-~]{1,64}$", field: path + "nonce")
        try Validation.check(productCode, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "product_code")
    }
}

/// A validation that carries its license key in the body: `key`, then the binding fields of `RuntimeBindingRequest` (the same definitions), in one closed object.
///
/// - Remark: Generated from `#/components/schemas/ValidateLicenseKeyRequest`.
public struct ValidateLicenseKeyRequest: Codable, Hashable, Sendable {
    /// The full license key (`lsk_…`), as issued.
    public var key: String
    /// Stable hardware fingerprint of the machine.
    public var fingerprint: String?
    /// Host name, for display.
    public var hostname: String?
    /// Operating system, for display.
    public var os: String?
    /// Whether the application runs in a virtual machine.
    public var isVM: Bool?
    /// Whether the application runs in a container.
    public var isContainer: Bool?
    /// Container identifier.
    public var containerID: String?
    /// Cluster identifier.
    public var clusterID: String?
    /// Namespace of the workload.
    public var namespace: String?
    /// Pod name of the workload.
    public var podName: String?
    /// Version of the running application, checked against the product's version catalog, and required once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored when the catalog has no entry with it, and is left out of signed data.
    public var appVersion: String?
    /// A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.
    public var nonce: String?
    /// Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.
    public var productCode: String?

    /// A value with these members; optional ones default to absent.
    public init(key: String, fingerprint: String? = nil, hostname: String? = nil, os: String? = nil, isVM: Bool? = nil, isContainer: Bool? = nil, containerID: String? = nil, clusterID: String? = nil, namespace: String? = nil, podName: String? = nil, appVersion: String? = nil, nonce: String? = nil, productCode: String? = nil) {
        self.key = key
        self.fingerprint = fingerprint
        self.hostname = hostname
        self.os = os
        self.isVM = isVM
        self.isContainer = isContainer
        self.containerID = containerID
        self.clusterID = clusterID
        self.namespace = namespace
        self.podName = podName
        self.appVersion = appVersion
        self.nonce = nonce
        self.productCode = productCode
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case key
        case fingerprint
        case hostname
        case os
        case isVM = "is_vm"
        case isContainer = "is_container"
        case containerID = "container_id"
        case clusterID = "cluster_id"
        case namespace
        case podName = "pod_name"
        case appVersion = "app_version"
        case nonce
        case productCode = "product_code"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.fingerprint = try container.decodeIfPresentRejectingNull(String.self, forKey: .fingerprint)
        self.hostname = try container.decodeIfPresentRejectingNull(String.self, forKey: .hostname)
        self.os = try container.decodeIfPresentRejectingNull(String.self, forKey: .os)
        self.isVM = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isVM)
        self.isContainer = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isContainer)
        self.containerID = try container.decodeIfPresentRejectingNull(String.self, forKey: .containerID)
        self.clusterID = try container.decodeIfPresentRejectingNull(String.self, forKey: .clusterID)
        self.namespace = try container.decodeIfPresentRejectingNull(String.self, forKey: .namespace)
        self.podName = try container.decodeIfPresentRejectingNull(String.self, forKey: .podName)
        self.appVersion = try container.decodeIfPresentRejectingNull(String.self, forKey: .appVersion)
        self.nonce = try container.decodeIfPresentRejectingNull(String.self, forKey: .nonce)
        self.productCode = try container.decodeIfPresentRejectingNull(String.self, forKey: .productCode)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.key, forKey: .key)
        try container.encodeIfPresent(self.fingerprint, forKey: .fingerprint)
        try container.encodeIfPresent(self.hostname, forKey: .hostname)
        try container.encodeIfPresent(self.os, forKey: .os)
        try container.encodeIfPresent(self.isVM, forKey: .isVM)
        try container.encodeIfPresent(self.isContainer, forKey: .isContainer)
        try container.encodeIfPresent(self.containerID, forKey: .containerID)
        try container.encodeIfPresent(self.clusterID, forKey: .clusterID)
        try container.encodeIfPresent(self.namespace, forKey: .namespace)
        try container.encodeIfPresent(self.podName, forKey: .podName)
        try container.encodeIfPresent(self.appVersion, forKey: .appVersion)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
    }
}

extension ValidateLicenseKeyRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.appVersion { writer.field("app_version", value) }
        if let value = self.clusterID { writer.field("cluster_id", value) }
        if let value = self.containerID { writer.field("container_id", value) }
        if let value = self.fingerprint { writer.field("fingerprint", value) }
        if let value = self.hostname { writer.field("hostname", value) }
        if let value = self.isContainer { writer.field("is_container", value) }
        if let value = self.isVM { writer.field("is_vm", value) }
        writer.field("key", self.key)
        if let value = self.namespace { writer.field("namespace", value) }
        if let value = self.nonce { writer.field("nonce", value) }
        if let value = self.os { writer.field("os", value) }
        if let value = self.podName { writer.field("pod_name", value) }
        if let value = self.productCode { writer.field("product_code", value) }
        writer.endObject()
    }
}

extension ValidateLicenseKeyRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(key, minLength: 1, maxLength: 512, field: path + "key")
        try Validation.check(fingerprint, minLength: 1, maxLength: 512, pattern: "^[ -~]*$", field: path + "fingerprint")
        try Validation.check(hostname, maxLength: 255, pattern: "^[ -~]*$", field: path + "hostname")
        try Validation.check(os, maxLength: 255, pattern: "^[ -~]*$", field: path + "os")
        try Validation.check(containerID, maxLength: 255, pattern: "^[ -~]*$", field: path + "container_id")
        try Validation.check(clusterID, maxLength: 255, pattern: "^[ -~]*$", field: path + "cluster_id")
        try Validation.check(namespace, maxLength: 255, pattern: "^[ -~]*$", field: path + "namespace")
        try Validation.check(podName, maxLength: 255, pattern: "^[ -~]*$", field: path + "pod_name")
        try Validation.check(appVersion, pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", field: path + "app_version")
        try Validation.check(nonce, minLength: 1, maxLength: 64, pattern: "^[ -%(-*,-;=?-_a-~]{1,64}$", field: path + "nonce")
        try Validation.check(productCode, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "product_code")
    }
}

/// A metered consumption from the calling device: the binding fields of `RuntimeBindingRequest` (the same definitions) plus the usage to record, in one closed object.
///
/// - Remark: Generated from `#/components/schemas/ConsumeLicenseRequest`.
public struct ConsumeLicenseRequest: Codable, Hashable, Sendable {
    /// Stable hardware fingerprint of the machine.
    public var fingerprint: String?
    /// Host name, for display.
    public var hostname: String?
    /// Operating system, for display.
    public var os: String?
    /// Whether the application runs in a virtual machine.
    public var isVM: Bool?
    /// Whether the application runs in a container.
    public var isContainer: Bool?
    /// Container identifier.
    public var containerID: String?
    /// Cluster identifier.
    public var clusterID: String?
    /// Namespace of the workload.
    public var namespace: String?
    /// Pod name of the workload.
    public var podName: String?
    /// Version of the running application, checked against the product's version catalog, and required once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored when the catalog has no entry with it, and is left out of signed data.
    public var appVersion: String?
    /// A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.
    public var nonce: String?
    /// Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.
    public var productCode: String?
    /// Code of an assigned, metered feature.
    public var featureCode: String
    /// Units to consume, at most 2^53 − 1 so that every JavaScript client reads counters exactly. A consumption that would take the feature's counter or the license's total past that bound is refused with 422 naming `amount`, and one past the quota with 409 `QUOTA_EXCEEDED`; either way nothing is recorded.
    ///
    /// Default: `1`.
    public var amount: Int64?
    /// Your identifier for this usage event. Repeating an `event_id` returns the original result without consuming again.
    public var eventID: String

    /// A value with these members; optional ones default to absent.
    public init(fingerprint: String? = nil, hostname: String? = nil, os: String? = nil, isVM: Bool? = nil, isContainer: Bool? = nil, containerID: String? = nil, clusterID: String? = nil, namespace: String? = nil, podName: String? = nil, appVersion: String? = nil, nonce: String? = nil, productCode: String? = nil, featureCode: String, amount: Int64? = nil, eventID: String) {
        self.fingerprint = fingerprint
        self.hostname = hostname
        self.os = os
        self.isVM = isVM
        self.isContainer = isContainer
        self.containerID = containerID
        self.clusterID = clusterID
        self.namespace = namespace
        self.podName = podName
        self.appVersion = appVersion
        self.nonce = nonce
        self.productCode = productCode
        self.featureCode = featureCode
        self.amount = amount
        self.eventID = eventID
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case fingerprint
        case hostname
        case os
        case isVM = "is_vm"
        case isContainer = "is_container"
        case containerID = "container_id"
        case clusterID = "cluster_id"
        case namespace
        case podName = "pod_name"
        case appVersion = "app_version"
        case nonce
        case productCode = "product_code"
        case featureCode = "feature_code"
        case amount
        case eventID = "event_id"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.fingerprint = try container.decodeIfPresentRejectingNull(String.self, forKey: .fingerprint)
        self.hostname = try container.decodeIfPresentRejectingNull(String.self, forKey: .hostname)
        self.os = try container.decodeIfPresentRejectingNull(String.self, forKey: .os)
        self.isVM = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isVM)
        self.isContainer = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isContainer)
        self.containerID = try container.decodeIfPresentRejectingNull(String.self, forKey: .containerID)
        self.clusterID = try container.decodeIfPresentRejectingNull(String.self, forKey: .clusterID)
        self.namespace = try container.decodeIfPresentRejectingNull(String.self, forKey: .namespace)
        self.podName = try container.decodeIfPresentRejectingNull(String.self, forKey: .podName)
        self.appVersion = try container.decodeIfPresentRejectingNull(String.self, forKey: .appVersion)
        self.nonce = try container.decodeIfPresentRejectingNull(String.self, forKey: .nonce)
        self.productCode = try container.decodeIfPresentRejectingNull(String.self, forKey: .productCode)
        self.featureCode = try container.decode(String.self, forKey: .featureCode)
        self.amount = try container.decodeIfPresentRejectingNull(Int64.self, forKey: .amount)
        self.eventID = try container.decode(String.self, forKey: .eventID)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.fingerprint, forKey: .fingerprint)
        try container.encodeIfPresent(self.hostname, forKey: .hostname)
        try container.encodeIfPresent(self.os, forKey: .os)
        try container.encodeIfPresent(self.isVM, forKey: .isVM)
        try container.encodeIfPresent(self.isContainer, forKey: .isContainer)
        try container.encodeIfPresent(self.containerID, forKey: .containerID)
        try container.encodeIfPresent(self.clusterID, forKey: .clusterID)
        try container.encodeIfPresent(self.namespace, forKey: .namespace)
        try container.encodeIfPresent(self.podName, forKey: .podName)
        try container.encodeIfPresent(self.appVersion, forKey: .appVersion)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
        try container.encode(self.featureCode, forKey: .featureCode)
        try container.encodeIfPresent(self.amount, forKey: .amount)
        try container.encode(self.eventID, forKey: .eventID)
    }
}

extension ConsumeLicenseRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.amount { writer.field("amount", value) }
        if let value = self.appVersion { writer.field("app_version", value) }
        if let value = self.clusterID { writer.field("cluster_id", value) }
        if let value = self.containerID { writer.field("container_id", value) }
        writer.field("event_id", self.eventID)
        writer.field("feature_code", self.featureCode)
        if let value = self.fingerprint { writer.field("fingerprint", value) }
        if let value = self.hostname { writer.field("hostname", value) }
        if let value = self.isContainer { writer.field("is_container", value) }
        if let value = self.isVM { writer.field("is_vm", value) }
        if let value = self.namespace { writer.field("namespace", value) }
        if let value = self.nonce { writer.field("nonce", value) }
        if let value = self.os { writer.field("os", value) }
        if let value = self.podName { writer.field("pod_name", value) }
        if let value = self.productCode { writer.field("product_code", value) }
        writer.endObject()
    }
}

extension ConsumeLicenseRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(fingerprint, minLength: 1, maxLength: 512, pattern: "^[ -~]*$", field: path + "fingerprint")
        try Validation.check(hostname, maxLength: 255, pattern: "^[ -~]*$", field: path + "hostname")
        try Validation.check(os, maxLength: 255, pattern: "^[ -~]*$", field: path + "os")
        try Validation.check(containerID, maxLength: 255, pattern: "^[ -~]*$", field: path + "container_id")
        try Validation.check(clusterID, maxLength: 255, pattern: "^[ -~]*$", field: path + "cluster_id")
        try Validation.check(namespace, maxLength: 255, pattern: "^[ -~]*$", field: path + "namespace")
        try Validation.check(podName, maxLength: 255, pattern: "^[ -~]*$", field: path + "pod_name")
        try Validation.check(appVersion, pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", field: path + "app_version")
        try Validation.check(nonce, minLength: 1, maxLength: 64, pattern: "^[ -%(-*,-;=?-_a-~]{1,64}$", field: path + "nonce")
        try Validation.check(productCode, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "product_code")
        try Validation.check(featureCode, pattern: "^[a-z0-9._-]{1,64}$", field: path + "feature_code")
        try Validation.check(amount, minimum: 1, maximum: 9007199254740991, field: path + "amount")
        try Validation.check(eventID, minLength: 1, maxLength: 255, field: path + "event_id")
    }
}

/// Identifies a floating lease.
///
/// - Remark: Generated from `#/components/schemas/FloatingLeaseRequest`.
public struct FloatingLeaseRequest: Codable, Hashable, Sendable {
    /// Token returned by `checkoutFloatingLicense`.
    public var leaseToken: String
    /// A fresh value of the application's choosing, echoed in the signed `data` (see `RuntimeBindingRequest.nonce`).
    public var nonce: String?
    /// Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.
    public var productCode: String?

    /// A value with these members; optional ones default to absent.
    public init(leaseToken: String, nonce: String? = nil, productCode: String? = nil) {
        self.leaseToken = leaseToken
        self.nonce = nonce
        self.productCode = productCode
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case leaseToken = "lease_token"
        case nonce
        case productCode = "product_code"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.leaseToken = try container.decode(String.self, forKey: .leaseToken)
        self.nonce = try container.decodeIfPresentRejectingNull(String.self, forKey: .nonce)
        self.productCode = try container.decodeIfPresentRejectingNull(String.self, forKey: .productCode)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.leaseToken, forKey: .leaseToken)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
    }
}

extension FloatingLeaseRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("lease_token", self.leaseToken)
        if let value = self.nonce { writer.field("nonce", value) }
        if let value = self.productCode { writer.field("product_code", value) }
        writer.endObject()
    }
}

extension FloatingLeaseRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(leaseToken, minLength: 1, maxLength: 128, field: path + "lease_token")
        try Validation.check(nonce, minLength: 1, maxLength: 64, pattern: "^[ -%(-*,-;=?-_a-~]{1,64}$", field: path + "nonce")
        try Validation.check(productCode, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "product_code")
    }
}

/// Signed entitlement state of a license on the calling device.
///
/// - Remark: Generated from `#/components/schemas/RuntimeEntitlementResponseData`.
public struct RuntimeEntitlementResponseData: Codable, Hashable, Sendable {
    /// The vendor account the license belongs to. An application that knows its vendor's account refuses an answer naming another.
    public var accountID: String?
    /// The product the license is for.
    public var productID: String?
    /// Code of the product the license is for. An application refuses an answer whose `product_code` is not its own: a license of another product, however validly signed, does not unlock it.
    public var productCode: String?
    /// The request's `nonce`, when it sent one.
    public var nonce: String?
    /// License the response is about.
    public var licenseID: String
    /// License status at issue time; one of the `LicenseStatus` values.
    public var status: String
    /// The `license_type` member.
    public var licenseType: LicenseType
    /// The license's entitlement counter at issue time.
    public var entitlementVersion: Int64
    /// When the server produced this payload.
    public var issuedAt: Date
    /// When the application should validate again.
    public var nextCheckAt: Date
    /// License expiry; absent when it does not expire.
    public var expiresAt: Date?
    /// Device the entitlement is bound to.
    public var deviceID: String
    /// Entitlements of every feature assigned to the license.
    public var features: [FeatureEntitlement]
    /// The `version_eligibility` member, absent when not given.
    public var versionEligibility: VersionEligibility?

    /// A value with these members; optional ones default to absent.
    public init(accountID: String? = nil, productID: String? = nil, productCode: String? = nil, nonce: String? = nil, licenseID: String, status: String, licenseType: LicenseType, entitlementVersion: Int64, issuedAt: Date, nextCheckAt: Date, expiresAt: Date? = nil, deviceID: String, features: [FeatureEntitlement], versionEligibility: VersionEligibility? = nil) {
        self.accountID = accountID
        self.productID = productID
        self.productCode = productCode
        self.nonce = nonce
        self.licenseID = licenseID
        self.status = status
        self.licenseType = licenseType
        self.entitlementVersion = entitlementVersion
        self.issuedAt = issuedAt
        self.nextCheckAt = nextCheckAt
        self.expiresAt = expiresAt
        self.deviceID = deviceID
        self.features = features
        self.versionEligibility = versionEligibility
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case accountID = "account_id"
        case productID = "product_id"
        case productCode = "product_code"
        case nonce
        case licenseID = "license_id"
        case status
        case licenseType = "license_type"
        case entitlementVersion = "entitlement_version"
        case issuedAt = "issued_at"
        case nextCheckAt = "next_check_at"
        case expiresAt = "expires_at"
        case deviceID = "device_id"
        case features
        case versionEligibility = "version_eligibility"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.accountID = try container.decodeIfPresent(String.self, forKey: .accountID)
        self.productID = try container.decodeIfPresent(String.self, forKey: .productID)
        self.productCode = try container.decodeIfPresent(String.self, forKey: .productCode)
        self.nonce = try container.decodeIfPresent(String.self, forKey: .nonce)
        self.licenseID = try container.decode(String.self, forKey: .licenseID)
        self.status = try container.decode(String.self, forKey: .status)
        self.licenseType = try container.decode(LicenseType.self, forKey: .licenseType)
        self.entitlementVersion = try container.decode(Int64.self, forKey: .entitlementVersion)
        self.issuedAt = try container.decode(Date.self, forKey: .issuedAt)
        self.nextCheckAt = try container.decode(Date.self, forKey: .nextCheckAt)
        self.expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
        self.deviceID = try container.decode(String.self, forKey: .deviceID)
        self.features = try container.decode([FeatureEntitlement].self, forKey: .features)
        self.versionEligibility = try container.decodeIfPresent(VersionEligibility.self, forKey: .versionEligibility)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.accountID, forKey: .accountID)
        try container.encodeIfPresent(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.licenseType, forKey: .licenseType)
        try container.encode(self.entitlementVersion, forKey: .entitlementVersion)
        try container.encode(self.issuedAt, forKey: .issuedAt)
        try container.encode(self.nextCheckAt, forKey: .nextCheckAt)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encode(self.deviceID, forKey: .deviceID)
        try container.encode(self.features, forKey: .features)
        try container.encodeIfPresent(self.versionEligibility, forKey: .versionEligibility)
    }
}

extension RuntimeEntitlementResponseData: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.accountID { writer.field("account_id", value) }
        writer.field("device_id", self.deviceID)
        writer.field("entitlement_version", self.entitlementVersion)
        if let value = self.expiresAt { writer.field("expires_at", value) }
        writer.field("features", self.features)
        writer.field("issued_at", self.issuedAt)
        writer.field("license_id", self.licenseID)
        writer.field("license_type", self.licenseType)
        writer.field("next_check_at", self.nextCheckAt)
        if let value = self.nonce { writer.field("nonce", value) }
        if let value = self.productCode { writer.field("product_code", value) }
        if let value = self.productID { writer.field("product_id", value) }
        writer.field("status", self.status)
        if let value = self.versionEligibility { writer.field("version_eligibility", value) }
        writer.endObject()
    }
}

/// Signed confirmation that a device was released.
///
/// - Remark: Generated from `#/components/schemas/DeactivationResponseData`.
public struct DeactivationResponseData: Codable, Hashable, Sendable {
    /// The vendor account the license belongs to. An application that knows its vendor's account refuses an answer naming another.
    public var accountID: String?
    /// The product the license is for.
    public var productID: String?
    /// Code of the product the license is for. An application refuses an answer whose `product_code` is not its own: a license of another product, however validly signed, does not unlock it.
    public var productCode: String?
    /// The request's `nonce`, when it sent one.
    public var nonce: String?
    /// License the response is about.
    public var licenseID: String
    /// License status at issue time; one of the `LicenseStatus` values.
    public var status: String
    /// The `license_type` member.
    public var licenseType: LicenseType
    /// The license's entitlement counter at issue time.
    public var entitlementVersion: Int64
    /// When the server produced this payload.
    public var issuedAt: Date
    /// Device that was deactivated.
    public var deviceID: String
    /// License expiry; absent when it does not expire.
    public var expiresAt: Date?

    /// A value with these members; optional ones default to absent.
    public init(accountID: String? = nil, productID: String? = nil, productCode: String? = nil, nonce: String? = nil, licenseID: String, status: String, licenseType: LicenseType, entitlementVersion: Int64, issuedAt: Date, deviceID: String, expiresAt: Date? = nil) {
        self.accountID = accountID
        self.productID = productID
        self.productCode = productCode
        self.nonce = nonce
        self.licenseID = licenseID
        self.status = status
        self.licenseType = licenseType
        self.entitlementVersion = entitlementVersion
        self.issuedAt = issuedAt
        self.deviceID = deviceID
        self.expiresAt = expiresAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case accountID = "account_id"
        case productID = "product_id"
        case productCode = "product_code"
        case nonce
        case licenseID = "license_id"
        case status
        case licenseType = "license_type"
        case entitlementVersion = "entitlement_version"
        case issuedAt = "issued_at"
        case deviceID = "device_id"
        case expiresAt = "expires_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.accountID = try container.decodeIfPresent(String.self, forKey: .accountID)
        self.productID = try container.decodeIfPresent(String.self, forKey: .productID)
        self.productCode = try container.decodeIfPresent(String.self, forKey: .productCode)
        self.nonce = try container.decodeIfPresent(String.self, forKey: .nonce)
        self.licenseID = try container.decode(String.self, forKey: .licenseID)
        self.status = try container.decode(String.self, forKey: .status)
        self.licenseType = try container.decode(LicenseType.self, forKey: .licenseType)
        self.entitlementVersion = try container.decode(Int64.self, forKey: .entitlementVersion)
        self.issuedAt = try container.decode(Date.self, forKey: .issuedAt)
        self.deviceID = try container.decode(String.self, forKey: .deviceID)
        self.expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.accountID, forKey: .accountID)
        try container.encodeIfPresent(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.licenseType, forKey: .licenseType)
        try container.encode(self.entitlementVersion, forKey: .entitlementVersion)
        try container.encode(self.issuedAt, forKey: .issuedAt)
        try container.encode(self.deviceID, forKey: .deviceID)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
    }
}

extension DeactivationResponseData: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.accountID { writer.field("account_id", value) }
        writer.field("device_id", self.deviceID)
        writer.field("entitlement_version", self.entitlementVersion)
        if let value = self.expiresAt { writer.field("expires_at", value) }
        writer.field("issued_at", self.issuedAt)
        writer.field("license_id", self.licenseID)
        writer.field("license_type", self.licenseType)
        if let value = self.nonce { writer.field("nonce", value) }
        if let value = self.productCode { writer.field("product_code", value) }
        if let value = self.productID { writer.field("product_id", value) }
        writer.field("status", self.status)
        writer.endObject()
    }
}

/// Signed entitlement plus a new floating lease.
///
/// - Remark: Generated from `#/components/schemas/FloatingCheckoutResponseData`.
public struct FloatingCheckoutResponseData: Codable, Hashable, Sendable {
    /// The vendor account the license belongs to. An application that knows its vendor's account refuses an answer naming another.
    public var accountID: String?
    /// The product the license is for.
    public var productID: String?
    /// Code of the product the license is for. An application refuses an answer whose `product_code` is not its own: a license of another product, however validly signed, does not unlock it.
    public var productCode: String?
    /// The request's `nonce`, when it sent one.
    public var nonce: String?
    /// License the response is about.
    public var licenseID: String
    /// License status at issue time; one of the `LicenseStatus` values.
    public var status: String
    /// The `license_type` member.
    public var licenseType: LicenseType
    /// The license's entitlement counter at issue time.
    public var entitlementVersion: Int64
    /// When the server produced this payload.
    public var issuedAt: Date
    /// License expiry; absent when it does not expire.
    public var expiresAt: Date?
    /// Device holding the lease.
    public var deviceID: String
    /// Secret token of the lease; send it to heartbeat and check-in.
    public var leaseToken: String
    /// When the lease lapses unless a heartbeat renews it (a policy that needs no heartbeats gives the license's end).
    public var leaseExpiresAt: Date
    /// Entitlements of every feature assigned to the license.
    public var features: [FeatureEntitlement]
    /// The `version_eligibility` member, absent when not given.
    public var versionEligibility: VersionEligibility?

    /// A value with these members; optional ones default to absent.
    public init(accountID: String? = nil, productID: String? = nil, productCode: String? = nil, nonce: String? = nil, licenseID: String, status: String, licenseType: LicenseType, entitlementVersion: Int64, issuedAt: Date, expiresAt: Date? = nil, deviceID: String, leaseToken: String, leaseExpiresAt: Date, features: [FeatureEntitlement], versionEligibility: VersionEligibility? = nil) {
        self.accountID = accountID
        self.productID = productID
        self.productCode = productCode
        self.nonce = nonce
        self.licenseID = licenseID
        self.status = status
        self.licenseType = licenseType
        self.entitlementVersion = entitlementVersion
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.deviceID = deviceID
        self.leaseToken = leaseToken
        self.leaseExpiresAt = leaseExpiresAt
        self.features = features
        self.versionEligibility = versionEligibility
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case accountID = "account_id"
        case productID = "product_id"
        case productCode = "product_code"
        case nonce
        case licenseID = "license_id"
        case status
        case licenseType = "license_type"
        case entitlementVersion = "entitlement_version"
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case deviceID = "device_id"
        case leaseToken = "lease_token"
        case leaseExpiresAt = "lease_expires_at"
        case features
        case versionEligibility = "version_eligibility"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.accountID = try container.decodeIfPresent(String.self, forKey: .accountID)
        self.productID = try container.decodeIfPresent(String.self, forKey: .productID)
        self.productCode = try container.decodeIfPresent(String.self, forKey: .productCode)
        self.nonce = try container.decodeIfPresent(String.self, forKey: .nonce)
        self.licenseID = try container.decode(String.self, forKey: .licenseID)
        self.status = try container.decode(String.self, forKey: .status)
        self.licenseType = try container.decode(LicenseType.self, forKey: .licenseType)
        self.entitlementVersion = try container.decode(Int64.self, forKey: .entitlementVersion)
        self.issuedAt = try container.decode(Date.self, forKey: .issuedAt)
        self.expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
        self.deviceID = try container.decode(String.self, forKey: .deviceID)
        self.leaseToken = try container.decode(String.self, forKey: .leaseToken)
        self.leaseExpiresAt = try container.decode(Date.self, forKey: .leaseExpiresAt)
        self.features = try container.decode([FeatureEntitlement].self, forKey: .features)
        self.versionEligibility = try container.decodeIfPresent(VersionEligibility.self, forKey: .versionEligibility)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.accountID, forKey: .accountID)
        try container.encodeIfPresent(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.licenseType, forKey: .licenseType)
        try container.encode(self.entitlementVersion, forKey: .entitlementVersion)
        try container.encode(self.issuedAt, forKey: .issuedAt)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encode(self.deviceID, forKey: .deviceID)
        try container.encode(self.leaseToken, forKey: .leaseToken)
        try container.encode(self.leaseExpiresAt, forKey: .leaseExpiresAt)
        try container.encode(self.features, forKey: .features)
        try container.encodeIfPresent(self.versionEligibility, forKey: .versionEligibility)
    }
}

extension FloatingCheckoutResponseData: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.accountID { writer.field("account_id", value) }
        writer.field("device_id", self.deviceID)
        writer.field("entitlement_version", self.entitlementVersion)
        if let value = self.expiresAt { writer.field("expires_at", value) }
        writer.field("features", self.features)
        writer.field("issued_at", self.issuedAt)
        writer.field("lease_expires_at", self.leaseExpiresAt)
        writer.field("lease_token", self.leaseToken)
        writer.field("license_id", self.licenseID)
        writer.field("license_type", self.licenseType)
        if let value = self.nonce { writer.field("nonce", value) }
        if let value = self.productCode { writer.field("product_code", value) }
        if let value = self.productID { writer.field("product_id", value) }
        writer.field("status", self.status)
        if let value = self.versionEligibility { writer.field("version_eligibility", value) }
        writer.endObject()
    }
}

/// Signed state of an existing floating lease.
///
/// - Remark: Generated from `#/components/schemas/FloatingLeaseResponseData`.
public struct FloatingLeaseResponseData: Codable, Hashable, Sendable {
    /// The vendor account the license belongs to. An application that knows its vendor's account refuses an answer naming another.
    public var accountID: String?
    /// The product the license is for.
    public var productID: String?
    /// Code of the product the license is for. An application refuses an answer whose `product_code` is not its own: a license of another product, however validly signed, does not unlock it.
    public var productCode: String?
    /// The request's `nonce`, when it sent one.
    public var nonce: String?
    /// License the response is about.
    public var licenseID: String
    /// License status at issue time; one of the `LicenseStatus` values.
    public var status: String
    /// The `license_type` member.
    public var licenseType: LicenseType
    /// The license's entitlement counter at issue time.
    public var entitlementVersion: Int64
    /// When the server produced this payload.
    public var issuedAt: Date
    /// License expiry; absent when it does not expire.
    public var expiresAt: Date?
    /// Device holding the lease.
    public var deviceID: String
    /// New lapse time after a heartbeat, or the check-in time after a check-in.
    public var leaseExpiresAt: Date
    /// Entitlements of every feature assigned to the license.
    public var features: [FeatureEntitlement]?
    /// The `version_eligibility` member, absent when not given.
    public var versionEligibility: VersionEligibility?

    /// A value with these members; optional ones default to absent.
    public init(accountID: String? = nil, productID: String? = nil, productCode: String? = nil, nonce: String? = nil, licenseID: String, status: String, licenseType: LicenseType, entitlementVersion: Int64, issuedAt: Date, expiresAt: Date? = nil, deviceID: String, leaseExpiresAt: Date, features: [FeatureEntitlement]? = nil, versionEligibility: VersionEligibility? = nil) {
        self.accountID = accountID
        self.productID = productID
        self.productCode = productCode
        self.nonce = nonce
        self.licenseID = licenseID
        self.status = status
        self.licenseType = licenseType
        self.entitlementVersion = entitlementVersion
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.deviceID = deviceID
        self.leaseExpiresAt = leaseExpiresAt
        self.features = features
        self.versionEligibility = versionEligibility
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case accountID = "account_id"
        case productID = "product_id"
        case productCode = "product_code"
        case nonce
        case licenseID = "license_id"
        case status
        case licenseType = "license_type"
        case entitlementVersion = "entitlement_version"
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case deviceID = "device_id"
        case leaseExpiresAt = "lease_expires_at"
        case features
        case versionEligibility = "version_eligibility"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.accountID = try container.decodeIfPresent(String.self, forKey: .accountID)
        self.productID = try container.decodeIfPresent(String.self, forKey: .productID)
        self.productCode = try container.decodeIfPresent(String.self, forKey: .productCode)
        self.nonce = try container.decodeIfPresent(String.self, forKey: .nonce)
        self.licenseID = try container.decode(String.self, forKey: .licenseID)
        self.status = try container.decode(String.self, forKey: .status)
        self.licenseType = try container.decode(LicenseType.self, forKey: .licenseType)
        self.entitlementVersion = try container.decode(Int64.self, forKey: .entitlementVersion)
        self.issuedAt = try container.decode(Date.self, forKey: .issuedAt)
        self.expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
        self.deviceID = try container.decode(String.self, forKey: .deviceID)
        self.leaseExpiresAt = try container.decode(Date.self, forKey: .leaseExpiresAt)
        self.features = try container.decodeIfPresent([FeatureEntitlement].self, forKey: .features)
        self.versionEligibility = try container.decodeIfPresent(VersionEligibility.self, forKey: .versionEligibility)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.accountID, forKey: .accountID)
        try container.encodeIfPresent(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.licenseType, forKey: .licenseType)
        try container.encode(self.entitlementVersion, forKey: .entitlementVersion)
        try container.encode(self.issuedAt, forKey: .issuedAt)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encode(self.deviceID, forKey: .deviceID)
        try container.encode(self.leaseExpiresAt, forKey: .leaseExpiresAt)
        try container.encodeIfPresent(self.features, forKey: .features)
        try container.encodeIfPresent(self.versionEligibility, forKey: .versionEligibility)
    }
}

extension FloatingLeaseResponseData: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.accountID { writer.field("account_id", value) }
        writer.field("device_id", self.deviceID)
        writer.field("entitlement_version", self.entitlementVersion)
        if let value = self.expiresAt { writer.field("expires_at", value) }
        if let value = self.features { writer.field("features", value) }
        writer.field("issued_at", self.issuedAt)
        writer.field("lease_expires_at", self.leaseExpiresAt)
        writer.field("license_id", self.licenseID)
        writer.field("license_type", self.licenseType)
        if let value = self.nonce { writer.field("nonce", value) }
        if let value = self.productCode { writer.field("product_code", value) }
        if let value = self.productID { writer.field("product_id", value) }
        writer.field("status", self.status)
        if let value = self.versionEligibility { writer.field("version_eligibility", value) }
        writer.endObject()
    }
}

/// An offline license sealed for one license key. To open it, with only the license key and the public
/// keys:
///
/// 1. Derive the key: HKDF-SHA256 (RFC 5869) with input keying material the UTF-8 bytes of the license key
///    (`lsk_…`, as given to the customer), salt the bytes of `salt` (16 bytes), info the ASCII bytes
///    `locksmith offline license v1`, and output length 32 bytes.
/// 2. Decrypt with AES-256-GCM: key from step 1, nonce the 12 bytes of `nonce`, additional authenticated
///    data the ASCII bytes of `kid`, and `ciphertext`, whose last 16 bytes are the authentication tag.
///    A wrong license key or any change to the envelope fails authentication.
/// 3. The plaintext is the compact JSON `{"data":…,"signature":…}`: `data` is an `OfflineLicenseData` and
///    `signature` a `Signature` over the exact bytes of `data` as they appear in the plaintext, made with
///    the key `kid` (also `signature.kid`). Verify it as any runtime answer.
/// 4. Honour `data` only between `offline_valid_from` and `offline_valid_until`, by the device's clock.
///
/// - Remark: Generated from `#/components/schemas/OfflineEnvelope`.
public struct OfflineEnvelope: Codable, Hashable, Sendable {
    /// Identifier of the key that signed the inner payload; also the AES-GCM associated data.
    public var kid: String
    /// Standard base64 of the 16-byte HKDF salt, random for each envelope.
    public var salt: String
    /// Standard base64 of the 12-byte AES-GCM nonce, random for each envelope.
    public var nonce: String
    /// Standard base64 of the ciphertext followed by the 16-byte authentication tag.
    public var ciphertext: String

    /// A value with these members; optional ones default to absent.
    public init(kid: String, salt: String, nonce: String, ciphertext: String) {
        self.kid = kid
        self.salt = salt
        self.nonce = nonce
        self.ciphertext = ciphertext
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case kid
        case salt
        case nonce
        case ciphertext
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.kid = try container.decode(String.self, forKey: .kid)
        self.salt = try container.decode(String.self, forKey: .salt)
        self.nonce = try container.decode(String.self, forKey: .nonce)
        self.ciphertext = try container.decode(String.self, forKey: .ciphertext)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.kid, forKey: .kid)
        try container.encode(self.salt, forKey: .salt)
        try container.encode(self.nonce, forKey: .nonce)
        try container.encode(self.ciphertext, forKey: .ciphertext)
    }
}

extension OfflineEnvelope: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("ciphertext", self.ciphertext)
        writer.field("kid", self.kid)
        writer.field("nonce", self.nonce)
        writer.field("salt", self.salt)
        writer.endObject()
    }
}

/// The machine to activate and bind a machine file to: the binding fields of `RuntimeBindingRequest` (the same definitions; `fingerprint` required), and the file's time-to-live.
///
/// - Remark: Generated from `#/components/schemas/MachineFileRequest`.
public struct MachineFileRequest: Codable, Hashable, Sendable {
    /// Stable hardware fingerprint of the machine.
    public var fingerprint: String
    /// Host name, for display.
    public var hostname: String?
    /// Operating system, for display.
    public var os: String?
    /// Whether the application runs in a virtual machine.
    public var isVM: Bool?
    /// Version of the running application, checked against the product's version catalog, and required once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored when the catalog has no entry with it, and is left out of signed data.
    public var appVersion: String?
    /// A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.
    public var nonce: String?
    /// Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.
    public var productCode: String?
    /// Days the file is valid from its issue; it never outlasts the license itself.
    ///
    /// Default: `30`.
    public var ttlDays: Int?

    /// A value with these members; optional ones default to absent.
    public init(fingerprint: String, hostname: String? = nil, os: String? = nil, isVM: Bool? = nil, appVersion: String? = nil, nonce: String? = nil, productCode: String? = nil, ttlDays: Int? = nil) {
        self.fingerprint = fingerprint
        self.hostname = hostname
        self.os = os
        self.isVM = isVM
        self.appVersion = appVersion
        self.nonce = nonce
        self.productCode = productCode
        self.ttlDays = ttlDays
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case fingerprint
        case hostname
        case os
        case isVM = "is_vm"
        case appVersion = "app_version"
        case nonce
        case productCode = "product_code"
        case ttlDays = "ttl_days"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.fingerprint = try container.decode(String.self, forKey: .fingerprint)
        self.hostname = try container.decodeIfPresentRejectingNull(String.self, forKey: .hostname)
        self.os = try container.decodeIfPresentRejectingNull(String.self, forKey: .os)
        self.isVM = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isVM)
        self.appVersion = try container.decodeIfPresentRejectingNull(String.self, forKey: .appVersion)
        self.nonce = try container.decodeIfPresentRejectingNull(String.self, forKey: .nonce)
        self.productCode = try container.decodeIfPresentRejectingNull(String.self, forKey: .productCode)
        self.ttlDays = try container.decodeIfPresentRejectingNull(Int.self, forKey: .ttlDays)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.fingerprint, forKey: .fingerprint)
        try container.encodeIfPresent(self.hostname, forKey: .hostname)
        try container.encodeIfPresent(self.os, forKey: .os)
        try container.encodeIfPresent(self.isVM, forKey: .isVM)
        try container.encodeIfPresent(self.appVersion, forKey: .appVersion)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
        try container.encodeIfPresent(self.ttlDays, forKey: .ttlDays)
    }
}

extension MachineFileRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.appVersion { writer.field("app_version", value) }
        writer.field("fingerprint", self.fingerprint)
        if let value = self.hostname { writer.field("hostname", value) }
        if let value = self.isVM { writer.field("is_vm", value) }
        if let value = self.nonce { writer.field("nonce", value) }
        if let value = self.os { writer.field("os", value) }
        if let value = self.productCode { writer.field("product_code", value) }
        if let value = self.ttlDays { writer.field("ttl_days", value) }
        writer.endObject()
    }
}

extension MachineFileRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(fingerprint, minLength: 1, maxLength: 512, pattern: "^[ -~]*$", field: path + "fingerprint")
        try Validation.check(hostname, maxLength: 255, pattern: "^[ -~]*$", field: path + "hostname")
        try Validation.check(os, maxLength: 255, pattern: "^[ -~]*$", field: path + "os")
        try Validation.check(appVersion, pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", field: path + "app_version")
        try Validation.check(nonce, minLength: 1, maxLength: 64, pattern: "^[ -%(-*,-;=?-_a-~]{1,64}$", field: path + "nonce")
        try Validation.check(productCode, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "product_code")
        try Validation.check(ttlDays, minimum: 1, maximum: 3650, field: path + "ttl_days")
    }
}

/// What the token asserts and for how long. With `fingerprint`, the token is for that activated device (the same definitions as `RuntimeBindingRequest`).
///
/// - Remark: Generated from `#/components/schemas/LicenseTokenRequest`.
public struct LicenseTokenRequest: Codable, Hashable, Sendable {
    /// Stable hardware fingerprint of the machine.
    public var fingerprint: String?
    /// Version of the running application, checked against the product's version catalog, and required once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored when the catalog has no entry with it, and is left out of signed data.
    public var appVersion: String?
    /// A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.
    public var nonce: String?
    /// Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.
    public var productCode: String?
    /// Seconds the token is valid from its issue; it never outlasts the license itself.
    ///
    /// Default: `3600`.
    public var ttlSeconds: Int?
    /// The `alg` member, absent when not given.
    public var alg: LicenseTokenAlgorithm?

    /// A value with these members; optional ones default to absent.
    public init(fingerprint: String? = nil, appVersion: String? = nil, nonce: String? = nil, productCode: String? = nil, ttlSeconds: Int? = nil, alg: LicenseTokenAlgorithm? = nil) {
        self.fingerprint = fingerprint
        self.appVersion = appVersion
        self.nonce = nonce
        self.productCode = productCode
        self.ttlSeconds = ttlSeconds
        self.alg = alg
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case fingerprint
        case appVersion = "app_version"
        case nonce
        case productCode = "product_code"
        case ttlSeconds = "ttl_seconds"
        case alg
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.fingerprint = try container.decodeIfPresentRejectingNull(String.self, forKey: .fingerprint)
        self.appVersion = try container.decodeIfPresentRejectingNull(String.self, forKey: .appVersion)
        self.nonce = try container.decodeIfPresentRejectingNull(String.self, forKey: .nonce)
        self.productCode = try container.decodeIfPresentRejectingNull(String.self, forKey: .productCode)
        self.ttlSeconds = try container.decodeIfPresentRejectingNull(Int.self, forKey: .ttlSeconds)
        self.alg = try container.decodeIfPresentRejectingNull(LicenseTokenAlgorithm.self, forKey: .alg)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.fingerprint, forKey: .fingerprint)
        try container.encodeIfPresent(self.appVersion, forKey: .appVersion)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
        try container.encodeIfPresent(self.ttlSeconds, forKey: .ttlSeconds)
        try container.encodeIfPresent(self.alg, forKey: .alg)
    }
}

extension LicenseTokenRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.alg { writer.field("alg", value) }
        if let value = self.appVersion { writer.field("app_version", value) }
        if let value = self.fingerprint { writer.field("fingerprint", value) }
        if let value = self.nonce { writer.field("nonce", value) }
        if let value = self.productCode { writer.field("product_code", value) }
        if let value = self.ttlSeconds { writer.field("ttl_seconds", value) }
        writer.endObject()
    }
}

extension LicenseTokenRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(fingerprint, minLength: 1, maxLength: 512, pattern: "^[ -~]*$", field: path + "fingerprint")
        try Validation.check(appVersion, pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", field: path + "app_version")
        try Validation.check(nonce, minLength: 1, maxLength: 64, pattern: "^[ -%(-*,-;=?-_a-~]{1,64}$", field: path + "nonce")
        try Validation.check(productCode, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "product_code")
        try Validation.check(ttlSeconds, minimum: 60, maximum: 86400, field: path + "ttl_seconds")
        try Validation.checkKnown(alg, field: path + "alg")
    }
}

/// `Bearer`: send it as `Authorization: Bearer <token>` to the vendor's services.
///
/// - Remark: Generated from `#/components/schemas/LicenseToken/properties/token_type`.
public enum LicenseTokenTokenType: OpenEnum {
    /// `Bearer`.
    case bearer
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [LicenseTokenTokenType] = [.bearer]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "Bearer": self = .bearer
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .bearer: "Bearer"
        case .unrecognized(let value): value
        }
    }
}

/// A license token and how to verify it.
///
/// - Remark: Generated from `#/components/schemas/LicenseToken`.
public struct LicenseToken: Codable, Hashable, Sendable {
    /// The JWT (`issueLicenseToken` describes its header and claims).
    public var token: String
    /// `Bearer`: send it as `Authorization: Bearer <token>` to the vendor's services.
    public var tokenType: LicenseTokenTokenType
    /// The `alg` member.
    public var alg: LicenseTokenAlgorithm
    /// The token key that signed it, as the JWK Set names it.
    public var kid: String
    /// The token's `iat`.
    public var issuedAt: Date
    /// The token's `exp`.
    public var expiresAt: Date
    /// Where the keys that verify it are published (`getWellKnownJWKS`, for the account).
    public var jwksURI: String
    /// The request's `nonce`, echoed; absent when none was sent.
    public var nonce: String?

    /// A value with these members; optional ones default to absent.
    public init(token: String, tokenType: LicenseTokenTokenType, alg: LicenseTokenAlgorithm, kid: String, issuedAt: Date, expiresAt: Date, jwksURI: String, nonce: String? = nil) {
        self.token = token
        self.tokenType = tokenType
        self.alg = alg
        self.kid = kid
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.jwksURI = jwksURI
        self.nonce = nonce
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case token
        case tokenType = "token_type"
        case alg
        case kid
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case jwksURI = "jwks_uri"
        case nonce
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.token = try container.decode(String.self, forKey: .token)
        self.tokenType = try container.decode(LicenseTokenTokenType.self, forKey: .tokenType)
        self.alg = try container.decode(LicenseTokenAlgorithm.self, forKey: .alg)
        self.kid = try container.decode(String.self, forKey: .kid)
        self.issuedAt = try container.decode(Date.self, forKey: .issuedAt)
        self.expiresAt = try container.decode(Date.self, forKey: .expiresAt)
        self.jwksURI = try container.decode(String.self, forKey: .jwksURI)
        self.nonce = try container.decodeIfPresent(String.self, forKey: .nonce)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.token, forKey: .token)
        try container.encode(self.tokenType, forKey: .tokenType)
        try container.encode(self.alg, forKey: .alg)
        try container.encode(self.kid, forKey: .kid)
        try container.encode(self.issuedAt, forKey: .issuedAt)
        try container.encode(self.expiresAt, forKey: .expiresAt)
        try container.encode(self.jwksURI, forKey: .jwksURI)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
    }
}

extension LicenseToken: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("alg", self.alg)
        writer.field("expires_at", self.expiresAt)
        writer.field("issued_at", self.issuedAt)
        writer.field("jwks_uri", self.jwksURI)
        writer.field("kid", self.kid)
        if let value = self.nonce { writer.field("nonce", value) }
        writer.field("token", self.token)
        writer.field("token_type", self.tokenType)
        writer.endObject()
    }
}
