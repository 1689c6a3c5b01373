// The SDK is the generated contract (models, operation table, clients) plus transports and, in time,
// signature verification. Apps write `import LocksmithSDK` and see all of it.
@_exported public import LocksmithAPI
