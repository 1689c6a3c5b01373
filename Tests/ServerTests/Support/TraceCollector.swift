import Foundation
import Hummingbird
import NIOConcurrencyHelpers

/// An OTLP/HTTP trace receiver on 127.0.0.1 for `OTEL_EXPORTER_OTLP_PROTOCOL=http/json`: it keeps every body it is
/// sent and the spans in them, as the OTLP JSON encoding lays them out (resourceSpans → scopeSpans → spans).
final class TraceCollector: Sendable {
    struct Span: Sendable {
        var traceID: String
        var spanID: String
        /// Empty for a root span.
        var parentSpanID: String
        var name: String
        /// OTLP's SpanKind number: 2 server, 3 client.
        var kind: Int
        /// Every attribute's value as text (OTLP JSON writes 64-bit integers as strings).
        var attributes: [String: String]
    }

    private let state = NIOLockedValueBox<(bodies: [String], spans: [Span])>(([], []))
    let port: Int

    private init(port: Int) {
        self.port = port
    }

    /// The value for `OTEL_EXPORTER_OTLP_ENDPOINT`.
    var endpoint: String { "http://127.0.0.1:\(port)" }
    var bodies: [String] { state.withLockedValue { $0.bodies } }
    var spans: [Span] { state.withLockedValue { $0.spans } }

    static func run<T: Sendable>(_ body: @Sendable (TraceCollector) async throws -> T) async throws -> T {
        let box = NIOLockedValueBox<TraceCollector?>(nil)
        let router = Router()
        router.post("/v1/traces") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 16 << 20)
            box.withLockedValue { $0 }?.receive(Data(bytes.readableBytesView))
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }
        return try await withLoopbackServer(router, label: "otlp-collector") { port in
            let collector = TraceCollector(port: port)
            box.withLockedValue { $0 = collector }
            return try await body(collector)
        }
    }

    private func receive(_ data: Data) {
        let spans = Self.spans(in: data)
        state.withLockedValue { state in
            state.bodies.append(String(decoding: data, as: UTF8.self))
            state.spans += spans
        }
    }

    private static func spans(in data: Data) -> [Span] {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        let scopes = (root["resourceSpans"] as? [[String: Any]] ?? []).flatMap { $0["scopeSpans"] as? [[String: Any]] ?? [] }
        return scopes.flatMap { $0["spans"] as? [[String: Any]] ?? [] }.map { span in
            var attributes: [String: String] = [:]
            for attribute in span["attributes"] as? [[String: Any]] ?? [] {
                guard let key = attribute["key"] as? String, let value = attribute["value"] as? [String: Any], let first = value.values.first else { continue }
                attributes[key] = "\(first)"
            }
            return Span(
                traceID: identifier(span["traceId"]), spanID: identifier(span["spanId"]), parentSpanID: identifier(span["parentSpanId"]),
                name: span["name"] as? String ?? "", kind: span["kind"] as? Int ?? 0, attributes: attributes)
        }
    }

    /// Ids as lower-case hex, whether the exporter wrote them in hex (as OTLP JSON specifies) or in base64 (protobuf's
    /// JSON mapping of bytes).
    private static func identifier(_ value: Any?) -> String {
        guard let text = value as? String, !text.isEmpty else { return "" }
        let isHex = (text.count == 32 || text.count == 16) && text.allSatisfy(\.isHexDigit)
        if isHex { return text.lowercased() }
        guard let bytes = Data(base64Encoded: text) else { return text }
        return bytes.map { String(format: "%02x", $0) }.joined()
    }
}
