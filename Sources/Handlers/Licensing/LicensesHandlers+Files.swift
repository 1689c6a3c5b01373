import Foundation
public import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// License files (`LicenseFiles`): issued for a license, signed with its account's runtime key, and verified as an
/// application would, plus the live check only the server can make.
extension LicensesHandlers {
    /// The time-to-live of a license file when the request names none, in days (the schema bounds what it may name).
    static let licenseFileDefaultDays = 30

    public func issueLicenseFile(
        _ input: Operations.IssueLicenseFile.Input, context: HandlerContext
    ) async throws -> Operations.IssueLicenseFile.Output {
        let ttlDays = input.body?.ttlDays ?? Self.licenseFileDefaultDays
        let licenseKey = input.body?.licenseKey
        let fingerprint = input.body?.fingerprint
        let limitsEnabled = services.limits.enabled
        let keyHash = try licenseKey.map { key in
            guard let hash = LicenseKeyStore.hash(of: key, masterKey: services.masterKey) else {
                throw APIError.validationFailed("field 'license_key' is not a license key this server issues", detail: "license_key")
            }
            return hash
        }
        let change = services.change(by: context)
        let masterKey = services.masterKey
        let (file, keyPrefix) = try await services.write(context) { connection in
            let license = try LicenseStore.require(id: input.id, on: connection)
            let status = license.status(at: change.date)
            guard status == .active || status == .gracePeriod else {
                throw LicenseRules.refused("issue a file for", status: status, allowed: "an active license or one in its grace period gets a file")
            }
            if let keyHash, try LicenseKeyStore.licenseID(keyHash: keyHash, on: connection) != license.id {
                throw APIError.validationFailed("field 'license_key' is not this license's key", detail: "license_key")
            }
            // A machine file's machine is activated first if it is not active: an air-gapped activation, decided and
            // recorded as the application's own would be.
            var state: RuntimeState
            var machine: (id: String, fingerprint: String)?
            if let fingerprint {
                let trace = RuntimeTrace(action: "license.activate", licenseID: license.id, appVersion: nil)
                let (call, deviceID) = try RuntimeHandlers.activate(
                    RuntimeBindingRequest(fingerprint: fingerprint), limitsEnabled: limitsEnabled, context: context, now: change.date,
                    trace: trace, on: connection)
                try Journal.recordDecision(trace.activity(at: change.date, requestID: context.requestID), on: connection)
                state = call.state
                machine = (deviceID, fingerprint)
            } else {
                state = try RuntimeState.load(license: license.id, bindingKey: nil, appVersion: nil, locking: false, on: connection)
            }
            let file = try Self.writeFile(
                state: state, machine: machine, licenseKey: licenseKey, ttlDays: ttlDays, masterKey: masterKey, change: change,
                account: context.accountID, on: connection)
            return (file, license.keyPrefix)
        }
        // The `.lic` file itself, for a client that asks for it (`curl -OJ` saves it under the suggested name).
        if AcceptHeader.preferred([Self.certificateMediaType, "application/json"], in: context.accept) == Self.certificateMediaType {
            return .createdBinary(BinaryBody(
                data: Data(file.certificate.utf8), contentType: Self.certificateMediaType,
                headers: ["Content-Disposition": "attachment; filename=\"\(keyPrefix).lic\""]))
        }
        return .created(file)
    }

    /// The media type of a `.lic` file's text: an armored block, as PEM is.
    static let certificateMediaType = "application/x-pem-file"

    /// Signs (and, with `licenseKey`, encrypts) a file of the license in `state`, bound to `machine` when there is one,
    /// and records it as `license.file_issued` with a `license.file.issue` ledger row, in the caller's transaction.
    static func writeFile(
        state: RuntimeState, machine: (id: String, fingerprint: String)?, licenseKey: String?, ttlDays: Int, masterKey: MasterKey,
        change: AuditedChange, account: String, on connection: TenantConnection
    ) throws -> LicenseFile {
        let license = state.license
        let policy = try PolicyStore.find(id: license.policyID, on: connection)!
        guard let (record, key) = try SigningKeyStore.active(account: account, masterKey: masterKey, on: connection.raw) else {
            throw APIError(.serviceUnavailable, "the account has no signing key yet; start the server once to make one")
        }
        let (payload, expiry) = LicenseFiles.payload(
            state, maxTransfers: license.limits.transfers(under: policy), machine: machine, kid: record.kid, issued: change.date,
            ttl: ttlDays * 86_400)
        let variant: LicenseFiles.Variant = machine == nil ? .license : .machine
        let (certificate, alg) = try LicenseFiles.certificate(
            payload, variant, licenseKey: licenseKey, fingerprint: machine?.fingerprint) { key.sign($0) }
        let audit: [String: JSONValue] = [
            "kid": .string(record.kid), "alg": .string(alg.rawValue), "ttl_days": .integer(Int64(ttlDays)),
            "expiry": .string(RFC3339.string(from: expiry)), "encrypted": .bool(licenseKey != nil), "kind": .string(variant.kind.rawValue),
            "device_id": machine.map { .string($0.id) } ?? .null,
        ]
        try change.record(
            .audited(
                .licenseFileIssued, "license", id: license.id, audit,
                activity: .license(license, action: "license.file.issue", details: .init(statusCode: 201, metadata: audit))),
            on: connection)
        return LicenseFile(certificate: certificate, kind: variant.kind, alg: alg, issuedAt: change.date, expiresAt: expiry, kid: record.kid)
    }

    public func verifyLicenseFile(
        _ input: Operations.VerifyLicenseFile.Input, context: HandlerContext
    ) async throws -> Operations.VerifyLicenseFile.Output {
        let now = services.now()
        let keys = try await services.database.read(account: context.accountID) { connection in
            try SigningKeyStore.keys(account: context.accountID, on: connection.raw) ?? []
        }
        let outcome = LicenseFileCheck.verify(
            input.body.certificate, keys: Dictionary(keys.map { ($0.kid, $0.publicKey) }) { first, _ in first },
            licenseKey: input.body.licenseKey, fingerprint: input.body.fingerprint, account: context.accountID, now: now)
        var errors = outcome.errors
        if case .object(let license)? = outcome.payload?["license"], case .string(let id)? = license["id"] {
            let current = try await services.database.read(account: context.accountID) { connection in
                try LicenseStore.find(id: id, on: connection)
            }
            if current?.setStatus == .revoked { errors.append(.licenseRevoked) }
        }
        return .ok(LicenseFileVerification(valid: errors.isEmpty, errors: errors, alg: outcome.alg, kid: outcome.kid, content: outcome.payload))
    }
}
