public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The passphrase that seals an exported master key: `LOCKSMITH_MASTER_KEY_PASSPHRASE` when it is set (for scripts), else
/// typed at the terminal with echo off.
public enum Passphrase {
    public static let variable = "LOCKSMITH_MASTER_KEY_PASSPHRASE"

    /// The passphrase; with `confirming`, typed twice and compared. Throws `BackupError` when there is neither the
    /// variable nor a terminal to ask.
    public static func read(confirming: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let value = environment[variable], !value.isEmpty { return value }
        let terminal = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard terminal >= 0 else {
            throw BackupError("no passphrase: set \(variable), or run this from a terminal to type it")
        }
        defer { close(terminal) }
        let passphrase = try ask("Passphrase for the master key: ", on: terminal)
        if confirming, try ask("The same passphrase again: ", on: terminal) != passphrase {
            throw BackupError("the two passphrases differ; nothing was written")
        }
        return passphrase
    }

    /// One line typed at `terminal` with echo off (restored afterwards, whatever happens).
    private static func ask(_ prompt: String, on terminal: Int32) throws -> String {
        _ = prompt.withCString { write(terminal, $0, strlen($0)) }
        var saved = termios()
        let canHide = tcgetattr(terminal, &saved) == 0
        if canHide {
            var hidden = saved
            hidden.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(terminal, TCSAFLUSH, &hidden)
        }
        defer {
            if canHide { tcsetattr(terminal, TCSAFLUSH, &saved) }
            _ = write(terminal, "\n", 1)
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while readByte(terminal, &byte, 1) == 1, byte != 0x0A {
            if byte != 0x0D { line.append(byte) }
        }
        guard let text = String(bytes: line, encoding: .utf8) else { throw BackupError("the passphrase is not UTF-8 text") }
        return text
    }
}

/// The C library's `read`, which `Passphrase.read` would otherwise hide.
private func readByte(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
