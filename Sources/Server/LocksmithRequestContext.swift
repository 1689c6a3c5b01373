public import Hummingbird
import LocksmithAPI
import NIOConcurrencyHelpers
public import NIOCore

/// The request context of every route: the peer address, and a slot where the route records which
/// operation it served so the outer middleware can log and count by operation.
public struct LocksmithRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// Set by the observability middleware before routing.
    public var requestID = ""
    let served = ServedOperation()

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// A reference shared by all copies of one request's context.
final class ServedOperation: Sendable {
    private let value = NIOLockedValueBox<OperationID?>(nil)
    private let limits = NIOLockedValueBox<RateLimitReport?>(nil)
    private let account = NIOLockedValueBox<String?>(nil)

    var operation: OperationID? {
        get { value.withLockedValue { $0 } }
        set { value.withLockedValue { $0 = newValue } }
    }

    /// The vendor account the request's credential belongs to, once it is authenticated, for the request's log line.
    var accountID: String? {
        get { account.withLockedValue { $0 } }
        set { account.withLockedValue { $0 = newValue } }
    }

    /// The rate-limit policies the request met, for the RateLimit headers of its answer.
    var rateLimits: RateLimitReport? {
        get { limits.withLockedValue { $0 } }
        set { limits.withLockedValue { $0 = newValue } }
    }
}
