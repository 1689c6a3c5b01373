import Foundation
import Testing

/// Every public declaration an app developer sees through `import LocksmithSDK` (the SDK, the generated clients and
/// models, and the runtime it re-exports) carries a doc comment; the generator writes those of generated code.
@Suite struct SDKDocumentationTests {
    static let directories = ["Sources/SwiftSDK", "Sources/Generated", "Sources/APIRuntime"]

    @Test func everyPublicDeclarationHasADocComment() throws {
        var undocumented: [String] = []
        for directory in Self.directories {
            let base = GoldenTests.root + "/" + directory
            let paths = try #require(FileManager.default.enumerator(atPath: base)?.allObjects as? [String])
            for path in paths.sorted() where path.hasSuffix(".swift") {
                let lines = try String(contentsOfFile: base + "/" + path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                for (index, line) in lines.enumerated() where Self.declaresPublicSymbol(line) {
                    var above = index - 1
                    while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
                    let comment = above >= 0 ? lines[above].trimmingCharacters(in: .whitespaces) : ""
                    if !comment.hasPrefix("///") && !comment.hasSuffix("*/") {
                        undocumented.append("\(directory)/\(path):\(index + 1): \(line.trimmingCharacters(in: .whitespaces).prefix(80))")
                    }
                }
            }
        }
        #expect(undocumented.isEmpty, "public declarations without a doc comment:\n\(undocumented.joined(separator: "\n"))")
    }

    /// `public` (after attributes) followed by modifiers and a declaration keyword; `public import` is not a symbol.
    static func declaresPublicSymbol(_ line: Substring) -> Bool {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        while let first = words.first, first.hasPrefix("@") { words = words.dropFirst() }
        guard words.first == "public" else { return false }
        words = words.dropFirst()
        let modifiers: Set<Substring> = ["static", "final", "nonisolated", "mutating", "override", "indirect", "convenience", "required"]
        while let first = words.first, modifiers.contains(first) { words = words.dropFirst() }
        guard let keyword = words.first else { return false }
        let declarations: Set<Substring> = ["func", "var", "let", "struct", "enum", "protocol", "typealias", "class", "subscript", "actor"]
        return declarations.contains(keyword) || keyword.hasPrefix("init(") || keyword.hasPrefix("init<") || keyword.hasPrefix("subscript(")
    }

    @Test func recognisesDeclarations() {
        #expect(Self.declaresPublicSymbol("    public init(name: String) {"))
        #expect(Self.declaresPublicSymbol("    @inlinable public static func make() -> Self {"))
        #expect(Self.declaresPublicSymbol("public struct Pages<Item: Sendable, Cursor: Sendable>: AsyncSequence, Sendable {"))
        #expect(!Self.declaresPublicSymbol("public import Foundation"))
        #expect(!Self.declaresPublicSymbol("    /// public var inAComment"))
        #expect(!Self.declaresPublicSymbol("    var internalOne = 0"))
    }
}
