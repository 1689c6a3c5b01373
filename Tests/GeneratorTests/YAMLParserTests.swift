import Testing
@testable import GeneratorKit

@Suite struct YAMLParserTests {
    @Test func readsMappingsSequencesAndScalarStyles() throws {
        let node = try YAMLParser.parse("""
            name: plain
            quoted: 'single'
            double: "two\\nlines"
            list: [1, two]
            block:
              - a
              - b
            """)
        guard case .scalar("plain", .plain, _)? = node["name"] else { Issue.record("plain scalar"); return }
        guard case .scalar("single", .singleQuoted, _)? = node["quoted"] else { Issue.record("single quoted"); return }
        guard case .scalar("two\nlines", .doubleQuoted, _)? = node["double"] else { Issue.record("double quoted"); return }
        guard case .sequence(let flow, _)? = node["list"], flow.count == 2 else { Issue.record("flow sequence"); return }
        guard case .sequence(let block, _)? = node["block"], block.count == 2 else { Issue.record("block sequence"); return }
        #expect(node["block"]?.mark == YAMLMark(line: 6, column: 3))
    }

    @Test func keepsLiteralAndFoldsFoldedBlockScalars() throws {
        let node = try YAMLParser.parse("""
            literal: |
              first line
              second line
            folded: >
              one
              sentence
            """)
        guard case .scalar(let literal, .literal, _)? = node["literal"] else { Issue.record("literal"); return }
        #expect(literal == "first line\nsecond line\n")
        guard case .scalar(let folded, .folded, _)? = node["folded"] else { Issue.record("folded"); return }
        #expect(folded == "one sentence")  // clip chomping; the document ends without a newline
    }

    @Test func resolvesAnchorsAndAliases() throws {
        let node = try YAMLParser.parse("""
            base: &shared
              type: string
            copy: *shared
            """)
        guard case .scalar("string", _, _)? = node["copy"]?["type"] else { Issue.record("alias not resolved"); return }
    }

    @Test func reportsMalformedYAMLWithLineAndColumn() {
        #expect {
            try YAMLParser.parse("a: [1, 2\nb: 3\n")
        } throws: { error in
            guard let error = error as? YAMLError, let mark = error.mark else { return false }
            return mark.line == 2 && error.description.contains("line 2")
        }
    }

    @Test(arguments: [
        ("a: 1\na: 2\n", "duplicate key 'a'"),
        ("base: &b {x: 1}\nuse:\n  <<: *b\n", "merge keys"),
        ("a: *missing\n", "alias *missing"),
        ("a: 1\n---\nb: 2\n", "only one YAML document"),
        ("", "empty"),
        ("? [a, b]\n: c\n", "mapping keys must be scalars"),
    ])
    func refusesConstructsItDoesNotSupport(source: String, message: String) {
        #expect {
            try YAMLParser.parse(source)
        } throws: { error in
            (error as? YAMLError)?.message.contains(message) == true
        }
    }
}
