// The SDK is the generated contract (models, operation table, clients) plus transports, signature verification,
// offline licenses, retries and pagination. Apps write `import LocksmithSDK` and see all of it.
@_exported public import LocksmithAPI

/// Everything a client call throws: an API error, a transport failure, an answer that cannot be decoded, or one
/// that fails verification.
public typealias LocksmithError = APIRuntime<OperationTable>.ClientError
