import Foundation
@testable import LocksmithStorage
import Testing

/// Reading table data out of a script `pg_restore --data-only` wrote, with no server: COPY's text format.
@Suite struct PostgresCopyScriptTests {
    @Test func blocksAndRowsAreReadWithEveryEscape() throws {
        let script = #"""
            --
            -- PostgreSQL database dump
            --
            SET row_security = off;

            COPY public.audit_events (account_id, sequence, metadata, "order", hash) FROM stdin;
            acc_default	1	{"a":"tab\there, newline\nthere, back\\slash"}	\N	\\x00ff10
            acc_default	2	octal \101\102 and hex \x43 and \b\f\r\v	x	\\x
            \.

            COPY public.accounts (id) FROM stdin;
            \.
            """#
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("copy-\(UUID().uuidString).sql").path
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var blocks: [PostgresCopyScript.Block] = []
        var rows: [[[UInt8]?]] = []
        try PostgresCopyScript.read(path: path) { blocks.append($0) } row: { rows.append($0) }

        #expect(blocks == [
            .init(table: "audit_events", columns: ["account_id", "sequence", "metadata", "order", "hash"]), .init(table: "accounts", columns: ["id"]),
        ])
        #expect(rows.count == 2)
        let text = rows.map { row in row.map { $0.map { String(decoding: $0, as: UTF8.self) } } }
        #expect(text[0] == ["acc_default", "1", "{\"a\":\"tab\there, newline\nthere, back\\slash\"}", nil, "\\x00ff10"])
        #expect(text[1][2] == "octal AB and hex C and \u{8}\u{c}\r\u{b}")
        #expect(try PostgresCopyScript.bytea(rows[0][4]!) == [0x00, 0xFF, 0x10])
        #expect(try PostgresCopyScript.bytea(rows[1][4]!) == [])
    }

    @Test func aRowThatDoesNotMatchItsHeaderOrABlockWithoutItsEndIsAnError() throws {
        for script in ["COPY public.t (a, b) FROM stdin;\nonly-one\n\\.\n", "COPY public.t (a) FROM stdin;\nx\n"] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("copy-\(UUID().uuidString).sql").path
            try script.write(toFile: path, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(throws: StorageError.self) { try PostgresCopyScript.read(path: path) { _ in } row: { _ in } }
        }
        #expect(throws: StorageError.self) { try PostgresCopyScript.bytea(Array("0102".utf8)) }
    }
}
