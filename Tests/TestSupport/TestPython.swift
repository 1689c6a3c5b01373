public import Foundation

/// The Python interpreter of the test virtual environment, which holds the independent implementations the tests
/// check the server against (the official LicenseKit SDK, standardwebhooks, cryptography).
///
/// `scripts/test.sh` sets `LOCKSMITH_TEST_PYTHON`; otherwise `.venv-test/bin/python` in the checkout is used when it
/// exists. Without either, tests that need it are skipped locally and fail in CI.
public enum TestPython {
    public static var executable: String? {
        if let path = ProcessInfo.processInfo.environment["LOCKSMITH_TEST_PYTHON"], !path.isEmpty { return path }
        let local = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".venv-test/bin/python").path
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-c", program] + arguments
        let output = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: text, as: UTF8.self))
    }
}

public enum TestPythonError: Error, CustomStringConvertible {
    case missing

    public var description: String {
        "no test Python: run scripts/test.sh, or scripts/install-deps.sh --tests, which make .venv-test"
    }
}
