import Foundation
public import LocksmithAPI
import LocksmithStorage

/// The runtime API licensed applications call, one file per kind of call (`RuntimeHandlers+Entitlement.swift`,
/// `+Activation`, `+Consumption`, `+Offline`, `+Floating`). Every call is decided by its operation's list of rules
/// (`RuntimeRules`), in the order the Runtime tag of `openapi.yaml` documents, and every decision, allowed or refused,
/// leaves one activity-ledger row: changes write theirs in their own transaction (`Journal.recordDecision`);
/// validations, checks, heartbeats and refusals through the `ActivityBatcher`.
///
/// The server signs the `data` these handlers return with the key of the license's account; offline licenses are
/// signed here (`HandlerContext.sign`, the same key), because their payload travels sealed inside the answer.
public struct RuntimeHandlers: RuntimeAPI {
    let services: Services
    let activity: ActivityBatcher

    public init(services: Services, activity: ActivityBatcher) {
        self.services = services
        self.activity = activity
    }

    /// Loads the license's state in the call's transaction (locking its row for a change) and decides `rules` on it.
    static func decide(
        _ rules: [RuntimeRule], binding: DeviceBinding?, productCode: String?, appVersion: String?, locking: Bool, now: Date,
        limitsEnabled: Bool = true, trace: RuntimeTrace, on connection: TenantConnection
    ) throws -> RuntimeCall {
        let state = try RuntimeState.load(
            license: trace.licenseID, bindingKey: binding?.key, appVersion: appVersion, locking: locking, on: connection)
        trace.loaded(state)
        var call = RuntimeCall(
            state: state, binding: binding, productCode: productCode, appVersion: appVersion, now: now, limitsEnabled: limitsEnabled)
        try RuntimeRule.decide(rules, &call, on: connection)
        if let device = call.device { trace.device(device.id) }
        return call
    }

    /// Runs a change in one write transaction (completing the request's idempotency claim there too), with its
    /// ledger row in the same transaction; a refusal's row goes through the batcher, since its transaction rolled back.
    func change<Value: Encodable & Sendable>(
        _ action: String, _ appVersion: String?, _ context: HandlerContext,
        _ body: @escaping @Sendable (TenantConnection, Date, RuntimeTrace) throws -> Value
    ) async throws -> Value {
        let trace = RuntimeTrace(action: action, licenseID: try Self.licenseID(context), appVersion: appVersion)
        let now = services.now()
        do {
            return try await services.write(context) { connection in
                let value = try body(connection, now, trace)
                try Journal.recordDecision(trace.activity(at: now, requestID: context.requestID), on: connection)
                return value
            }
        } catch {
            try await activity.record(trace.activity(at: now, requestID: context.requestID, error: error), refusing: error, account: context.accountID)
            throw error
        }
    }

    /// Records a device change (`JournalEvent.deviceActivated`, `.deviceDeactivated`) with the device as it now is.
    static func record(
        _ event: (Device) -> JournalEvent, _ deviceID: String, _ licenseID: String, _ context: HandlerContext, _ now: Date,
        _ connection: TenantConnection
    ) throws {
        guard let device = try DeviceStore.find(id: deviceID, licenseID: licenseID, on: connection) else { return }
        try AuditedChange(context, at: now).record(event(device), on: connection)
    }

    static func licenseID(_ context: HandlerContext) throws -> String {
        guard case .license(let licenseID) = context.principal else {
            throw APIError(.unauthorized, "this route takes `Authorization: License <key>`")
        }
        return licenseID
    }
}
