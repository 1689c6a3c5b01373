import Foundation
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// A local HTTP server that receives webhook deliveries on 127.0.0.1, records them, and answers what the test says.
/// A redirect it answers points at `/hooks/moved`, which records what reaches it too, so that a test can show that
/// redirects are not followed.
///
/// It also records how many requests carrying the same `webhook-id` were in flight at once, so that a test can show
/// that one delivery is never attempted twice at the same time.
final class WebhookReceiver: Sendable {
    struct Delivery: Sendable {
        var path: String
        var id: String
        var timestamp: String
        var signature: String
        var headers: [String: String]
        var body: [UInt8]

        var bodyText: String { String(decoding: body, as: UTF8.self) }
    }

    /// How the receiver answers a request: a status and a body.
    typealias Answer = @Sendable (Delivery) async -> (status: Int, body: String)

    private struct State {
        var deliveries: [Delivery] = []
        var answer: Answer = { _ in (200, "ok") }
        var inFlight: [String: Int] = [:]
        var mostInFlightForOneID = 0
    }

    private let state = NIOLockedValueBox(State())
    let port: Int

    private init(port: Int) {
        self.port = port
    }

    /// The delivery URL (`http`, so the server under test needs `--webhook-allow-private`).
    var url: String { "http://127.0.0.1:\(port)/hooks" }

    var deliveries: [Delivery] { state.withLockedValue { $0.deliveries } }
    var mostInFlightForOneID: Int { state.withLockedValue { $0.mostInFlightForOneID } }

    /// Answers every following request with `status`.
    func answer(_ status: Int, body: String = "") {
        state.withLockedValue { $0.answer = { _ in (status, body) } }
    }

    /// Answers every following request with what `answer` says.
    func answer(with answer: @escaping Answer) {
        state.withLockedValue { $0.answer = answer }
    }

    /// Runs a receiver for the duration of `body`.
    static func run<T: Sendable>(_ body: @Sendable (WebhookReceiver) async throws -> T) async throws -> T {
        let box = NIOLockedValueBox<WebhookReceiver?>(nil)
        let router = Router()
        let receive: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName.lowercased()] = field.value }
            // HTTP/1's Host header reaches a Hummingbird handler as the request's authority.
            if let authority = request.head.authority { headers["host"] = authority }
            let delivery = Delivery(
                path: request.uri.path, id: headers["webhook-id"] ?? "", timestamp: headers["webhook-timestamp"] ?? "", signature: headers["webhook-signature"] ?? "",
                headers: headers, body: Array(bytes.readableBytesView))
            guard let receiver = box.withLockedValue({ $0 }) else { return Response(status: .serviceUnavailable) }
            return await receiver.receive(delivery)
        }
        router.post("/hooks", use: receive)
        router.post("/hooks/moved", use: receive)
        return try await withLoopbackServer(router, label: "webhook-receiver") { port in
            let receiver = WebhookReceiver(port: port)
            box.withLockedValue { $0 = receiver }
            return try await body(receiver)
        }
    }

    private func receive(_ delivery: Delivery) async -> Response {
        let answer = state.withLockedValue { state in
            state.deliveries.append(delivery)
            state.inFlight[delivery.id, default: 0] += 1
            state.mostInFlightForOneID = max(state.mostInFlightForOneID, state.inFlight[delivery.id]!)
            return state.answer
        }
        let (status, body) = await answer(delivery)
        state.withLockedValue { $0.inFlight[delivery.id, default: 1] -= 1 }
        let headers: HTTPFields = (300..<400).contains(status) ? [.location: "/hooks/moved"] : [:]
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
