import Foundation
public import LocksmithHandlers
public import NIOCore
import NIOHTTP1
public import NIOPosix
public import NIOSSL

/// Sends webhook attempts as HTTP/1.1 `POST`s over SwiftNIO, with TLS through NIOSSL.
///
/// It connects to the addresses it is given, which the worker resolved and judged, never to what the URL's name
/// resolves to now: the name goes only into `Host` and TLS's server name (and certificate check), so a name that
/// changes its address between the check and the connection cannot steer the request. Redirects are answers like any
/// other, never followed. The whole attempt, connecting included, ends at `request.timeout`.
public struct WebhookHTTPTransport: WebhookTransport {
    /// How much of an answer's body is read; the rest is not waited for.
    static let bodyLimit = 4096

    private let group: any EventLoopGroup
    /// Made once: loading trust roots is far too slow for every attempt. A failure shows in every `https` attempt.
    private let tlsContext: Result<NIOSSLContext, any Error>

    /// A transport trusting `tlsConfiguration`'s roots (the system's by default).
    public init(
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        tlsConfiguration: TLSConfiguration = .makeClientConfiguration()
    ) {
        self.group = group
        tlsContext = Result { try NIOSSLContext(configuration: tlsConfiguration) }
    }

    public func send(_ request: WebhookRequest) async -> WebhookAnswer {
        let deadline = NIODeadline.now() + .nanoseconds(Int64(request.timeout / .nanoseconds(1)))
        var failure = "no address to connect to"
        for address in request.addresses {
            do {
                let channel = try await connect(to: address, for: request, deadline: deadline)
                return await exchange(request, on: channel, deadline: deadline)
            } catch {
                // The host as the URL names it, not the address it resolved to: the failure reaches the endpoint's
                // owner, who must not learn what names resolve to from it (see `WebhookRefusal.resolvesToNonPublic`).
                failure = "could not connect to \(request.target.host) on port \(request.target.port): \(Self.describe(error, timeout: request.timeout))"
                if NIODeadline.now() >= deadline { break }
            }
        }
        return .failed(failure)
    }

    private func connect(to address: [UInt8], for request: WebhookRequest, deadline: NIODeadline) async throws -> any Channel {
        let socketAddress = try SocketAddress(packedIPAddress: ByteBuffer(bytes: address), port: request.target.port)
        let target = request.target
        let tlsContext = target.isTLS ? try self.tlsContext.get() : nil
        return try await ClientBootstrap(group: group)
            .connectTimeout(max(deadline - .now(), .milliseconds(1)))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tlsContext {
                        // An address in the URL gets no server name: TLS names are host names only.
                        let handler = try NIOSSLClientHandler(context: tlsContext, serverHostname: target.address == nil ? target.host : nil)
                        try channel.pipeline.syncOperations.addHandler(handler)
                    }
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                }
            }
            .connect(to: socketAddress).get()
    }

    /// Writes the request and reads the answer, until the deadline.
    private func exchange(_ request: WebhookRequest, on channel: any Channel, deadline: NIODeadline) async -> WebhookAnswer {
        let promise = channel.eventLoop.makePromise(of: WebhookAnswer.self)
        let timeout = channel.eventLoop.scheduleTask(deadline: deadline) {
            promise.succeed(.failed("timed out after \(request.timeout)"))
            channel.close(promise: nil)
        }
        var head = HTTPRequestHead(version: .http1_1, method: .POST, uri: request.target.requestTarget)
        head.headers.add(name: "Host", value: request.target.hostHeader)
        head.headers.add(name: "Content-Type", value: "application/json")
        head.headers.add(name: "Content-Length", value: String(request.body.count))
        head.headers.add(name: "Connection", value: "close")
        for (name, value) in request.headers { head.headers.add(name: name, value: value) }
        let requestHead = head
        let body = ByteBuffer(bytes: request.body)
        channel.eventLoop.execute {
            do {
                try channel.pipeline.syncOperations.addHandler(AnswerCollector(promise: promise, limit: Self.bodyLimit))
            } catch {
                promise.succeed(.failed("could not send: \(error)"))
                return
            }
            channel.write(HTTPClientRequestPart.head(requestHead), promise: nil)
            channel.write(HTTPClientRequestPart.body(.byteBuffer(body)), promise: nil)
            channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
        }
        let answer = (try? await promise.futureResult.get()) ?? .failed("the connection failed")
        timeout.cancel()
        channel.close(promise: nil)
        return answer
    }

    static func describe(_ error: any Error, timeout: Duration) -> String {
        switch error {
        case ChannelError.connectTimeout: "timed out after \(timeout)"
        case let error as IOError: error.description
        default: String(describing: error)
        }
    }
}

/// Reads one HTTP answer into the promise: its status, `Retry-After`, and the start of its body. The promise is
/// completed once: by the end of the answer, by the body limit, by an error, or by the connection closing.
private final class AnswerCollector: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPClientResponsePart

    private let promise: EventLoopPromise<WebhookAnswer>
    private let limit: Int
    private var status: Int?
    private var retryAfter: Int?
    private var body: [UInt8] = []
    private var done = false

    init(promise: EventLoopPromise<WebhookAnswer>, limit: Int) {
        self.promise = promise
        self.limit = limit
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            status = Int(head.status.code)
            retryAfter = head.headers.first(name: "Retry-After").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        case .body(var buffer):
            let wanted = min(buffer.readableBytes, limit - body.count)
            if wanted > 0, let bytes = buffer.readBytes(length: wanted) { body += bytes }
            if body.count >= limit { finish(context) }
        case .end:
            finish(context)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if status != nil {
            finish(context)
        } else {
            complete(.failed(Self.describe(error)))
        }
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        if status != nil { finish(context) } else { complete(.failed("the connection closed before an answer")) }
        context.fireChannelInactive()
    }

    private func finish(_ context: ChannelHandlerContext) {
        complete(.answered(status: status ?? 0, retryAfterSeconds: retryAfter, body: body))
        context.close(promise: nil)
    }

    private func complete(_ answer: WebhookAnswer) {
        guard !done else { return }
        done = true
        promise.succeed(answer)
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? NIOSSLError { return "TLS failed: \(error)" }
        if let error = error as? BoringSSLError { return "TLS failed: \(error)" }
        return String(describing: error)
    }
}
