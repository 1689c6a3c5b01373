import Foundation
import LocksmithCrypto

/// The file a backup is: a POSIX (ustar) tar archive, so that the operator's own tools can list and unpack it, holding
/// exactly three members in this order:
///
/// 1. `manifest.json`: what the backup is (`BackupManifest`);
/// 2. the data: `locksmith.sqlite` (a SQLite database) or `locksmith.pgdump` (`pg_dump`'s custom format);
/// 3. `SHA256SUMS`: the SHA-256 of the other two, in `sha256sum`'s format (`sha256sum -c SHA256SUMS` checks them).
///
/// Reading is strict: every header's checksum, every padding byte and the two zero blocks that end the archive are
/// checked, and nothing may follow them, so that a single changed byte anywhere in the file is found.
enum BackupArchive {
    static let manifestName = "manifest.json"
    static let checksumsName = "SHA256SUMS"
    static let blockSize = 512
    /// The largest manifest or checksum list read into memory; a manifest lists one line per account.
    static let maximumTextBytes = 64 << 20
    private static let copyBufferBytes = 1 << 20

    /// Writes a backup file at `path` (which must not exist; `PrivateFile`): the manifest, the data file at `data` (whose
    /// size and SHA-256 the manifest states), and the checksums of both.
    static func write(_ path: String, manifest: BackupManifest, data: String) throws {
        let manifestBytes = try manifest.encoded()
        try PrivateFile.write(path) { handle in
            let archive = Writer(handle: handle, modificationTime: manifest.createdAt)
            try archive.add(manifestName, bytes: manifestBytes)
            try archive.add(manifest.dataFileName, file: data, size: manifest.dataBytes)
            try archive.add(checksumsName, bytes: checksums(manifest: manifestBytes, data: manifest.dataSHA256, dataName: manifest.dataFileName))
            try archive.finish()
        }
    }

    /// `SHA256SUMS`: one `sha256sum` line per member before it.
    static func checksums(manifest: [UInt8], data digest: [UInt8], dataName: String) -> [UInt8] {
        Array("\(Hex.encode(Digest.sha256(manifest)))  \(manifestName)\n\(Hex.encode(digest))  \(dataName)\n".utf8)
    }

    /// Appends members to an archive being written.
    struct Writer {
        let handle: FileHandle
        let modificationTime: Date

        func add(_ name: String, bytes: [UInt8]) throws {
            try handle.write(contentsOf: BackupArchive.header(name: name, size: Int64(bytes.count), modificationTime: modificationTime))
            try handle.write(contentsOf: bytes)
            try handle.write(contentsOf: BackupArchive.padding(after: Int64(bytes.count)))
        }

        /// Adds the file at `path` under `name`.
        func add(_ name: String, file path: String, size: Int64) throws {
            try handle.write(contentsOf: BackupArchive.header(name: name, size: size, modificationTime: modificationTime))
            guard let input = FileHandle(forReadingAtPath: path) else { throw BackupError("cannot read \(path)") }
            defer { try? input.close() }
            var copied: Int64 = 0
            while let chunk = try input.read(upToCount: BackupArchive.copyBufferBytes), !chunk.isEmpty {
                try handle.write(contentsOf: chunk)
                copied += Int64(chunk.count)
            }
            guard copied == size else { throw BackupError("\(path) changed while it was being archived") }
            try handle.write(contentsOf: BackupArchive.padding(after: size))
        }

        func finish() throws {
            try handle.write(contentsOf: [UInt8](repeating: 0, count: 2 * BackupArchive.blockSize))
        }
    }

    /// Reads an archive's members in order.
    struct Reader {
        let path: String
        private let handle: FileHandle

        init(path: String) throws {
            guard let handle = FileHandle(forReadingAtPath: path) else { throw BackupError("cannot read \(path)") }
            self.path = path
            self.handle = handle
        }

        func close() {
            try? handle.close()
        }

        /// The next member, which must be called `name`; returns its size.
        func member(named name: String) throws -> Int64 {
            try member(namedOneOf: [name]).size
        }

        /// The next member, which must have one of `names`; returns its name and size.
        func member(namedOneOf names: [String]) throws -> (name: String, size: Int64) {
            let name = names.joined(separator: " or ")
            let block = try read(BackupArchive.blockSize, "the header of \(name)")
            guard block.contains(where: { $0 != 0 }) else { throw damaged("it ends where \(name) should be") }
            guard Array(block[257..<263]) == Array("ustar\0".utf8), Array(block[263..<265]) == Array("00".utf8) else {
                throw damaged("the header of \(name) is not a ustar header")
            }
            let stored = BackupArchive.octal(block[148..<156])
            let sum = block.enumerated().reduce(0) { total, entry in total + ((148..<156).contains(entry.offset) ? 32 : Int(entry.element)) }
            guard stored == Int64(sum) else { throw damaged("the header of \(name) fails its checksum") }
            let found = String(decoding: block[0..<100].prefix { $0 != 0 }, as: UTF8.self)
            guard names.contains(found), block[156] == UInt8(ascii: "0") else {
                throw damaged("\(name) was expected, found '\(found)'")
            }
            guard let size = BackupArchive.size(block[124..<136]), size >= 0 else { throw damaged("the size of \(found) cannot be read") }
            return (found, size)
        }

        /// The member's `size` bytes, then its padding.
        func bytes(_ size: Int64, of name: String, limit: Int = BackupArchive.maximumTextBytes) throws -> [UInt8] {
            guard size <= Int64(limit) else { throw damaged("\(name) is \(size) bytes, more than a backup ever holds") }
            let bytes = try read(Int(size), name)
            try skipPadding(after: size, of: name)
            return bytes
        }

        /// Copies the member's `size` bytes to `output`, returning their SHA-256, then checks its padding.
        func copy(_ size: Int64, of name: String, to output: FileHandle) throws -> [UInt8] {
            let digest = SHA256Stream()
            var remaining = size
            while remaining > 0 {
                let chunk = try read(Int(min(remaining, Int64(BackupArchive.copyBufferBytes))), name)
                digest.update(chunk)
                try output.write(contentsOf: chunk)
                remaining -= Int64(chunk.count)
            }
            try skipPadding(after: size, of: name)
            return digest.finish()
        }

        /// The two zero blocks that end the archive, and nothing but zeros after them (tar programs pad an archive to
        /// whole records).
        func end() throws {
            let trailer = try read(2 * BackupArchive.blockSize, "the end of the archive")
            guard trailer.allSatisfy({ $0 == 0 }) else { throw damaged("something follows its last member") }
            while let rest = try handle.read(upToCount: BackupArchive.copyBufferBytes), !rest.isEmpty {
                guard rest.allSatisfy({ $0 == 0 }) else { throw damaged("bytes follow the end of the archive") }
            }
        }

        private func skipPadding(after size: Int64, of name: String) throws {
            let count = BackupArchive.paddingCount(after: size)
            guard count > 0 else { return }
            guard try read(count, "the padding of \(name)").allSatisfy({ $0 == 0 }) else { throw damaged("the padding after \(name) was altered") }
        }

        private func read(_ count: Int, _ what: String) throws -> [UInt8] {
            let data = try handle.read(upToCount: count) ?? Data()
            guard data.count == count else { throw damaged("it is cut short in \(what)") }
            return [UInt8](data)
        }

        private func damaged(_ reason: String) -> BackupError {
            BackupError("\(path) is damaged or not a Locksmith backup: \(reason)")
        }
    }

    static func paddingCount(after size: Int64) -> Int {
        Int((Int64(blockSize) - size % Int64(blockSize)) % Int64(blockSize))
    }

    private static func padding(after size: Int64) -> [UInt8] {
        [UInt8](repeating: 0, count: paddingCount(after: size))
    }

    /// A ustar header for a regular file of mode 0600 owned by uid and gid 0.
    static func header(name: String, size: Int64, modificationTime: Date) -> [UInt8] {
        precondition(name.utf8.count < 100)
        var block = [UInt8](repeating: 0, count: blockSize)
        func put(_ text: String, at offset: Int) {
            for (index, byte) in text.utf8.enumerated() { block[offset + index] = byte }
        }
        put(name, at: 0)
        put("0000600\0", at: 100)
        put("0000000\0", at: 108)
        put("0000000\0", at: 116)
        block.replaceSubrange(124..<136, with: sizeField(size))
        put(String(format: "%011llo\0", Int64(modificationTime.timeIntervalSince1970)), at: 136)
        put("        ", at: 148)
        block[156] = UInt8(ascii: "0")
        put("ustar\0", at: 257)
        put("00", at: 263)
        let sum = block.reduce(0) { $0 + Int($1) }
        put(String(format: "%06o\0 ", sum), at: 148)
        return block
    }

    /// Eleven octal digits hold sizes below 8 GiB; larger ones use the base-256 form (a leading 0x80 byte) that GNU tar,
    /// bsdtar and Python's tarfile read.
    static func sizeField(_ size: Int64) -> [UInt8] {
        if size <= 0o77777777777 { return Array(String(format: "%011llo\0", size).utf8) }
        var field = [UInt8](repeating: 0, count: 12)
        field[0] = 0x80
        var value = UInt64(size)
        for index in stride(from: 11, to: 0, by: -1) {
            field[index] = UInt8(value & 0xFF)
            value >>= 8
        }
        return field
    }

    static func size(_ field: ArraySlice<UInt8>) -> Int64? {
        if field.first == 0x80 {
            return field.dropFirst().reduce(Int64(0)) { ($0 << 8) | Int64($1) }
        }
        return octal(field)
    }

    /// An octal field: digits, ended by NUL or space.
    private static func octal(_ field: ArraySlice<UInt8>) -> Int64? {
        let digits = field.prefix { $0 != 0 && $0 != 32 }
        guard !digits.isEmpty, digits.allSatisfy({ (48...55).contains($0) }) else { return nil }
        return digits.reduce(Int64(0)) { $0 * 8 + Int64($1 - 48) }
    }
}
