import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport

/// A `locksmith serve` process on 127.0.0.1, over the data directory (and database) of a prepared `TestServer`:
/// for what takes a real process, such as two servers sharing one database, or `kill -9`.
final class ServerProcess: @unchecked Sendable {
    let port: Int
    private let process: ChildProcess
    private let log: URL

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// The server's resident memory now, from `/proc/<pid>/status` (VmRSS), in bytes.
    var residentBytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return nil }
        return kilobytes * 1024
    }

    /// Starts the server and waits until `/health` answers. `environment` adds LOCKSMITH_* variables (a master key, a
    /// bootstrap token…) to the otherwise empty environment the server gets.
    init(
        dataDirectory: String, databaseURL: String?, port: Int? = nil, logLevel: String = "warning", environment: [String: String] = [:]
    ) async throws {
        self.port = try port ?? UnusedPort.make()
        log = FileManager.default.temporaryDirectory.appendingPathComponent("locksmith-serve-\(UUID().uuidString).log")
        try Data().write(to: log)
        var arguments = ["serve", "--data-dir", dataDirectory, "--port", String(self.port), "--log-level", logLevel]
        if let databaseURL { arguments += ["--database-url", databaseURL] }
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        process = try ChildProcess(
            LocksmithCommand.executable.path, arguments, environment: LocksmithCommand.environment(environment),
            standardOutput: output.fileDescriptor, standardError: output.fileDescriptor)
        try await waitUntilHealthy()
    }

    private func waitUntilHealthy() async throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if !process.isRunning { throw ServerProcessError.exited(output) }
            if let (_, response) = try? await URLSession.shared.data(from: baseURL.appendingPathComponent("health")),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        kill()
        throw ServerProcessError.notHealthy(output)
    }

    /// What the server wrote.
    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// A transport to this server whose session keeps many connections open, so concurrent requests stay concurrent.
    func transport() -> URLSessionTransport {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 128
        configuration.timeoutIntervalForRequest = 120
        return URLSessionTransport(baseURL: baseURL, session: URLSession(configuration: configuration))
    }

    /// Stops the server as an operator would (SIGTERM) and waits for it.
    func stop() {
        process.send(SIGTERM)
        process.wait()
        try? FileManager.default.removeItem(at: log)
    }

    /// Kills the server outright (SIGKILL): no drain, no flush.
    func kill() {
        process.send(SIGKILL)
        process.wait()
    }
}

extension ServerProcess {
    /// Two servers over the PostgreSQL database of `server`, with rate limits off and pools that let hundreds of
    /// requests wait: for the tests that fire bursts at one limit through two processes.
    static func pair(over server: TestServer) async throws -> (first: ServerProcess, second: ServerProcess) {
        guard let databaseURL = server.database.url else { throw ServerProcessError.notHealthy("two processes need a PostgreSQL database") }
        let url = TestURL.adding(["pool_timeout": "120s", "pool_max_waiters": "5000"], to: databaseURL)
        // Bursts of hundreds of concurrent calls at one license: what is measured is the limit, not the rate limits.
        let unlimited = ["LOCKSMITH_RATE_LIMITS": "off"]
        let first = try await ServerProcess(dataDirectory: server.database.dataDirectory, databaseURL: url, environment: unlimited)
        do {
            return (first, try await ServerProcess(dataDirectory: server.database.dataDirectory, databaseURL: url, environment: unlimited))
        } catch {
            first.stop()
            throw error
        }
    }
}

enum ServerProcessError: Error, CustomStringConvertible {
    case exited(String)
    case notHealthy(String)

    var description: String {
        switch self {
        case .exited(let output): "locksmith serve exited: \(output)"
        case .notHealthy(let output): "locksmith serve did not become healthy in 30 s: \(output)"
        }
    }
}
