/// Turns names from the contract (`expires_at`, `product:read`, `INVALID_JSON`, `Idempotency-Key`) into
/// Swift identifiers (`expiresAt`, `productRead`, `invalidJSON`, `idempotencyKey`).
public enum Naming {
    private static let acronyms: [String: String] = [
        "id": "ID", "ids": "IDs", "url": "URL", "uri": "URI", "ip": "IP", "api": "API", "cidrs": "CIDRs",
        "vm": "VM", "json": "JSON", "yaml": "YAML", "csv": "CSV", "pdf": "PDF", "http": "HTTP", "sha256": "SHA256", "jwks": "JWKS", "dsa": "DSA",
    ]

    private static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows", "static", "struct",
        "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as",
        "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "Any", "Type", "Protocol",
    ]

    /// `expires_at` → `expiresAt`, `api_key` → `apiKey`, `allowed_cidrs` → `allowedCIDRs`.
    public static func propertyName(_ raw: String) -> String {
        let words = split(raw)
        guard let first = words.first else { return "_" }
        let name = first.lowercased() + words.dropFirst().map(capitalized).joined()
        return escaped(name)
    }

    /// `api_key` → `APIKey`, `createAPIKey` → `CreateAPIKey`.
    public static func typeName(_ raw: String) -> String {
        let words = split(raw)
        let name = words.map(capitalized).joined()
        return name.first?.isNumber == true ? "_" + name : name
    }

    /// An identifier that may be written after a dot or in a `case` without backticks.
    public static func escaped(_ name: String) -> String {
        if name.first?.isNumber == true { return "_" + name }
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// The name as written after a dot (`.default`), where keywords other than a few need no backticks.
    public static func unescaped(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }

    /// Splits on separators and on lower→upper camel-case boundaries, keeping acronym runs together.
    static func split(_ raw: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(raw)
        for (index, character) in characters.enumerated() {
            if !(character.isLetter || character.isNumber) {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if character.isUppercase, let last = current.last {
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if last.isLowercase || last.isNumber || (last.isUppercase && nextIsLower) {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func capitalized(_ word: String) -> String {
        let lower = word.lowercased()
        if let acronym = acronyms[lower] { return acronym }
        if word == word.uppercased(), word.count > 1, word.contains(where: \.isLetter) {
            // An all-caps word such as `JSON` in an error code: keep it only if it is a known acronym.
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }
}
