import Foundation
import Testing
@testable import GeneratorKit

/// The committed `Sources/Generated` must be exactly what the generator makes of `openapi.yaml`, and nothing else.
@Suite struct GoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let generated = root + "/Sources/Generated"

    @Test func committedGeneratedSourcesMatchTheSpec() throws {
        let files = try GeneratorRun.generate(specPath: Self.root + "/openapi.yaml")
        let changes = try GeneratorRun.differences(files, in: Self.generated)
        #expect(changes.isEmpty, "Sources/Generated is out of date: \(changes.joined(separator: ", ")). Regenerate with: swift run Generator")
    }

    @Test func everyFileInSourcesGeneratedIsGenerated() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.generated) {
            let contents = (try? String(contentsOfFile: Self.generated + "/" + name, encoding: .utf8)) ?? ""
            #expect(contents.hasPrefix(SwiftWriter.header), "Sources/Generated/\(name) lacks the generated header; hand-written code belongs in Sources/APIRuntime")
        }
    }

    /// Support code is a dependency (LocksmithAPIRuntime), never a copy: no generated file repeats another file.
    @Test func noGeneratedFileRepeatsAFileKeptElsewhere() throws {
        var elsewhere: [String: String] = [:]
        for directory in ["Sources", "Generator"] {
            let base = Self.root + "/" + directory
            let paths = try #require(FileManager.default.enumerator(atPath: base)?.allObjects as? [String])
            for path in paths where path.hasSuffix(".swift") && !path.hasPrefix("Generated/") {
                let contents = try String(contentsOfFile: base + "/" + path, encoding: .utf8)
                elsewhere[contents.trimmingCharacters(in: .whitespacesAndNewlines)] = directory + "/" + path
            }
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.generated) {
            let contents = try String(contentsOfFile: Self.generated + "/" + name, encoding: .utf8)
            let body = String(contents.dropFirst(contents.hasPrefix(SwiftWriter.header) ? SwiftWriter.header.count : 0))
            let original = elsewhere[body.trimmingCharacters(in: .whitespacesAndNewlines)]
            #expect(original == nil, "Sources/Generated/\(name) is a copy of \(original ?? "")")
        }
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
            #expect(contents.hasPrefix(SwiftWriter.header), "\(name) lacks the header")
        }
    }
}
