public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program this process starts, with `posix_spawn`: the PostgreSQL client tools of `locksmith backup` and `restore`,
/// and, in the tests, servers, the command line and helper programs.
///
/// Foundation's `Process` is not used: on Linux (through Swift 6.3.1) `Process.run` reads `/proc/self/fd` past the
/// end of a directory entry and crashes now and then, the more often the more files the process has open
/// (swift-corelibs-foundation pull request 5472). The child gets exactly the environment given, its standard streams
/// from the given descriptors (or `/dev/null`), and none of this process's other descriptors.
public final class ChildProcess: @unchecked Sendable {
    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module does not
    /// declare: without it a child would inherit every descriptor opened without close-on-exec.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(
            symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// How a child ended.
    public enum Status: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)

        /// The exit status, or 128 + the signal, as a shell reports it.
        public var code: Int32 {
            switch self {
            case .exited(let code): code
            case .signalled(let signal): 128 + signal
            }
        }
    }

    public let processIdentifier: pid_t
    private let lock = NSLock()
    private var ended: Status?

    /// Starts `executable` (a path) with `arguments` and exactly `environment`. A stream given no descriptor reads from
    /// or writes to `/dev/null`.
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String], standardInput: Int32? = nil,
        standardOutput: Int32? = nil, standardError: Int32? = nil
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (descriptor, target, flags) in [
            (standardInput, STDIN_FILENO, O_RDONLY), (standardOutput, STDOUT_FILENO, O_WRONLY), (standardError, STDERR_FILENO, O_WRONLY),
        ] {
            if let descriptor {
                posix_spawn_file_actions_adddup2(&actions, descriptor, target)
            } else {
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", flags, 0)
            }
        }
        if let closeFrom = Self.closeFrom { _ = closeFrom(&actions, 3) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard result == 0 else {
            throw StorageError(.other, "cannot run \(executable): \(String(cString: strerror(result)))")
        }
        processIdentifier = pid
    }

    /// Waits for the child to end (blocking the calling thread).
    @discardableResult
    public func wait() -> Status {
        if let ended = lock.withLock({ ended }) { return ended }
        var status: Int32 = 0
        while waitpid(processIdentifier, &status, 0) == -1, errno == EINTR {}
        return record(status)
    }

    /// Whether the child is still running; reaps it if it has ended.
    public var isRunning: Bool {
        if lock.withLock({ ended }) != nil { return false }
        var status: Int32 = 0
        guard waitpid(processIdentifier, &status, WNOHANG) == processIdentifier else { return true }
        record(status)
        return false
    }

    /// Sends `signal` (SIGTERM, SIGKILL…) to a child still running.
    public func send(_ signal: Int32) {
        if isRunning { kill(processIdentifier, signal) }
    }

    @discardableResult
    private func record(_ status: Int32) -> Status {
        let low = status & 0x7f
        let value: Status = low == 0 ? .exited((status >> 8) & 0xff) : .signalled(low)
        lock.withLock { ended = value }
        return value
    }

    /// Runs `executable arguments…` to completion with `input` on standard input; its status, standard output and
    /// standard error (or both in `output`, when `mergingErrors`). Streams go through temporary files, so a child that
    /// writes much before reading cannot block on a full pipe.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], input: Data = Data(), mergingErrors: Bool = false
    ) throws -> (status: Status, output: Data, errors: Data) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("locksmith-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: scratch) }
        let files = ["in", "out", "err"].map { scratch.appendingPathComponent($0).path }
        try input.write(to: URL(fileURLWithPath: files[0]))
        let descriptors = [open(files[0], O_RDONLY | O_CLOEXEC), open(files[1], O_WRONLY | O_CREAT | O_CLOEXEC, 0o600),
                           open(files[2], O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)]
        defer { for descriptor in descriptors where descriptor >= 0 { close(descriptor) } }
        guard descriptors.allSatisfy({ $0 >= 0 }) else { throw StorageError(.other, "cannot create the files of a child's streams") }
        let child = try ChildProcess(
            executable, arguments, environment: environment, standardInput: descriptors[0], standardOutput: descriptors[1],
            standardError: mergingErrors ? descriptors[1] : descriptors[2])
        let status = child.wait()
        let output = (try? Data(contentsOf: URL(fileURLWithPath: files[1]))) ?? Data()
        let errors = (try? Data(contentsOf: URL(fileURLWithPath: files[2]))) ?? Data()
        return (status, output, errors)
    }
}
