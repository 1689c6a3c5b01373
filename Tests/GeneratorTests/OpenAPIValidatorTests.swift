import Foundation
import Testing

/// openapi.yaml is a valid OpenAPI 3.1 document for other tools too, not only for our generator.
@Suite struct OpenAPIValidatorTests {
    /// The test virtual environment's interpreter (`scripts/test.sh` sets it), else python3.
    private static let python = ProcessInfo.processInfo.environment["LOCKSMITH_TEST_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
    private static let moduleAvailable: Bool = run(["-c", "import importlib.util, sys; sys.exit(0 if importlib.util.find_spec('openapi_spec_validator') else 1)"]).status == 0

    @Test(.enabled(if: moduleAvailable || ProcessInfo.processInfo.environment["CI"] != nil,
                   "openapi-spec-validator is not installed; scripts/test.sh installs it into .venv-test"))
    func openapiSpecValidatorAcceptsTheSpec() {
        let result = Self.run(["-m", "openapi_spec_validator", GoldenTests.root + "/openapi.yaml"])
        #expect(result.status == 0, "openapi-spec-validator rejected openapi.yaml:\n\(result.output)")
    }

    private static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (-1, "could not start python3: \(error)")
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
