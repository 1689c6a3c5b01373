/// Version strings of the version catalog are semantic versions (semver.org 2.0.0):
/// `MAJOR.MINOR.PATCH`, then optionally `-` and dot-separated pre-release identifiers, then optionally `+`
/// and dot-separated build identifiers; identifiers are ASCII letters, digits and `-`, and numeric ones
/// (the three core numbers and numeric pre-release identifiers) have no leading zeros. The contract's
/// pattern also bounds them to 64 characters, which keeps them ASCII inside signed runtime payloads.
enum ProductVersionFormat {
    static func isSemanticVersion(_ text: String) -> Bool {
        var rest = Substring(text)
        var build: Substring?
        if let plus = rest.firstIndex(of: "+") {
            build = rest[rest.index(after: plus)...]
            rest = rest[..<plus]
        }
        var prerelease: Substring?
        if let dash = rest.firstIndex(of: "-") {
            prerelease = rest[rest.index(after: dash)...]
            rest = rest[..<dash]
        }
        let core = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard core.count == 3, core.allSatisfy(isNumericIdentifier) else { return false }
        if let prerelease {
            let identifiers = prerelease.split(separator: ".", omittingEmptySubsequences: false)
            guard identifiers.allSatisfy({ isAlphanumericIdentifier($0) && (!isDigits($0) || isNumericIdentifier($0)) }) else { return false }
        }
        if let build {
            guard build.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isAlphanumericIdentifier) else { return false }
        }
        return true
    }

    /// Digits without a leading zero (a lone `0` is fine).
    private static func isNumericIdentifier(_ identifier: Substring) -> Bool {
        isDigits(identifier) && (identifier.count == 1 || identifier.first != "0")
    }

    private static func isDigits(_ identifier: Substring) -> Bool {
        !identifier.isEmpty && identifier.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func isAlphanumericIdentifier(_ identifier: Substring) -> Bool {
        !identifier.isEmpty && identifier.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D
        }
    }
}
