// Generated from openapi.yaml — do not edit.

import Foundation

extension OperationTable {
    /// Finds the operation for a method and a request path (without query), returning its path parameters
    /// percent-decoded. For in-process transports and tools; the server mounts routes from `all` instead.
    public static func match(method: String, path: String) -> (operation: OperationID, pathParameters: [String: String])? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for spec in all where spec.method == method.uppercased() {
            let template = spec.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            guard template.count == segments.count else { continue }
            var parameters: [String: String] = [:]
            var matched = true
            for (expected, actual) in zip(template, segments) {
                if expected.hasPrefix("{") && expected.hasSuffix("}") {
                    guard !actual.isEmpty, let decoded = String(actual).removingPercentEncoding else { matched = false; break }
                    parameters[String(expected.dropFirst().dropLast())] = decoded
                } else if expected != actual {
                    matched = false
                    break
                }
            }
            if matched { return (spec.id, parameters) }
        }
        return nil
    }

    /// Percent-encodes one path segment.
    public static func escapePathSegment(_ value: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
