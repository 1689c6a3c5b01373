import Foundation

/// File-system side of the generator, shared by the command line and the golden test.
public enum GeneratorRun {
    /// Reads the spec and renders every output file.
    public static func generate(specPath: String) throws -> [String: String] {
        let text = try String(contentsOfFile: specPath, encoding: .utf8)
        return try Pipeline.render(try Pipeline.spec(fromYAML: text))
    }

    /// Names of files that would be added, changed or removed by writing `files` into `directory`.
    public static func differences(_ files: [String: String], in directory: String) throws -> [String] {
        let existing = Set((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        var changes: [String] = []
        for (name, contents) in files.sorted(by: { $0.key < $1.key }) {
            let current = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            if current != contents { changes.append(existing.contains(name) ? "\(name) (changed)" : "\(name) (new)") }
        }
        for name in existing.subtracting(files.keys).sorted() where name.hasSuffix(".swift") {
            changes.append("\(name) (stale)")
        }
        return changes
    }

    /// Makes `directory` hold exactly `files` (stale Swift files are removed).
    public static func write(_ files: [String: String], to directory: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let existing = Set(try manager.contentsOfDirectory(atPath: directory))
        for name in existing.subtracting(files.keys) where name.hasSuffix(".swift") {
            try manager.removeItem(atPath: directory + "/" + name)
        }
        for (name, contents) in files {
            let path = directory + "/" + name
            if (try? String(contentsOfFile: path, encoding: .utf8)) == contents { continue }
            try Data(contents.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }
}
