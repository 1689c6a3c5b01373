import Foundation
import LocksmithStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves a delivery's host name to addresses, so that the addresses can be judged and then connected to directly:
/// a name that resolves differently between the check and the connection (DNS rebinding) never gets to choose the
/// address the server connects to.
public struct WebhookHostResolver: Sendable {
    private let lookup: @Sendable (String) async throws(WebhookRefusal) -> [[UInt8]]

    /// A resolver that answers from `lookup` (tests give names fixed addresses).
    public init(_ lookup: @escaping @Sendable (String) async throws(WebhookRefusal) -> [[UInt8]]) {
        self.lookup = lookup
    }

    /// The system resolver (`getaddrinfo`), run off the cooperative thread pool because it blocks.
    public static let system = WebhookHostResolver { host throws(WebhookRefusal) in
        let result: Result<[[UInt8]], WebhookRefusal> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: getAddresses(host)) }
        }
        return try result.get()
    }

    /// The addresses (4 or 16 bytes each) of `host`, in the resolver's order, without repeats; a refusal when the
    /// name does not resolve, or does not within `timeout` (a lookup cannot be interrupted, so it is left to finish
    /// on its own).
    public func addresses(of host: String, timeout: Duration) async throws(WebhookRefusal) -> [[UInt8]] {
        typealias Outcome = Result<[[UInt8]], WebhookRefusal>
        let waiting = Locked<CheckedContinuation<Outcome, Never>?>(nil)
        let finish = { @Sendable (outcome: Outcome) in
            waiting.withLock { continuation in
                continuation?.resume(returning: outcome)
                continuation = nil
            }
        }
        let outcome = await withCheckedContinuation { continuation in
            waiting.withLock { $0 = continuation }
            let timer = Task {
                try? await Task.sleep(for: timeout)
                finish(.failure(WebhookRefusal("timed out after \(timeout) resolving \(host)")))
            }
            Task {
                do throws(WebhookRefusal) {
                    finish(.success(try await lookup(host)))
                } catch {
                    finish(.failure(error))
                }
                timer.cancel()
            }
        }
        return try outcome.get()
    }

    private static func getAddresses(_ host: String) -> Result<[[UInt8]], WebhookRefusal> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0 else {
            return .failure(WebhookRefusal("cannot resolve \(host): \(String(cString: gai_strerror(status)))"))
        }
        defer { freeaddrinfo(list) }
        var addresses: [[UInt8]] = []
        var entry = list
        while let info = entry?.pointee {
            if let socket = info.ai_addr {
                let bytes: [UInt8]? = switch Int32(info.ai_family) {
                case AF_INET:
                    socket.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { address in
                        withUnsafeBytes(of: address.pointee.sin_addr) { Array($0) }
                    }
                case AF_INET6:
                    socket.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { address in
                        withUnsafeBytes(of: address.pointee.sin6_addr) { Array($0) }
                    }
                default: nil
                }
                if let bytes, !addresses.contains(bytes) { addresses.append(bytes) }
            }
            entry = info.ai_next
        }
        return addresses.isEmpty ? .failure(WebhookRefusal("\(host) has no address")) : .success(addresses)
    }
}
