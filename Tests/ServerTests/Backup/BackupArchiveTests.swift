import Foundation
import LocksmithCrypto
import LocksmithHandlers
@testable import LocksmithServer
import LocksmithTestSupport
import Testing

/// A backup file is an ordinary tar archive: the operator's own tools list it, unpack it and check its SHA256SUMS, and
/// an archive those tools wrote is read back.
@Suite struct BackupArchiveTests {
    @Test func pythonsTarfileAndSha256sumReadABackupFile() throws {
        guard TestPython.shouldRun else { return }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let data = scratch.file("locksmith.sqlite")
        try Data((0..<1500).map { UInt8(truncatingIfNeeded: $0) }).write(to: URL(fileURLWithPath: data))
        let (digest, size) = try Backup.digest(of: data)
        let manifest = BackupManifest(
            backend: .sqlite, schemaVersion: Schema.latestVersion, createdAt: Date(timeIntervalSince1970: 1_767_225_600), dataBytes: size,
            dataSHA256: digest, auditChains: [AuditChainHead(accountID: "acc_default", sequence: 3, hash: Array(repeating: 7, count: 32))])
        let backup = scratch.file("out.backup")
        try BackupArchive.write(backup, manifest: manifest, data: data)

        let program = #"""
            import json, subprocess, sys, tarfile
            with tarfile.open(sys.argv[1]) as archive:
                print(" ".join("%s:%d:%o" % (m.name, m.size, m.mode) for m in archive.getmembers()))
                archive.extractall(sys.argv[2])
            print(json.load(open(sys.argv[2] + "/manifest.json"))["audit_chains"][0]["sequence"])
            print(subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=sys.argv[2], capture_output=True, text=True).stdout.strip())
            """#
        let out = scratch.file("unpacked")
        let (status, output) = try TestPython.run(program, arguments: [backup, out])
        #expect(status == 0, "\(output)")
        let lines = output.split(separator: "\n").map(String.init)
        let manifestSize = try Data(contentsOf: URL(fileURLWithPath: out + "/manifest.json")).count
        #expect(lines.first == "manifest.json:\(manifestSize):600 locksmith.sqlite:1500:600 SHA256SUMS:163:600", "\(output)")
        #expect(Array(lines.dropFirst()) == ["3", "manifest.json: OK", "locksmith.sqlite: OK"], "\(output)")

        // Repacked by tarfile (which pads the archive to whole 10 KiB records), it still reads, byte for byte the same.
        let repacked = scratch.file("repacked.backup")
        let repack = #"""
            import sys, tarfile
            with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as archive:
                for name in ("manifest.json", "locksmith.sqlite", "SHA256SUMS"):
                    archive.add(sys.argv[2] + "/" + name, arcname=name)
            """#
        let (repackStatus, repackOutput) = try TestPython.run(repack, arguments: [repacked, out])
        #expect(repackStatus == 0, "\(repackOutput)")
        let reader = try BackupArchive.Reader(path: repacked)
        defer { reader.close() }
        let manifestBytes = try reader.bytes(try reader.member(named: BackupArchive.manifestName), of: "manifest")
        #expect(try BackupManifest.decode(manifestBytes) == manifest)
        let member = try reader.member(namedOneOf: ["locksmith.sqlite"])
        let copy = scratch.file("copy")
        _ = FileManager.default.createFile(atPath: copy, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: copy))
        #expect(try reader.copy(member.size, of: member.name, to: handle) == digest)
        try handle.close()
        _ = try reader.bytes(try reader.member(named: BackupArchive.checksumsName), of: "sums")
        try reader.end()
    }

    /// Sizes past eight octal digits' 8 GiB use the base-256 form GNU tar and bsdtar read.
    @Test(arguments: [0, 511, 8 << 30 - 1, 8 << 30, 1 << 40] as [Int64])
    func sizesRoundTrip(size: Int64) {
        let field = BackupArchive.sizeField(size)
        #expect(field.count == 12 && BackupArchive.size(field[...]) == size)
        #expect((field[0] == 0x80) == (size >= 8 << 30))
    }
}
