import Foundation
import LocksmithAPI
import LocksmithStorage

/// What a runtime call learnt before it was decided, for its activity-ledger row: the row of a refusal names the
/// license's attribution and the device as far as the call got.
final class RuntimeTrace: Sendable {
    private struct Facts {
        var state: RuntimeState?
        var deviceID: String?
        var featureCode: String?
        var amount: Int64 = 0
        var metadata: [String: JSONValue] = [:]
    }

    let action: String
    let licenseID: String
    let appVersion: String?
    let started = ContinuousClock.now
    private let facts = Locked(Facts())

    init(action: String, licenseID: String, appVersion: String?) {
        self.action = action
        self.licenseID = licenseID
        self.appVersion = appVersion
    }

    func loaded(_ state: RuntimeState) { facts.withLock { $0.state = state } }
    func device(_ id: String) { facts.withLock { $0.deviceID = id } }
    func feature(_ code: String, amount: Int64) { facts.withLock { $0.featureCode = code; $0.amount = amount } }
    func note(_ key: String, _ value: JSONValue) { facts.withLock { $0.metadata[key] = value } }

    /// The ledger row of this call: a success answered with 200, or the refusal `error` stands for.
    func activity(at date: Date, requestID: String, error: (any Error)? = nil) -> Activity {
        let refusal = error.map { $0 as? APIError ?? APIError(.internal, "an internal error occurred") }
        let milliseconds = Int((ContinuousClock.now - started) / .milliseconds(1))
        return facts.withLock { facts in
            let license = facts.state?.license
            return Activity(
                id: ResourceID.make("act", at: date), occurredAt: date, action: action, source: .runtime,
                productID: license?.productID, customerID: license?.customerID, licenseID: licenseID, orderID: license?.orderID,
                subscriptionID: license?.subscriptionID, featureCode: facts.featureCode, amount: facts.amount,
                statusCode: refusal?.status ?? 200,
                resultClass: refusal.map { $0.status >= 500 ? .error : .denied } ?? .success, reasonCode: refusal?.code.rawValue,
                deviceID: facts.deviceID, appVersion: appVersion.map(DeviceBinding.signable), requestID: requestID,
                durationMs: milliseconds, metadata: facts.metadata)
        }
    }
}
