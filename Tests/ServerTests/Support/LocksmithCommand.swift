import Foundation
import LocksmithStorage

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

    /// Only PATH and `environment`, so that no LOCKSMITH_* variable of the test run leaks into a command or server.
    static func environment(_ environment: [String: String]) -> [String: String] {
        ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"].merging(environment) { $1 }
    }

    /// Runs `locksmith arguments…` to completion with only PATH and `environment` set.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Result {
        let result = try await withCheckedThrowingContinuation { continuation in
            // Off the cooperative pool: the command may talk to a server running in this process.
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result {
                    try ChildProcess.run(executable.path, arguments, environment: Self.environment(environment))
                })
            }
        }
        return Result(
            status: result.status.code, standardOutput: String(decoding: result.output, as: UTF8.self),
            standardError: String(decoding: result.errors, as: UTF8.self))
    }
}
