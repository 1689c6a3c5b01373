import Foundation

/// Runs the built `locksmith` executable, for what only the command line does: what it prints, its exit status.
struct LocksmithCommand {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String

        var output: String { standardOutput + standardError }
    }

    /// `swift build --build-tests` and `swift test` build every product, so the executable sits next to the tests.
    static var executable: URL {
        #if os(macOS)
        if let tests = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return tests.bundleURL.deletingLastPathComponent().appendingPathComponent("locksmith")
        }
        #endif
        return Bundle.main.bundleURL.appendingPathComponent("locksmith")
    }

    /// Runs `locksmith arguments…` with only PATH and `environment` set, so no LOCKSMITH_* variable of the test
    /// run leaks in.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("locksmith-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"].merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return Result(
            status: status, standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
            standardError: try String(contentsOf: errorURL, encoding: .utf8))
    }
}
