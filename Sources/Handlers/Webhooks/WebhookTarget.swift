import Foundation

/// Where a delivery goes, read from an endpoint's URL: what can be checked without the network.
///
/// Only `https` (and `http` where the policy allows private addresses) with a host and no user information. A host
/// that is an IP address is judged by the policy at once; a name is resolved and judged when it is created and again
/// at every delivery (`WebhookHostResolver`), and the delivery connects to the address it judged.
public struct WebhookTarget: Sendable, Equatable {
    public var isTLS: Bool
    /// The host name, or the address without brackets.
    public var host: String
    public var port: Int
    /// The path and query, as they are sent in the request line.
    public var requestTarget: String
    /// The address bytes when the host is an IP address.
    public var address: [UInt8]?

    /// The `Host` header: the host (bracketed when IPv6) and any port other than the scheme's default.
    public var hostHeader: String {
        let name = address?.count == 16 ? "[\(host)]" : host
        return port == (isTLS ? 443 : 80) ? name : "\(name):\(port)"
    }

    /// The target of `url`, or why a delivery may not go there.
    public init(url: String, policy: WebhookAddressPolicy) throws(WebhookRefusal) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            throw WebhookRefusal("must be an absolute URL such as https://example.com/hooks")
        }
        switch scheme {
        case "https": isTLS = true
        case "http" where policy.allowsPrivate: isTLS = false
        case "http": throw WebhookRefusal("must use https")
        default: throw WebhookRefusal("must use https, not \(scheme)")
        }
        guard components.user == nil, components.password == nil else { throw WebhookRefusal("must not contain user information") }
        guard components.fragment == nil else { throw WebhookRefusal("must not have a fragment") }
        guard var host = components.percentEncodedHost, !host.isEmpty else { throw WebhookRefusal("must name a host") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        host = host.lowercased()
        if let port = components.port {
            guard (1...65535).contains(port) else { throw WebhookRefusal("has an invalid port") }
            self.port = port
        } else {
            port = isTLS ? 443 : 80
        }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        requestTarget = path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        self.host = host
        if let address = IPAddress.parse(host), !host.contains("%") {
            self.address = address
            if let refusal = policy.refusal(of: address) { throw WebhookRefusal("points at \(refusal) (\(host))") }
        } else {
            address = nil
            let validName = host.utf8.allSatisfy { byte in
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
            }
            guard validName, !host.hasPrefix("."), !host.contains("..") else {
                throw WebhookRefusal("must name its host in ASCII letters, digits, '-' and '.' (punycode for other names)")
            }
            // RFC 6761 reserves these names for the local host, whatever a resolver says.
            if !policy.allowsPrivate, host == "localhost" || host.hasSuffix(".localhost") {
                throw WebhookRefusal("points at the local host (\(host))")
            }
        }
    }
}

/// Why a delivery may not go to a URL or address, as a short phrase for an API error or an attempt's error.
public struct WebhookRefusal: Error, Equatable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }

    /// A host name that resolves to an address the policy refuses. It names neither the address nor its kind: the
    /// refusal reaches whoever chose the name (an API error, an endpoint's `last_error`), and naming what internal
    /// names resolve to would let a caller map the private network by probing. The operator's log has the address.
    static func resolvesToNonPublic(_ host: String) -> WebhookRefusal {
        WebhookRefusal("points at a private or reserved address (\(host) resolves to one)")
    }
}
