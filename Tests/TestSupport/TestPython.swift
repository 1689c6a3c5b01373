public import Foundation
import LocksmithStorage

/// The checkout the tests were built from.
public enum Repository {
    /// The repository's root directory (this file is `Tests/TestSupport/TestPython.swift`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// The Python interpreter of the test virtual environment, which holds the independent implementations the tests
/// check the server against (the official LicenseKit SDK, standardwebhooks, cryptography).
///
/// `scripts/test.sh` sets `LOCKSMITH_TEST_PYTHON`; otherwise `.venv-test/bin/python` in the checkout is used when it
/// exists. Without either, tests that need it are skipped locally and fail in CI.
public enum TestPython {
    public static var executable: String? {
        if let path = ProcessInfo.processInfo.environment["LOCKSMITH_TEST_PYTHON"], !path.isEmpty { return path }
        let local = Repository.root.appendingPathComponent(".venv-test/bin/python").path
        return FileManager.default.isExecutableFile(atPath: local) ? local : nil
    }

    /// Whether tests that need it should run: always in CI (where its absence is a failure), else when it exists.
    public static var shouldRun: Bool {
        executable != nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// Runs a Python program given as text, with `arguments` and `input` on standard input; returns the exit status
    /// and everything it wrote.
    public static func run(_ program: String, arguments: [String] = [], input: Data = Data()) throws -> (status: Int32, output: String) {
        guard let executable else { throw TestPythonError.missing }
        return try TestProcess.run(executable, ["-c", program] + arguments, input: input)
    }
}

/// Runs helper programs of the tests (Python, Node) to completion.
public enum TestProcess {
    /// Runs `executable arguments…` with `input` on standard input; returns its exit status and everything it wrote
    /// to standard output (and, when `mergingErrors`, standard error).
    public static func run(
        _ executable: String, _ arguments: [String], input: Data = Data(), mergingErrors: Bool = true
    ) throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run(
            executable, arguments, environment: ProcessInfo.processInfo.environment, input: input, mergingErrors: mergingErrors)
        if !mergingErrors { FileHandle.standardError.write(result.errors) }
        return (result.status.code, String(decoding: result.output, as: UTF8.self))
    }

    /// `run` off the cooperative thread pool, for a program that talks to a server running in this process.
    public static func run(
        _ executable: String, _ arguments: [String], input: Data = Data(), mergingErrors: Bool = true
    ) async throws -> (status: Int32, output: String) {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try run(executable, arguments, input: input, mergingErrors: mergingErrors) })
            }
        }
    }

    /// The path of `name` on PATH, if any.
    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

public enum TestPythonError: Error, CustomStringConvertible {
    case missing

    public var description: String {
        "no test Python: run scripts/test.sh, or scripts/install-deps.sh --tests, which make .venv-test"
    }
}
