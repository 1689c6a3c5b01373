import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import Testing

/// A license issued for runtime tests, with its key and a client that presents it.
struct RuntimeFixture: Sendable {
    var product: Product
    var policy: Policy
    var license: License
    var key: String
    var export: Feature

    /// A product and a policy configured by `policy`, and a time-limited license under it with a metered `export`
    /// feature (quota `quota`).
    static func make(
        _ clients: Clients, code: String = "rt", type: LicenseType = .timeLimited, quota: Int64? = 100,
        policy configure: (inout PolicyCreateRequest) -> Void = { _ in }
    ) async throws -> RuntimeFixture {
        try await make(admin: clients.admin, code: code, type: type, quota: quota, policy: configure)
    }

    /// The same, through any management client (a server in another process, for one).
    static func make(
        admin: ManagementClient, code: String = "rt", type: LicenseType = .timeLimited, quota: Int64? = 100,
        policy configure: (inout PolicyCreateRequest) -> Void = { _ in }
    ) async throws -> RuntimeFixture {
        let product = try await admin.createProduct(.init(name: "Runtime \(code)", code: code)).data
        var request = PolicyCreateRequest(name: "Runtime", code: "runtime", licenseType: type, maxActivations: 2)
        configure(&request)
        let policy = try await admin.createPolicy(id: product.id, request).data
        let created = try await admin.createLicense(.init(
            productID: product.id, policyID: policy.id,
            expiresAt: type == .perpetual ? nil : Date().addingTimeInterval(30 * 86_400))).data
        let export = try await admin.createFeature(id: product.id, .init(name: "Export", code: "export")).data
        _ = try await admin.assignLicenseFeature(id: created.license.id, .init(featureID: export.id, maxConsumptions: quota))
        return RuntimeFixture(product: product, policy: policy, license: created.license, key: created.licenseKey, export: export)
    }

    func runtime(_ clients: Clients) -> RuntimeClient { clients.runtime(key) }
}

extension Clients {
    /// The published signing keys by kid.
    func publicKeys() async throws -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: try await system.listPublicKeys().data.map { ($0.kid, Base64.decode($0.publicKey)!) })
    }
}

/// Fails unless `response`'s signature verifies over its exact `data` bytes with the published key it names.
func expectSigned<Value>(_ response: SignedResponse<Value>, _ keys: [String: [UInt8]], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(response.signature.alg == "Ed25519", sourceLocation: sourceLocation)
    guard let key = keys[response.signature.kid], let signature = Base64.decode(response.signature.value) else {
        Issue.record("unknown kid \(response.signature.kid) or bad signature encoding", sourceLocation: sourceLocation)
        return
    }
    #expect(SigningKey.verify(signature: signature, message: response.dataBytes, publicKey: key), sourceLocation: sourceLocation)
}

/// A machine identity for runtime requests.
func machine(_ fingerprint: String, version: String? = nil, nonce: String? = nil) -> RuntimeBindingRequest {
    RuntimeBindingRequest(fingerprint: fingerprint, hostname: "host-\(fingerprint)", os: "linux", appVersion: version, nonce: nonce)
}

/// The runtime rows of the ledger, newest first (after writing the batched ones).
func runtimeActivities(_ server: TestServer, _ clients: Clients) async throws -> [Activity] {
    try await server.prepared.activity.flush(to: server.services.database)
    return try await clients.admin.listActivities(limit: 200, source: .runtime).data
}
