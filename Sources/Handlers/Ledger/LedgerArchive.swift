public import Foundation
public import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// Whole months of the activity ledger moved out of PostgreSQL into signed files, one per account and month, and checked
/// offline (`locksmith ledger archive` and `locksmith ledger verify`).
///
/// A file is compact JSON with its members in this order, written as a stream:
///
///     {"activities":[…],"archive":{…},"signature":{"alg":"Ed25519","kid":"…","value":"…"}}
///
/// `activities` holds the account's rows of the month as `listActivities` returns them, oldest first (by `occurred_at`,
/// then `id`). `archive` describes them: `format` (`locksmith-ledger-archive/1`), `account_id`, `month` (`YYYY-MM`),
/// `from` and `to` (the month's first instant and the next month's, UTC), `rows`, `rows_digest` (`sha256:` and the hex
/// SHA-256 of the exact bytes of the `activities` array, from `[` to `]`) and `archived_at`. The signature is Ed25519,
/// by the account's signing key (`listPublicKeys?account_id=…` publishes it), over `ledger/` followed by the exact bytes
/// of the `archive` object as they appear in the file. So a verifier needs no canonical re-encoding: it cuts the two
/// byte ranges out of the file (the array ends where `,"archive":` last occurs), hashes one and checks the signature over
/// the other.
///
/// Archiving also records `ledger.archived` in the account's audit chain, with the month, the row count, `rows_digest`
/// and the file's own SHA-256: the chain, which stays in the database, then attests what each file holds, and a file
/// altered after the fact fails both its signature and the chain's record.
public enum LedgerArchive {
    public static let format = "locksmith-ledger-archive/1"
    static let signingPrefix = "ledger/"
    /// Rows read per statement while a month is written out.
    static let pageSize = 5_000

    /// The description of one file, which its signature covers.
    public struct Header: Codable, Sendable, Equatable {
        public var accountID: String
        public var archivedAt: Date
        public var format: String
        public var from: Date
        public var month: String
        public var rows: Int
        public var rowsDigest: String
        public var to: Date

        enum CodingKeys: String, CodingKey {
            case format, from, month, rows, to
            case accountID = "account_id"
            case archivedAt = "archived_at"
            case rowsDigest = "rows_digest"
        }
    }

    /// One file written.
    public struct Written: Sendable {
        public var path: String
        public var header: Header
        public var fileDigest: String
    }

    /// A month archived: its files and the partition that held it.
    public struct Month: Sendable {
        public var month: String
        public var partition: String
        public var files: [Written]
    }

    /// What went wrong, for the operator.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    /// The month partitions that end at or before `before` (the first instant of a month, at most the current month's), each
    /// written out to `directory` per account, recorded in each account's chain, and then detached and dropped. Rows of
    /// those months waiting in the default partition get their month's partition first. PostgreSQL only.
    public static func archive(
        before: Date, to directory: String, services: Services, progress: @Sendable (String) -> Void
    ) async throws -> [Month] {
        let database = services.database
        guard database.dialect == .postgres else {
            throw Failure(
                "the ledger is archived by month on PostgreSQL, where each month is a partition that can be detached whole; on SQLite "
                    + "the ledger is one table and archiving is refused rather than deleting rows one by one (back it up instead)")
        }
        let now = services.now()
        guard before <= monthStart(of: now) else {
            throw Failure("--before must be at most the current month (\(monthName(monthStart(of: now)))): a month still being written cannot be archived")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure("\(directory) is not a directory")
        }
        let cutoff = before.millisecondsSince1970
        // Months whose rows wait in the default partition get their own first, so that they are archived too.
        _ = try await database.write { connection in
            try connection.query(
                """
                SELECT locksmith_ledger_month(month) FROM (
                    SELECT DISTINCT date_trunc('month', to_timestamp(occurred_at / 1000.0), 'UTC') AS month
                    FROM activities_default WHERE occurred_at < $1) AS waiting
                """, [.integer(cutoff)])
        }
        let partitions = try await database.read { connection in
            try connection.query(
                """
                SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'activities'::regclass ORDER BY c.relname
                """, []
            ).map { try $0.string("name") }
        }.compactMap(month(ofPartition:)).filter { $0.to.millisecondsSince1970 <= cutoff }

        var months: [Month] = []
        for (partition, from, to) in partitions {
            let name = monthName(from)
            // The partition itself is read directly (it has no row-level security of its own; the server never names it).
            let accounts = try await database.read { connection in
                try connection.query("SELECT DISTINCT account_id FROM \(partition) ORDER BY account_id", []).map { try $0.string("account_id") }
            }
            var files: [Written] = []
            for account in accounts {
                let written = try await writeFile(
                    account: account, month: name, from: from, to: to, directory: directory, services: services, archivedAt: now)
                progress("\(name): \(account): \(written.header.rows) rows to \(written.path)")
                files.append(written)
            }
            // Each file read back and checked with its account's published keys before anything is removed.
            for file in files {
                let keys = try await publicKeys(account: file.header.accountID, services: services)
                guard let data = FileManager.default.contents(atPath: file.path) else { throw Failure("cannot read back \(file.path)") }
                if case .failed(let reason) = verify(file: data, publicKeys: keys) {
                    throw Failure("\(file.path) does not verify after writing (\(reason)); nothing was removed")
                }
            }
            let (change, written) = (AuditedChange.system(at: now), files)
            try await database.write { connection in
                for file in written {
                    try change.record(.ledgerArchived(file), on: try connection.tenant(file.header.accountID))
                }
                try connection.execute("ALTER TABLE activities DETACH PARTITION \(partition)", [])
                try connection.execute("DROP TABLE \(partition)", [])
            }
            progress("\(name): \(files.count) file(s) written and checked, partition \(partition) detached and dropped")
            months.append(Month(month: name, partition: partition, files: files))
        }
        return months
    }

    /// How a file checked out.
    public enum Outcome: Sendable, Equatable {
        case verified(Header, kid: String)
        case failed(String)
    }

    /// Checks a file offline: its layout, the digest of its rows, their count and window, and the signature with one of
    /// `publicKeys` (the account's, from `listPublicKeys`).
    public static func verify(file: Data, publicKeys: [PublicKey]) -> Outcome {
        let bytes = [UInt8](file)
        let opening = Array(#"{"activities":"#.utf8)
        let archiveMark = Array(#","archive":"#.utf8)
        let signatureMark = Array(#","signature":"#.utf8)
        guard bytes.starts(with: opening), bytes.last == UInt8(ascii: "}"),
              let archiveAt = lastRange(of: archiveMark, in: bytes), let signatureAt = lastRange(of: signatureMark, in: bytes),
              archiveAt.upperBound <= signatureAt.lowerBound
        else { return .failed("this is not a ledger archive file: its members are not activities, archive and signature in that order") }
        let rowsBytes = Data(bytes[opening.count..<archiveAt.lowerBound])
        let headerBytes = Data(bytes[archiveAt.upperBound..<signatureAt.lowerBound])
        let signatureBytes = Data(bytes[signatureAt.upperBound..<(bytes.count - 1)])
        guard let header = try? LocksmithJSON.decode(Header.self, from: headerBytes), header.format == format else {
            return .failed("the archive member is not a \(format) header")
        }
        let digest = "sha256:" + Hex.encode(Digest.sha256(rowsBytes))
        guard digest == header.rowsDigest else {
            return .failed("the rows' digest is \(digest), but the header says \(header.rowsDigest): the rows were altered")
        }
        guard let rows = try? LocksmithJSON.decode([Activity].self, from: rowsBytes) else { return .failed("the activities are not ledger rows") }
        guard rows.count == header.rows else { return .failed("the file holds \(rows.count) rows, but the header says \(header.rows)") }
        if let outside = rows.first(where: { $0.occurredAt < header.from || $0.occurredAt >= header.to }) {
            return .failed("row \(outside.id) is outside \(header.month)")
        }
        guard let signature = try? LocksmithJSON.decode(Signature.self, from: signatureBytes), signature.alg == "Ed25519" else {
            return .failed("the signature member is not an Ed25519 signature")
        }
        guard let key = publicKeys.first(where: { $0.kid == signature.kid }) else {
            return .failed("no public key with kid '\(signature.kid)' was given; use the server's listPublicKeys with account_id=\(header.accountID)")
        }
        guard let publicKey = Base64.decode(key.publicKey), publicKey.count == 32, let value = Base64.decode(signature.value),
              SigningKey.verify(signature: value, message: Data(signingPrefix.utf8) + headerBytes, publicKey: publicKey)
        else { return .failed("the signature does not verify with key \(key.kid): the header was altered or signed by another key") }
        return .verified(header, kid: key.kid)
    }

    // MARK: - Writing

    private static func writeFile(
        account: String, month: String, from: Date, to: Date, directory: String, services: Services, archivedAt: Date
    ) async throws -> Written {
        let path = URL(fileURLWithPath: directory).appendingPathComponent("ledger-\(account)-\(month).json").path
        guard !FileManager.default.fileExists(atPath: path) else {
            throw Failure("\(path) exists already; an archive is never overwritten (move it away first)")
        }
        let temporary = path + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: temporary)
        else { throw Failure("cannot create \(temporary)") }
        do {
            let rowsHash = SHA256Stream()
            let fileHash = SHA256Stream()
            func write(_ data: Data, rows: Bool = false) throws {
                if rows { rowsHash.update(data) }
                fileHash.update(data)
                try handle.write(contentsOf: data)
            }
            try write(Data(#"{"activities":"#.utf8))
            try write(Data("[".utf8), rows: true)
            var count = 0
            var after: (Int64, String)? = nil
            let (lower, upper) = (from.millisecondsSince1970, to.millisecondsSince1970)
            while true {
                let position = after
                let page = try await services.database.read(account: account) { connection in
                    var sql = "SELECT \(ActivityLedger.columns) FROM activities WHERE account_id = $account AND occurred_at >= $1 AND occurred_at < $2"
                    var binds: [SQLValue] = [.integer(lower), .integer(upper)]
                    if let (time, id) = position {
                        sql += " AND (occurred_at, id) > ($3, $4)"
                        binds += [.integer(time), .text(id)]
                    }
                    return try connection.query(sql + " ORDER BY occurred_at, id LIMIT \(pageSize)", binds).map(ActivityLedger.record)
                }
                for row in page {
                    try write(Data((count == 0 ? "" : ",").utf8) + (try LocksmithJSON.encodeData(row)), rows: true)
                    count += 1
                }
                guard let last = page.last, page.count == pageSize else { break }
                after = (last.occurredAt.millisecondsSince1970, last.id)
            }
            try write(Data("]".utf8), rows: true)
            let keyed = try await services.database.read(account: account) { [masterKey = services.masterKey] connection in
                try SigningKeyStore.active(account: account, masterKey: masterKey, on: connection.raw)
            }
            guard let (record, key) = keyed else { throw Failure("account \(account) has no active signing key to sign its archive with") }
            let header = Header(
                accountID: account, archivedAt: archivedAt, format: format, from: from, month: month, rows: count,
                rowsDigest: "sha256:" + Hex.encode(rowsHash.finish()), to: to)
            let headerBytes = try LocksmithJSON.encodeData(header)
            let signature = Signature(alg: "Ed25519", kid: record.kid, value: Base64.encode(key.sign(Data(signingPrefix.utf8) + headerBytes)))
            try write(Data(#","archive":"#.utf8) + headerBytes + Data(#","signature":"#.utf8) + (try LocksmithJSON.encodeData(signature)) + Data("}".utf8))
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, path) == 0 else { throw Failure("cannot rename \(temporary) to \(path)") }
            return Written(path: path, header: header, fileDigest: "sha256:" + Hex.encode(fileHash.finish()))
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    private static func publicKeys(account: String, services: Services) async throws -> [PublicKey] {
        try await services.database.read(account: account) { connection in
            try SigningKeyStore.keys(account: account, on: connection.raw)?.map(\.model) ?? []
        }
    }

    // MARK: - Months

    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// The first instant of the month holding `date`, UTC.
    public static func monthStart(of date: Date) -> Date {
        utc.date(from: utc.dateComponents([.year, .month], from: date))!
    }

    /// `YYYY-MM` of a month's first instant.
    public static func monthName(_ start: Date) -> String {
        let parts = utc.dateComponents([.year, .month], from: start)
        return String(format: "%04d-%02d", parts.year!, parts.month!)
    }

    /// The first instant of `YYYY-MM`, or nil when the text is not a month.
    public static func month(named text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...12).contains(month), year >= 1970
        else { return nil }
        return utc.date(from: DateComponents(year: year, month: month, day: 1))
    }

    /// The month of a partition named `activities_YYYY_MM`: its name and bounds.
    static func month(ofPartition name: String) -> (partition: String, from: Date, to: Date)? {
        let prefix = "activities_"
        guard name.hasPrefix(prefix), let from = month(named: name.dropFirst(prefix.count).replacingOccurrences(of: "_", with: "-")),
              let to = utc.date(byAdding: .month, value: 1, to: from)
        else { return nil }
        return (name, from, to)
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard haystack.count >= needle.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
            start -= 1
        }
        return nil
    }
}

extension JournalEvent {
    /// A month of one account's ledger moved to a signed file (`LedgerArchive`).
    static func ledgerArchived(_ file: LedgerArchive.Written) -> JournalEvent {
        .audited(.ledgerArchived, "ledger", id: file.header.month, [
            "month": .string(file.header.month), "rows": .integer(Int64(file.header.rows)), "rows_digest": .string(file.header.rowsDigest),
            "file_digest": .string(file.fileDigest), "file": .string(URL(fileURLWithPath: file.path).lastPathComponent),
        ])
    }
}
