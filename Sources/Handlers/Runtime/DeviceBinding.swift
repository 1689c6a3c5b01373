import LocksmithAPI

/// Who is calling, as a runtime request describes its installation: a machine by its fingerprint, or a container by
/// its container, pod, namespace and cluster. `key` is what a device row is matched on.
struct DeviceBinding: Sendable, Equatable {
    var kind: DeviceBindingKind
    var key: String
    var request: RuntimeBindingRequest

    /// The binding a request names; 422 naming `fingerprint` when it names neither kind of identity.
    init(_ request: RuntimeBindingRequest?) throws {
        let request = request ?? RuntimeBindingRequest()
        self.request = request
        if request.isContainer == true {
            let parts = [request.clusterID, request.namespace, request.podName, request.containerID]
            guard parts.contains(where: { $0?.isEmpty == false }) else {
                throw APIError.validationFailed(
                    "a container must send at least one of 'container_id', 'pod_name', 'namespace' or 'cluster_id'", detail: "container_id")
            }
            kind = .container
            key = "container:" + parts.map { $0 ?? "" }.joined(separator: "/")
        } else {
            guard let fingerprint = request.fingerprint, !fingerprint.isEmpty else {
                throw APIError.validationFailed(
                    "field 'fingerprint' is required to identify the device (a container sets 'is_container' and its identity instead)",
                    detail: "fingerprint")
            }
            kind = .hardware
            key = "hardware:" + fingerprint
        }
    }

    /// The version as signed data may carry it: build metadata (`+…`) is dropped, because some JSON encoders escape
    /// `+`, which would make a client's re-serialised bytes differ from the signed ones.
    static func signable(_ version: String) -> String {
        version.split(separator: "+", maxSplits: 1).first.map(String.init) ?? version
    }
}

/// A request body that carries the binding fields of `RuntimeBindingRequest` beside its own (`ConsumeLicenseRequest`,
/// `ValidateLicenseKeyRequest`: the contract repeats the same definitions in one closed object), read as one.
protocol RuntimeBindingFields {
    var fingerprint: String? { get }
    var hostname: String? { get }
    var os: String? { get }
    var isVM: Bool? { get }
    var isContainer: Bool? { get }
    var containerID: String? { get }
    var clusterID: String? { get }
    var namespace: String? { get }
    var podName: String? { get }
    var appVersion: String? { get }
    var nonce: String? { get }
    var productCode: String? { get }
}

extension ConsumeLicenseRequest: RuntimeBindingFields {}
extension ValidateLicenseKeyRequest: RuntimeBindingFields {}

extension RuntimeBindingRequest {
    /// The binding fields of `body`.
    init(_ body: some RuntimeBindingFields) {
        self.init(
            fingerprint: body.fingerprint, hostname: body.hostname, os: body.os, isVM: body.isVM, isContainer: body.isContainer,
            containerID: body.containerID, clusterID: body.clusterID, namespace: body.namespace, podName: body.podName,
            appVersion: body.appVersion, nonce: body.nonce, productCode: body.productCode)
    }
}
