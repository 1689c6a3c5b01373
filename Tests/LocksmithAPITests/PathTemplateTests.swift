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
        // A literal segment beats a parameter, whatever the method: `lookup` is not a license id.
        #expect(OperationTable.match(method: "POST", path: "/api/v1/licenses/lookup")?.operation == .lookupLicense)
        #expect(OperationTable.match(method: "GET", path: "/api/v1/licenses/lookup") == nil)
        #expect(OperationTable.methods(path: "/api/v1/licenses/lookup") == ["POST"])
        #expect(OperationTable.match(method: "GET", path: "/api/v1/licenses/lic_1")?.operation == .getLicense)
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

    /// Matching by splitting every template for every request, as the router decides: of the templates that fit the
    /// path (whatever their method), the one with a literal segment where the others have a parameter, first from the
    /// left; then the operation of that template with the method.
    private static func scan(method: String, path: String) -> (operation: OperationID, pathParameters: [String: String])? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var fitting: [(spec: OperationSpec, template: [Substring], parameters: [String: String])] = []
        for spec in OperationTable.all {
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
            if matched { fitting.append((spec, Array(template), parameters)) }
        }
        func isParameter(_ segment: Substring) -> Bool { segment.hasPrefix("{") }
        func lessSpecific(_ a: [Substring], _ b: [Substring]) -> Bool {
            for (left, right) in zip(a, b) where isParameter(left) != isParameter(right) { return isParameter(left) }
            return false
        }
        guard let best = fitting.map(\.template).max(by: lessSpecific) else { return nil }
        let chosen = fitting.first { $0.template.map(isParameter) == best.map(isParameter) && $0.template == best && $0.spec.method == method.uppercased() }
        return chosen.map { ($0.spec.id, $0.parameters) }
    }
}
