import Foundation
public import LocksmithAPI
import LocksmithStorage

/// Metered consumption from the calling, activated device: decided like a validation (`RuntimeRules.entitlement`), then
/// step 8, the feature and its quota; idempotent by `event_id`.
extension RuntimeHandlers {
    public func consumeLicense(_ input: Operations.ConsumeLicense.Input, context: HandlerContext) async throws -> Operations.ConsumeLicense.Output {
        let body = input.body
        let amount = body.amount ?? 1
        let request = RuntimeBindingRequest(body)
        return .ok(try await change("license.consume", body.appVersion, context) { connection, now, trace in
            trace.feature(body.featureCode, amount: amount)
            var call = try Self.decide(
                RuntimeRules.entitlement, binding: try DeviceBinding(request), productCode: body.productCode, appVersion: body.appVersion,
                locking: true, now: now, trace: trace, on: connection)
            let device = call.device!
            if let recorded = try ConsumptionStore.find(licenseID: call.state.license.id, eventID: body.eventID, on: connection) {
                guard recorded.featureCode == body.featureCode, recorded.amount == amount else {
                    throw APIError(
                        .conflict, "event_id '\(body.eventID)' already recorded a consumption of \(recorded.amount) of '\(recorded.featureCode)'",
                        detail: "event_id")
                }
                // The first answer again; the repeat consumes nothing, so its row carries no amount.
                trace.feature(body.featureCode, amount: 0)
                trace.note("replayed_event_id", .string(body.eventID))
                return recorded.data
            }
            let (assignment, consumed, licenseTotal) = try RuntimeRules.canConsume(body.featureCode, amount: amount, in: call.state, at: now)
            try LicenseFeatureStore.consume(licenseID: call.state.license.id, featureID: assignment.featureID, amount: amount, at: now, on: connection)
            try LicenseStore.consume(id: call.state.license.id, amount: amount, on: connection)
            if let index = call.state.assignments.firstIndex(where: { $0.featureID == assignment.featureID }) {
                call.state.assignments[index].consumed = consumed
            }
            call.state.license.totalConsumptions = licenseTotal
            // The consumption that uses up the quota announces it, once: later ones are refused before they get here.
            if let quota = assignment.quota, assignment.consumed < quota, consumed >= quota,
               let feature = try LicenseFeatureStore.find(licenseID: call.state.license.id, featureID: assignment.featureID, on: connection) {
                try AuditedChange(context, at: now).record(.quotaReached(feature), on: connection)
            }
            let data = Entitlements.entitlement(call.state, deviceID: device.id, version: call.version, nonce: body.nonce, at: now)
            try ConsumptionStore.insert(
                licenseID: call.state.license.id, eventID: body.eventID, featureCode: body.featureCode, amount: amount, data: data, at: now,
                on: connection)
            return data
        })
    }
}
