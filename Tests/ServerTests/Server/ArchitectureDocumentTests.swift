import Foundation
import LocksmithTestSupport
import Testing

/// What docs/ARCHITECTURE.md says that can be checked mechanically is checked: its module table against
/// Package.swift, its folder table against Sources/Handlers.
@Suite struct ArchitectureDocumentTests {
    static let document = (try? String(contentsOf: Repository.root.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)) ?? ""

    /// The rows of the table that follows `heading`: each row's cells, without the header and the rule.
    static func table(after heading: String) -> [[String]] {
        guard let start = document.range(of: heading) else { return [] }
        let lines = document[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
        let rows = lines.drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
        return rows.dropFirst(2).map { row in
            row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// Each target of Package.swift with the names of its dependencies (targets, and products by their name).
    static func packageTargets() throws -> [String: Set<String>] {
        let manifest = try String(contentsOf: Repository.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let target = try Regex(#"\.(?:target|executableTarget|testTarget)\(\s*name: "([^"]+)"(?:,\s*dependencies: \[([^\]]*)\])?"#)
        let product = try Regex(#"\.product\(name: "([^"]+)""#)
        let name = try Regex(#""([^"]+)""#)
        var targets: [String: Set<String>] = [:]
        for match in manifest.matches(of: target) {
            let targetName = String(match.output[1].substring ?? "")
            var list = String(match.output[2].substring ?? "")
            var dependencies = Set(list.matches(of: product).compactMap { $0.output[1].substring.map(String.init) })
            list.replace(product, with: "")
            list.replace(try Regex(#"package: "[^"]+"\)"#), with: "")
            dependencies.formUnion(list.matches(of: name).compactMap { $0.output[1].substring.map(String.init) })
            targets[targetName] = dependencies
        }
        return targets
    }

    @Test func theModuleTableListsEachModulesDependencies() throws {
        let rows = Self.table(after: "## Modules")
        #expect(rows.count >= 10)
        let targets = try Self.packageTargets()
        for row in rows where row.count >= 3 {
            let modules = row[0].split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " `")) }
            for module in modules {
                guard let dependencies = targets[module] else { continue }
                // "Crypto (swift-crypto)" names the product Crypto; "(Foundation only)" names none.
                let documented = Set(row[2].split(separator: ",").compactMap { cell -> String? in
                    let name = cell.split(separator: "(", omittingEmptySubsequences: false).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                    return name.isEmpty ? nil : name
                })
                #expect(documented == dependencies, "\(module): the document says \(documented.sorted()), Package.swift \(dependencies.sorted())")
            }
        }
    }

    @Test func theFolderTableListsEveryAreaOfHandlers() throws {
        let documented = Set(Self.table(after: "## Handlers: one folder per area, one pattern").compactMap { row in
            row.first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "`/")) }
        })
        let folders = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("Sources/Handlers").path)
            .filter { !$0.hasSuffix(".swift") }
        #expect(documented == Set(folders))
    }
}
