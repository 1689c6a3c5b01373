extension APIRuntime {
    /// Calls the management API (`Authorization: Bearer lkm_…`). Results are `{data, meta}`.
    ///
    /// The SDK's `init(token:transport:retry:)` is the usual way to make one.
    public struct ManagementClient: Sendable {
        /// The shared machinery the generated methods call: transport, credential, middlewares and options.
        public var core: ClientCore

        /// A client that calls through `core`.
        public init(core: ClientCore) {
            self.core = core
        }
    }

    /// Calls the runtime API an application uses (`Authorization: License lsk_…`). Results are signed.
    ///
    /// The SDK's `init(licenseKey:transport:verification:retry:)` is the usual way to make one: it verifies every
    /// signed answer.
    public struct RuntimeClient: Sendable {
        /// The shared machinery the generated methods call: transport, credential, middlewares and options.
        public var core: ClientCore

        /// A client that calls through `core`.
        public init(core: ClientCore) {
            self.core = core
        }
    }

    /// Calls the unauthenticated system routes: health, readiness, metrics, public keys.
    public struct SystemClient: Sendable {
        /// The shared machinery the generated methods call: transport, middlewares and options.
        public var core: ClientCore

        /// A client that calls through `core`.
        public init(core: ClientCore) {
            self.core = core
        }
    }
}
