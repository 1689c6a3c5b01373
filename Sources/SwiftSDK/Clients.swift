extension ManagementClient {
    /// A client of the management API.
    ///
    /// - Parameters:
    ///   - token: a management API token (`lkm_…`).
    ///   - transport: where requests go, e.g. `URLSessionTransport(baseURL:)`.
    ///   - retry: when to send a `GET` or an `Idempotency-Key` operation again.
    public init(token: String, transport: any Transport, retry: RetryPolicy = .standard) {
        self.init(core: ClientCore(transport: transport, authorization: "Bearer " + token, middlewares: Self.middlewares(retry: retry)))
    }
}

extension RuntimeClient {
    /// A client of the runtime API, which verifies every signed answer before returning it.
    ///
    /// Each signed call sends a nonce and checks that the signed `data` echoes it, and checks the Ed25519 signature
    /// over the exact bytes of `data` with the key its kid names. A call whose answer fails either check throws
    /// ``LocksmithError/verification(kid:reason:)``.
    ///
    /// - Parameters:
    ///   - licenseKey: the license key (`lsk_…`) the application was given.
    ///   - transport: where requests go, e.g. `URLSessionTransport(baseURL:)`.
    ///   - verification: which keys answers are checked against: by default the server's published keys;
    ///     ``SignatureVerification/keys(_:)`` for pinned ones.
    ///   - retry: when to send a call again (only operations with an `Idempotency-Key` are repeated).
    public init(licenseKey: String, transport: any Transport, verification: SignatureVerification = .serverKeys, retry: RetryPolicy = .standard) {
        var middlewares: [any ClientMiddleware] = [PageInfoMiddleware(), IdempotencyKeyMiddleware()]
        switch verification.mode {
        case .serverKeys: middlewares.append(SignedAnswerMiddleware(keys: PublicKeyStore(system: SystemClient(transport: transport, retry: retry))))
        case .store(let store): middlewares.append(SignedAnswerMiddleware(keys: store))
        case .skip: break
        }
        middlewares.append(RetryMiddleware(policy: retry))
        self.init(core: ClientCore(transport: transport, authorization: "License " + licenseKey, middlewares: middlewares))
    }
}

extension SystemClient {
    /// A client of the unauthenticated system routes: health, readiness, metrics, public keys.
    public init(transport: any Transport, retry: RetryPolicy = .standard) {
        self.init(core: ClientCore(transport: transport, authorization: nil, middlewares: ManagementClient.middlewares(retry: retry)))
    }
}

extension ManagementClient {
    static func middlewares(retry: RetryPolicy) -> [any ClientMiddleware] {
        [PageInfoMiddleware(), IdempotencyKeyMiddleware(), RetryMiddleware(policy: retry)]
    }
}
