import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files only the server's user may read (mode 0600), written whole under a temporary name in the same directory and
/// then given their name, with the file and its directory fsynced: a file is complete or absent, never half-written,
/// and on disk before anything relies on it.
enum PrivateFile {
    /// The file already exists and was not to be replaced.
    struct Exists: Error {
        let path: String
    }

    /// Writes the file at `path` by calling `write` with a handle to the new file. Throws `Exists` when there is a file
    /// at `path` already, unless `replacing`; a failure leaves nothing behind.
    static func write(_ path: String, replacing: Bool = false, _ write: (FileHandle) throws -> Void) throws {
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        if !replacing, FileManager.default.fileExists(atPath: path) { throw Exists(path: path) }
        let temporary = "\(directory)/.\(name).\(getpid()).\(UInt32.random(in: .min ... .max)).partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ConfigurationError("cannot create \(temporary): \(describe(errno))") }
        defer { unlink(temporary) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try write(handle)
            try handle.synchronize()
            try handle.close()
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError("cannot write \(path): \(error.localizedDescription)")
        }
        if replacing {
            guard rename(temporary, path) == 0 else { throw ConfigurationError("cannot write \(path): \(describe(errno))") }
        } else {
            // link, unlike rename, fails rather than replace a file that appeared meanwhile.
            guard link(temporary, path) == 0 else {
                let failure = errno
                if failure == EEXIST { throw Exists(path: path) }
                throw ConfigurationError("cannot create \(path): \(describe(failure))")
            }
        }
        try syncDirectory(directory)
    }

    static func syncDirectory(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ConfigurationError("cannot open \(path) to sync it: \(describe(errno))") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw ConfigurationError("cannot sync \(path): \(describe(errno))") }
    }

    static func describe(_ error: Int32) -> String {
        String(cString: strerror(error))
    }
}
