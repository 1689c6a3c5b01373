// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// List a license's devices
    ///
    /// Returns every device bound to the license, in any status, most recently seen first.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/devices`, scopes: license:read.
    public enum ListLicenseDevices {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listLicenseDevices

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
            public var cursor: String?

            /// An input with these values; optional ones default to absent.
            public init(id: String, limit: Int? = nil, cursor: String? = nil) {
                self.id = id
                self.limit = limit
                self.cursor = cursor
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// A page of devices.
            case ok(data: [Device], pageInfo: PageInfo)
        }
    }

    /// Get a device
    ///
    /// Returns one device of the license.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/devices/{device_id}`, scopes: license:read.
    public enum GetLicenseDevice {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getLicenseDevice

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the device.
            public var deviceID: String

            /// An input with these values; optional ones default to absent.
            public init(id: String, deviceID: String) {
                self.id = id
                self.deviceID = deviceID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The device.
            case ok(Device)
        }
    }

    /// Blacklist a device
    ///
    /// Releases the device's slot and blocks its binding from this license until the blacklisting is lifted (`unblacklistLicenseDevice`): later runtime calls from it fail with DEVICE_BLACKLISTED. Blacklisting twice fails with 409.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/devices/{device_id}/blacklist`, scopes: device:write.
    public enum BlacklistLicenseDevice {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .blacklistLicenseDevice

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the device.
            public var deviceID: String

            /// An input with these values; optional ones default to absent.
            public init(id: String, deviceID: String) {
                self.id = id
                self.deviceID = deviceID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The blacklisted device.
            case ok(Device)
        }
    }

    /// Lift a device's blacklisting
    ///
    /// Lifts the blacklisting of a device: it becomes `deactivated`, holding no seat, and the machine may activate or check out again under the usual limits. Recorded in the audit chain as `device.unblacklisted` and in the activity ledger as `license.device.unblacklist`. A device that is not blacklisted fails with 409 (`detail: status`).
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/devices/{device_id}/unblacklist`, scopes: device:write.
    public enum UnblacklistLicenseDevice {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .unblacklistLicenseDevice

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the device.
            public var deviceID: String

            /// An input with these values; optional ones default to absent.
            public init(id: String, deviceID: String) {
                self.id = id
                self.deviceID = deviceID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The device, deactivated.
            case ok(Device)
        }
    }

    /// Reset a device
    ///
    /// Releases the device's activation slot and any floating lease it holds; the machine can activate again later. A blacklisted device cannot be reset (409).
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/devices/{device_id}/reset`, scopes: device:write.
    public enum ResetLicenseDevice {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .resetLicenseDevice

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the device.
            public var deviceID: String

            /// An input with these values; optional ones default to absent.
            public init(id: String, deviceID: String) {
                self.id = id
                self.deviceID = deviceID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The reset device.
            case ok(Device)
        }
    }
}

extension Operations.ListLicenseDevices.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListLicenseDevices.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.GetLicenseDevice.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.deviceID = try request.pathParameter("device_id")
    }
}

extension Operations.GetLicenseDevice.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.BlacklistLicenseDevice.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.deviceID = try request.pathParameter("device_id")
    }
}

extension Operations.BlacklistLicenseDevice.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.UnblacklistLicenseDevice.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.deviceID = try request.pathParameter("device_id")
    }
}

extension Operations.UnblacklistLicenseDevice.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ResetLicenseDevice.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.deviceID = try request.pathParameter("device_id")
    }
}

extension Operations.ResetLicenseDevice.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

// MARK: - Handlers

/// Devices bound to licenses.
///
/// Implemented by the server's handlers for the Devices operations.
public protocol DevicesAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// List a license's devices
    func listLicenseDevices(_ input: Operations.ListLicenseDevices.Input, context: Context) async throws -> Operations.ListLicenseDevices.Output

    /// Get a device
    func getLicenseDevice(_ input: Operations.GetLicenseDevice.Input, context: Context) async throws -> Operations.GetLicenseDevice.Output

    /// Blacklist a device
    func blacklistLicenseDevice(_ input: Operations.BlacklistLicenseDevice.Input, context: Context) async throws -> Operations.BlacklistLicenseDevice.Output

    /// Lift a device's blacklisting
    func unblacklistLicenseDevice(_ input: Operations.UnblacklistLicenseDevice.Input, context: Context) async throws -> Operations.UnblacklistLicenseDevice.Output

    /// Reset a device
    func resetLicenseDevice(_ input: Operations.ResetLicenseDevice.Input, context: Context) async throws -> Operations.ResetLicenseDevice.Output
}

// MARK: - Client

extension ManagementClient {
    /// List a license's devices
    ///
    /// Returns every device bound to the license, in any status, most recently seen first.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/devices`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listLicenseDevices(id: String, limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<Device, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listLicenseDevices, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/devices", query: query)
        switch response.status {
        case 200: return try core.list(Device.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listLicenseDevices`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List a license's devices
    ///
    /// Returns every device bound to the license, in any status, most recently seen first.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/devices`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listLicenseDevices`` throws.
    public func licenseDevices(id: String, limit: Int? = nil) -> Pages<Device, String> {
        Pages { cursor in
            let page = try await self.listLicenseDevices(id: id, limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Get a device
    ///
    /// Returns one device of the license.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/devices/{device_id}`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - deviceID: Identifier of the device.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getLicenseDevice(id: String, deviceID: String) async throws -> Response<Device> {
        let response = try await core.send(.getLicenseDevice, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/devices/\(OperationTable.escapePathSegment(deviceID))")
        switch response.status {
        case 200: return try core.envelope(Device.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Blacklist a device
    ///
    /// Releases the device's slot and blocks its binding from this license until the blacklisting is lifted (`unblacklistLicenseDevice`): later runtime calls from it fail with DEVICE_BLACKLISTED. Blacklisting twice fails with 409.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/devices/{device_id}/blacklist`, scopes: device:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - deviceID: Identifier of the device.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func blacklistLicenseDevice(id: String, deviceID: String) async throws -> Response<Device> {
        let response = try await core.send(.blacklistLicenseDevice, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/devices/\(OperationTable.escapePathSegment(deviceID))/blacklist")
        switch response.status {
        case 200: return try core.envelope(Device.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Lift a device's blacklisting
    ///
    /// Lifts the blacklisting of a device: it becomes `deactivated`, holding no seat, and the machine may activate or check out again under the usual limits. Recorded in the audit chain as `device.unblacklisted` and in the activity ledger as `license.device.unblacklist`. A device that is not blacklisted fails with 409 (`detail: status`).
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/devices/{device_id}/unblacklist`, scopes: device:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - deviceID: Identifier of the device.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func unblacklistLicenseDevice(id: String, deviceID: String) async throws -> Response<Device> {
        let response = try await core.send(.unblacklistLicenseDevice, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/devices/\(OperationTable.escapePathSegment(deviceID))/unblacklist")
        switch response.status {
        case 200: return try core.envelope(Device.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Reset a device
    ///
    /// Releases the device's activation slot and any floating lease it holds; the machine can activate again later. A blacklisted device cannot be reset (409).
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/devices/{device_id}/reset`, scopes: device:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - deviceID: Identifier of the device.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func resetLicenseDevice(id: String, deviceID: String) async throws -> Response<Device> {
        let response = try await core.send(.resetLicenseDevice, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/devices/\(OperationTable.escapePathSegment(deviceID))/reset")
        switch response.status {
        case 200: return try core.envelope(Device.self, from: response)
        default: throw core.error(from: response)
        }
    }
}
