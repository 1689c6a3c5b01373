/// Builds Swift source line by line with four-space indentation.
struct SwiftWriter {
    static let header = "// Generated from openapi.yaml — do not edit.\n\n"

    private(set) var text = ""
    private var level = 0

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            text += "\n"
        } else {
            text += String(repeating: "    ", count: level) + content + "\n"
        }
    }

    /// `opener {`, the body indented, `}`.
    mutating func block(_ opener: String, _ body: (inout SwiftWriter) -> Void) {
        line(opener + " {")
        level += 1
        body(&self)
        level -= 1
        line("}")
    }

    /// `switch subject {` with the cases at the level of the `switch`, as Swift style has it.
    mutating func switchBlock(_ subject: String, _ body: (inout SwiftWriter) -> Void) {
        line("switch \(subject) {")
        body(&self)
        line("}")
    }

    /// A `///` comment; blank lines inside are kept as `///`.
    mutating func doc(_ comment: String?) {
        guard let comment = comment?.trimmingTrailingWhitespace, !comment.isEmpty else { return }
        for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingTrailingWhitespace
            self.line(trimmed.isEmpty ? "///" : "/// " + trimmed)
        }
    }

    /// The file with the generated-code header and the imports it needs.
    func file(imports: [String] = ["import Foundation", "import LocksmithAPIRuntime"]) -> String {
        let importLines = imports.isEmpty ? "" : imports.joined(separator: "\n") + "\n\n"
        return Self.header + importLines + text.trimmingTrailingWhitespace + "\n"
    }
}

extension StringProtocol {
    var trimmingTrailingWhitespace: String {
        var result = String(self)
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}

/// Swift literal for a string.
func swiftString(_ value: String) -> String {
    var escaped = ""
    for scalar in value.unicodeScalars {
        switch scalar {
        case "\\": escaped += "\\\\"
        case "\"": escaped += "\\\""
        case "\n": escaped += "\\n"
        case "\t": escaped += "\\t"
        default: escaped.unicodeScalars.append(scalar)
        }
    }
    return "\"" + escaped + "\""
}
