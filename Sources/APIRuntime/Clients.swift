extension APIRuntime {
    /// Calls the management API (`Authorization: Bearer lkm_…`). Results are `{data, meta}`.
    public struct ManagementClient: Sendable {
        public let core: ClientCore

        /// - Parameters:
        ///   - token: a management API token (`lkm_…`).
        ///   - transport: where requests go, e.g. `URLSessionTransport(baseURL:)`.
        public init(token: String, transport: any Transport) {
            core = ClientCore(transport: transport, authorization: "Bearer " + token)
        }
    }

    /// Calls the runtime API an application uses (`Authorization: License lsk_…`). Results are signed.
    public struct RuntimeClient: Sendable {
        public let core: ClientCore

        /// - Parameters:
        ///   - licenseKey: the license key (`lsk_…`) the application was given.
        ///   - transport: where requests go, e.g. `URLSessionTransport(baseURL:)`.
        public init(licenseKey: String, transport: any Transport) {
            core = ClientCore(transport: transport, authorization: "License " + licenseKey)
        }
    }

    /// Calls the unauthenticated system routes: health, readiness, metrics, public keys.
    public struct SystemClient: Sendable {
        public let core: ClientCore

        public init(transport: any Transport) {
            core = ClientCore(transport: transport, authorization: nil)
        }
    }
}
