import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct PaginationTests {
    @Test(arguments: TestBackend.available)
    func listsAreAsyncSequencesAcrossPages(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            for index in 1...5 { _ = try await admin.createProduct(.init(name: "Product \(index)", code: "p\(index)")) }
            var codes: [String] = []
            for try await product in admin.products(limit: 2) {
                codes.append(product.code)
            }
            #expect(codes.sorted() == ["p1", "p2", "p3", "p4", "p5"])
            // Consumers may stop early; only the pages needed are fetched.
            let transport = InterceptingTransport(inner: clients.transport)
            let counted = ManagementClient(token: TestServer.adminToken, transport: transport)
            var first: [String] = []
            for try await product in counted.products(limit: 2) {
                first.append(product.code)
                if first.count == 3 { break }
            }
            #expect(first.count == 3 && transport.count(path: "/api/v1/products") == 2)
        }
    }
}
