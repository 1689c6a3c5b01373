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
    /// over the exact bytes of `data` with the key its kid names. With `product`, each call also names the product
    /// (`product_code`, so the server refuses a license of another product with `PRODUCT_MISMATCH`), and an answer whose
    /// signed `product_code` is another is refused; with a ``PublicKeyStore`` limited to an account, so is an answer
    /// whose signed `account_id` is another. A call whose answer fails a check throws
    /// ``LocksmithError/verification(kid:reason:)``.
    ///
    /// - Parameters:
    ///   - licenseKey: the license key (`lsk_…`) the application was given.
    ///   - product: the product code of the application, as the vendor created the product; nil accepts a license of
    ///     any product (only for an application that checks `product_code` itself).
    ///   - transport: where requests go, e.g. `URLSessionTransport(baseURL:)`.
    ///   - verification: which keys answers are checked against: by default the server's published keys;
    ///     ``SignatureVerification/keys(_:)`` for pinned ones, or for one vendor account's.
    ///   - retry: when to send a call again (only operations with an `Idempotency-Key` are repeated).
    public init(
        licenseKey: String, product: String? = nil, transport: any Transport, verification: SignatureVerification = .serverKeys,
        retry: RetryPolicy = .standard
    ) {
        var middlewares: [any ClientMiddleware] = [PageInfoMiddleware(), IdempotencyKeyMiddleware()]
        switch verification.mode {
        case .serverKeys:
            let keys = PublicKeyStore(system: SystemClient(transport: transport, retry: retry))
            middlewares.append(SignedAnswerMiddleware(keys: keys, product: product))
        case .store(let store): middlewares.append(SignedAnswerMiddleware(keys: store, product: product))
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
