import Foundation

/// An upstream LicenseKit server answers lists without `page_info`: such a page is the last one, so the answer is
/// read as if it said `"page_info":{"next_cursor":null}`.
struct PageInfoMiddleware: ClientMiddleware {
    func intercept(
        _ request: HTTPRequestParts, operation: ClientOperationContext,
        next: @Sendable (HTTPRequestParts) async throws -> HTTPResponseParts
    ) async throws -> HTTPResponseParts {
        var response = try await next(request)
        guard (200..<300).contains(response.status), !operation.signsResponse,
            let data = JSONBytes.rawMember("data", in: response.body), data.first == UInt8(ascii: "["),
            JSONBytes.rawMember("page_info", in: response.body) == nil,
            let open = response.body.firstIndex(of: UInt8(ascii: "{"))
        else { return response }
        response.body = Data("{\"page_info\":{\"next_cursor\":null},".utf8) + response.body[response.body.index(after: open)...]
        return response
    }
}
