import Foundation

/// An operation's path template, such as `/api/v1/products/{id}/features`, parsed once into literal and
/// parameter segments.
public struct PathTemplate: Sendable, Hashable, CustomStringConvertible {
    /// One segment of a template: literal text or a named parameter.
    public enum Segment: Sendable, Hashable {
        case literal(String)
        /// `{name}`: one non-empty path segment, percent-decoded.
        case parameter(String)
    }

    /// The segments after the leading `/`, in order.
    public let segments: [Segment]
    /// The names of the parameters, in path order.
    public let parameterNames: [String]
    /// The template as written.
    public let description: String

    /// Parses `template`; a segment written `{name}` is a parameter, any other is literal.
    public init(_ template: String) {
        description = template
        segments = Self.segments(of: template).map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? .parameter(String(segment.dropFirst().dropLast())) : .literal(String(segment))
        }
        parameterNames = segments.compactMap { segment in
            if case .parameter(let name) = segment { name } else { nil }
        }
    }

    /// A path's segments after the leading `/`, empty ones included; requests and templates are split alike.
    static func segments(of path: String) -> ArraySlice<Substring> {
        path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
    }

    /// The percent-decoded parameters, when a request path's `segments` fit the template.
    func parameters(matching path: ArraySlice<Substring>) -> [String: String]? {
        guard path.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (expected, actual) in zip(segments, path) {
            switch expected {
            case .literal(let literal):
                guard actual == literal else { return nil }
            case .parameter(let name):
                guard !actual.isEmpty, let decoded = String(actual).removingPercentEncoding else { return nil }
                parameters[name] = decoded
            }
        }
        return parameters
    }
}
