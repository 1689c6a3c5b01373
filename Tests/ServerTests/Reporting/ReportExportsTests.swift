import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Frozen exports through the HTTP surface: snapshots and artifacts with their digests, never re-run, signed.
@Suite struct ReportExportsTests {
    static let filters = ReportFilters(from: LedgerSeed.from, to: LedgerSeed.to, groupBy: [.day, .feature])

    /// The compact JSON, keys sorted, of the members an export's signature covers, rebuilt from its metadata as an
    /// independent verifier would.
    static func signedMembers(_ metadata: Data) throws -> Data {
        let export = try #require(try JSONSerialization.jsonObject(with: metadata) as? [String: Any])
        let members = ["id", "report_kind", "format", "filters", "snapshot_digest", "artifact_digest", "created_at"]
        return try JSONSerialization.data(
            withJSONObject: export.filter { members.contains($0.key) }, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    @Test(arguments: TestBackend.available)
    func exportsInEachFormatAreDigestedFrozenAndSigned(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.runWithSeededLedger { clients, fixture, license in
            let admin = clients.admin
            let report = try await admin.getUsageSummary(from: LedgerSeed.from, to: LedgerSeed.to, groupBy: [.day, .feature]).data

            // json: the snapshot itself, which is the report as the read operation returns it.
            let json = try await admin.readyExport(.init(reportKind: .usageSummary, format: .json, filters: Self.filters))
            let jsonBody = try await admin.downloadReportExport(id: json.id)
            #expect(exportDigest(jsonBody.data) == json.artifactDigest && json.artifactDigest == json.snapshotDigest)
            var frozen = try LocksmithJSON.decode(UsageSummary.self, from: jsonBody.data)
            #expect(frozen.generatedAt == json.createdAt)
            frozen.generatedAt = report.generatedAt
            #expect(frozen == report)
            #expect(jsonBody.contentType == "application/json" && json.byteSize == Int64(jsonBody.data.count))
            #expect(json.progress == ExportProgress(done: 4, total: 4) && json.downloadURL == "/api/v1/reports/exports/\(json.id)/download")

            // csv: the groups, one record each, CRLF-terminated.
            let csv = try await admin.readyExport(.init(reportKind: .usageSummary, format: .csv, filters: Self.filters))
            #expect(csv.snapshotDigest != json.snapshotDigest, "evaluated at another time")
            let csvBody = try await admin.downloadReportExport(id: csv.id)
            let lines = String(decoding: csvBody.data, as: UTF8.self).components(separatedBy: "\r\n")
            #expect(lines.count == 6 && lines[5].isEmpty)
            #expect(lines[0].hasPrefix("bucket_start,product_id,customer_id,license_id,order_id,subscription_id,feature_code,source,result_class,events"))
            #expect(lines[1] == "2026-03-01T00:00:00Z,,,,,,export,,,3,2,1,0,8,2026-03-01T10:00:00Z,2026-03-01T12:00:00Z")
            #expect(csvBody.contentType.hasPrefix("text/csv") && exportDigest(csvBody.data) == csv.artifactDigest)

            // pdf: a statement whose text shows the snapshot's totals and digests, and every page renders.
            let pdf = try await admin.readyExport(.init(reportKind: .usageSummary, format: .pdf, filters: Self.filters))
            let pdfBody = try await admin.downloadReportExport(id: pdf.id)
            #expect(pdfBody.contentType == "application/pdf" && pdfBody.data.starts(with: Array("%PDF-".utf8)))
            #expect(exportDigest(pdfBody.data) == pdf.artifactDigest)
            #expect(pdfBody.headers["ETag"] == "\"\(pdf.artifactDigest!)\"")
            #expect(pdfBody.headers["Repr-Digest"] == "sha-256=:\(Base64.encode(Digest.sha256(pdfBody.data))):")
            #expect(pdfBody.headers["Content-Disposition"] == "attachment; filename=\"usage_summary-\(pdf.id).pdf\"")
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("locksmith-pdf-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("statement.pdf")
            try pdfBody.data.write(to: file)
            let text = try poppler("pdftotext", ["-layout", file.path, "-"])
            #expect(text.status == 0)
            let flat = text.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for expected in ["Usage statement", "Units consumed 10", "Ledger rows 6", "Succeeded 4", "Denied 1", "Errors 1", "export", "sync"] {
                #expect(flat.contains(expected), "pdftotext lacks '\(expected)': \(flat.prefix(600))")
            }
            #expect(flat.contains(String(pdf.snapshotDigest.dropFirst(7).prefix(16))), "the footer carries the snapshot digest")
            let info = try poppler("pdfinfo", [file.path])
            let pages = try #require(info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) })
            let rendered = try poppler("pdftoppm", ["-r", "30", "-png", file.path, directory.appendingPathComponent("page").path])
            #expect(rendered.status == 0 && pages >= 1)
            let images = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".png") }
            #expect(images.count == pages)

            // Downloading again gives the same bytes; so does a second rendering of the same snapshot.
            #expect(try await admin.downloadReportExport(id: pdf.id).data == pdfBody.data)
            let again = try await admin.readyExport(.init(reportKind: .usageSummary, format: .pdf, sourceExportID: pdf.id))
            #expect(again.snapshotDigest == pdf.snapshotDigest && again.sourceExportID == pdf.id && again.filters == pdf.filters)
            #expect(try await admin.downloadReportExport(id: again.id).data == pdfBody.data)
            let asCSV = try await admin.readyExport(.init(reportKind: .usageSummary, format: .csv, sourceExportID: json.id))
            #expect(asCSV.snapshotDigest == json.snapshotDigest)

            // New activity in the window changes new reports, never an export made before it.
            try await LedgerSeed.write([LedgerSeed.Row(at: "2026-03-02T12:00:00Z", feature: "sync", amount: 40)], license: license, server: server)
            #expect(try await admin.downloadReportExport(id: json.id).data == jsonBody.data)
            #expect(try await admin.downloadReportExport(id: pdf.id).data == pdfBody.data)
            let later = try await admin.readyExport(.init(reportKind: .usageSummary, format: .json, filters: Self.filters))
            #expect(try LocksmithJSON.decode(UsageSummary.self, from: try await admin.downloadReportExport(id: later.id).data).totals.amount == 50)

            // The signed metadata proves the file offline, and nothing else.
            let keys = try await clients.system.listPublicKeys().data
            let metadata = try LocksmithJSON.encodeData(pdf)
            #expect(ReportExportVerifier.verify(file: pdfBody.data, metadata: metadata, publicKeys: keys)
                == .verified(exportID: pdf.id, kid: pdf.signature!.kid))
            var tampered = pdfBody.data
            tampered[tampered.count - 2] ^= 1
            guard case .failed = ReportExportVerifier.verify(file: tampered, metadata: metadata, publicKeys: keys) else {
                Issue.record("a changed file verified")
                return
            }
            var altered = pdf
            altered.filters.featureCode = "sync"
            guard case .failed = ReportExportVerifier.verify(file: pdfBody.data, metadata: try LocksmithJSON.encodeData(altered), publicKeys: keys)
            else {
                Issue.record("altered metadata verified")
                return
            }
            // The signature covers `export/` and the members' JSON, never the bare JSON a runtime answer's would: no export
            // signature can pass for a runtime answer's. Exports signed before the prefix (the bare JSON) still verify.
            let signature = try #require(pdf.signature)
            let key = try #require(keys.first { $0.kid == signature.kid }.flatMap { Base64.decode($0.publicKey) })
            let bare = try Self.signedMembers(metadata)
            #expect(SigningKey.verify(signature: Base64.decode(signature.value)!, message: Data("export/".utf8) + bare, publicKey: key))
            #expect(!SigningKey.verify(signature: Base64.decode(signature.value)!, message: bare, publicKey: key))
            var legacy = pdf
            legacy.signature = try await server.prepared.keyring.signer(for: AccountStore.defaultAccountID)(bare)
            #expect(ReportExportVerifier.verify(file: pdfBody.data, metadata: try LocksmithJSON.encodeData(legacy), publicKeys: keys)
                == .verified(exportID: pdf.id, kid: signature.kid))

            // Each export is in the audit chain: created by the caller, completed by the server.
            let created = try await clients.events("report_export.created")
            let completed = try await clients.events("report_export.completed")
            #expect(created.count == 6 && completed.count == 6)
            let completion = try #require(completed.first { $0.resourceID == pdf.id })
            #expect(completion.actorType == .system && completion.metadata["artifact_digest"] == .string(pdf.artifactDigest!))
            try await server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func everyReportKindExportsInEveryFormat(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.runWithSeededLedger { clients, fixture, license in
            let window = ReportFilters(from: LedgerSeed.from, to: LedgerSeed.to)
            var subjects: [(ReportKind, ReportFilters)] = [(.usageLedger, window)]
            subjects.append((.licenseAudit, ReportFilters(licenseID: license.id)))
            subjects.append((.customerSummary, ReportFilters(from: LedgerSeed.from, to: LedgerSeed.to, customerID: fixture.customer.id)))
            subjects.append((.subscriptionSettlement, ReportFilters(subscriptionID: fixture.subscription.id)))
            for (kind, filters) in subjects {
                for format in [ExportFormat.json, .csv, .pdf] {
                    let export = try await clients.admin.readyExport(.init(reportKind: kind, format: format, filters: filters))
                    let body = try await clients.admin.downloadReportExport(id: export.id)
                    #expect(exportDigest(body.data) == export.artifactDigest, "\(kind) \(format)")
                    #expect(!body.data.isEmpty && export.fileName == "\(kind.rawValue)-\(export.id).\(format.rawValue)")
                }
            }
            let ledger = try await clients.admin.readyExport(.init(reportKind: .usageLedger, format: .csv, filters: window))
            let lines = String(decoding: try await clients.admin.downloadReportExport(id: ledger.id).data, as: UTF8.self).split(separator: "\r\n")
            #expect(lines.count == 7 && lines[3].contains("QUOTA_EXCEEDED"))
        }
    }

    /// Refused export requests are 422 (or 404) naming the field, and store nothing: no export, no blob, no audit event.
    @Test(arguments: TestBackend.available)
    func badExportRequestsStoreNothing(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let source = try await clients.admin.readyExport(.init(reportKind: .usageSummary, format: .json))
            let before = try await ExportCounts.read(server)
            let cases: [(String, Int, String, String)] = [
                (#"{"report_kind":"license_audit","filters":{"license_id":"lic_x","group_by":["day"]}}"#, 422, "VALIDATION_FAILED", "filters.group_by"),
                (#"{"report_kind":"usage_summary","filters":{"product_id":"not an id"}}"#, 422, "VALIDATION_FAILED", "filters.product_id"),
                (#"{"report_kind":"usage_summary","filters":{"from":"2026-03-04T00:00:00Z","to":"2026-03-01T00:00:00Z"}}"#, 422,
                 "VALIDATION_FAILED", "filters.to"),
                (#"{"report_kind":"usage_summary","filters":{"group_by":["day","week"]}}"#, 422, "VALIDATION_FAILED", "filters.group_by"),
                (#"{"report_kind":"license_audit"}"#, 422, "VALIDATION_FAILED", "filters.license_id"),
                (#"{"report_kind":"license_audit","filters":{"license_id":"lic_missing"}}"#, 404, "NOT_FOUND", "lic_missing"),
                (#"{"report_kind":"customer_summary","filters":{"customer_id":"\#(fixture.customer.id)","action":"x"}}"#, 422,
                 "VALIDATION_FAILED", "filters.action"),
                (#"{"report_kind":"usage_summary","source_export_id":"\#(source.id)","filters":{}}"#, 422, "VALIDATION_FAILED", "filters"),
                (#"{"report_kind":"usage_ledger","source_export_id":"\#(source.id)"}"#, 422, "VALIDATION_FAILED", "report_kind"),
                (#"{"report_kind":"usage_summary","source_export_id":"exp_missing"}"#, 404, "NOT_FOUND", "exp_missing"),
                (#"{"report_kind":"usage_summary","format":"xlsx"}"#, 422, "VALIDATION_FAILED", "format"),
                (#"{"report_kind":"activities"}"#, 422, "VALIDATION_FAILED", "report_kind"),
                (#"{"report_kind":"usage_summary","filters":{"colour":"red"}}"#, 400, "INVALID_JSON", "filters.colour"),
            ]
            for (body, status, code, detail) in cases {
                let response = try await clients.adminJSON(.post, "/api/v1/reports/exports", body)
                let error = response.errorEnvelope?.error
                #expect(Int(response.status.code) == status && error?.code == code && error?.detail == detail, "\(body): \(response.text)")
            }
            #expect(try await ExportCounts.read(server) == before)
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.getReportExport(id: "exp_missing") }
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.downloadReportExport(id: "exp_missing") }
        }
    }

    /// `locksmith exports verify` checks a downloaded file against its metadata and the published keys, offline.
    @Test func theCommandLineVerifiesAnExportOffline() async throws {
        let server = try await TestServer.start(.sqlite)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("locksmith-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (file, metadata, keys) = (
            directory.appendingPathComponent("export.csv"), directory.appendingPathComponent("export.json"),
            directory.appendingPathComponent("keys.json"))
        try await server.run { clients in
            let export = try await clients.admin.readyExport(.init(reportKind: .usageSummary, format: .csv))
            try await clients.admin.downloadReportExport(id: export.id).data.write(to: file)
            try Data(try await clients.adminJSON(.get, "/api/v1/reports/exports/\(export.id)").text.utf8).write(to: metadata)
            try Data(try await clients.raw(.get, "/api/v1/system/public-keys").text.utf8).write(to: keys)
        }
        let verified = try await LocksmithCommand.run(["exports", "verify", file.path, "--metadata", metadata.path, "--public-keys", keys.path])
        #expect(verified.status == 0 && verified.standardOutput.hasPrefix("OK:"), "\(verified.output)")
        try Data("bucket_start\r\n".utf8).write(to: file)
        let refused = try await LocksmithCommand.run(["exports", "verify", file.path, "--metadata", metadata.path, "--public-keys", keys.path])
        #expect(refused.status == 2 && refused.standardOutput.contains("FAILED"), "\(refused.output)")
    }
}
