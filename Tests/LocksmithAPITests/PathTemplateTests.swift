import Foundation
import LocksmithAPI
import Testing

/// Path templates are parsed once, and requests are matched against the parsed templates.
@Suite struct PathTemplateTests {
    @Test func parsesLiteralAndParameterSegments() {
        let template = PathTemplate("/api/v1/products/{id}/custom-fields/{field_id}")
        #expect(template.segments == [
            .literal("api"), .literal("v1"), .literal("products"), .parameter("id"), .literal("custom-fields"), .parameter("field_id"),
        ])
        #expect(template.parameterNames == ["id", "field_id"])
        #expect(template.description == "/api/v1/products/{id}/custom-fields/{field_id}")
    }

    @Test func everyOperationCarriesItsParsedTemplate() {
        for spec in OperationTable.all {
            #expect(spec.pathTemplate == PathTemplate(spec.path), "\(spec.id)")
        }
        #expect(OperationID.getLicenseDevice.spec.pathTemplate.parameterNames == ["id", "device_id"])
    }

    @Test func parametersArePercentDecodedAndNeverEmpty() {
        let matched = OperationTable.match(method: "get", path: "/api/v1/products/prod%201")
        #expect(matched?.operation == .getProduct)
        #expect(matched?.pathParameters == ["id": "prod 1"])
        #expect(OperationTable.match(method: "GET", path: "/api/v1/products/") == nil)
        #expect(OperationTable.match(method: "GET", path: "/api/v1/products/%zz") == nil)
        #expect(OperationTable.match(method: "GET", path: "/api/v1/products/prod_1/") == nil)
        #expect(OperationTable.match(method: "PUT", path: "/api/v1/products/prod_1") == nil)
    }

    /// The index answers exactly what a scan of every template, split per request, answered.
    @Test func matchesExactlyAsAScanOfTheTableWould() {
        let methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "get", "HEAD"]
        var paths: Set<String> = ["", "/", "//", "/api", "/api/v1", "/api/v1/", "/unknown/route"]
        for spec in OperationTable.all {
            for value in ["x_1", "", "a%2Fb", "%zz", "{id}", "products"] {
                let filled = spec.path.replacingOccurrences(of: #"\{[a-z_]+\}"#, with: value, options: .regularExpression)
                paths.formUnion([filled, filled + "/", filled + "/extra", String(filled.dropFirst())])
            }
        }
        for method in methods {
            for path in paths.sorted() {
                let indexed = OperationTable.match(method: method, path: path)
                let scanned = Self.scan(method: method, path: path)
                #expect(indexed?.operation == scanned?.operation && indexed?.pathParameters == scanned?.pathParameters, "\(method) \(path)")
            }
        }
    }

    /// Matching as it was before templates were parsed once: split every template for every request.
    private static func scan(method: String, path: String) -> (operation: OperationID, pathParameters: [String: String])? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for spec in OperationTable.all where spec.method == method.uppercased() {
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
}
