import Foundation
import Testing
@testable import GeneratorKit

/// The committed `Sources/Generated` must be exactly what the generator makes of `openapi.yaml`.
@Suite struct GoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test func committedGeneratedSourcesMatchTheSpec() throws {
        let files = try GeneratorRun.generate(specPath: Self.root + "/openapi.yaml")
        let changes = try GeneratorRun.differences(files, in: Self.root + "/Sources/Generated")
        #expect(changes.isEmpty, "Sources/Generated is out of date: \(changes.joined(separator: ", ")). Regenerate with: swift run Generator")
    }

    @Test func generationIsDeterministicAndFast() throws {
        let text = try String(contentsOfFile: Self.root + "/openapi.yaml", encoding: .utf8)
        let clock = ContinuousClock()
        var first: [String: String] = [:]
        let elapsed = try clock.measure {
            first = try Pipeline.render(try Pipeline.spec(fromYAML: text))
        }
        let second = try Pipeline.render(try Pipeline.spec(fromYAML: text))
        #expect(first == second)
        #expect(elapsed < .seconds(2), "generating took \(elapsed)")
        for (name, contents) in first {
            #expect(contents.hasPrefix("// Generated from openapi.yaml — do not edit.\n"), "\(name) lacks the header")
        }
    }
}
