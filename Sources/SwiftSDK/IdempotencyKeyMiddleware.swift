import Foundation

/// Gives an operation that takes an `Idempotency-Key` a fresh one when the caller passed none, before any retry,
/// so every attempt of one call carries the same key and the server applies the call once.
struct IdempotencyKeyMiddleware: ClientMiddleware {
    func intercept(
        _ request: HTTPRequestParts, operation: ClientOperationContext,
        next: @Sendable (HTTPRequestParts) async throws -> HTTPResponseParts
    ) async throws -> HTTPResponseParts {
        guard operation.requiresIdempotencyKey, request.headers["Idempotency-Key"] == nil else { return try await next(request) }
        var request = request
        request.headers["Idempotency-Key"] = UUID().uuidString.lowercased()
        return try await next(request)
    }
}
