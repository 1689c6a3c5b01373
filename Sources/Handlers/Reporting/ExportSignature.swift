import Foundation
import LocksmithAPI
import LocksmithCrypto

/// The signature over a ready export's metadata, which proves offline that a file is the export the server produced.
///
/// The signed bytes are `export/` (`SigningPurpose.export`) followed by the compact JSON, keys sorted at every level, of
/// exactly the members `id`, `report_kind`, `format`, `filters`, `snapshot_digest`, `artifact_digest` and `created_at`
/// of the export as the API returns it. Those are identifiers, digests, enum values and RFC 3339 times
/// (`ExportFilterRules` admits nothing else in filters), so they are printable ASCII without `<>&'+` or backticks, the
/// rule runtime signatures follow (DESIGN.md): any JSON library that sorts keys reproduces the bytes from the metadata
/// it received. Exports made before the prefix signed the JSON alone (`legacySignedBytes`), and still verify.
enum ExportSignature {
    static let algorithm = "Ed25519"

    /// The members a signature covers.
    private struct SignedMembers: Encodable {
        var id: String
        var reportKind: ReportKind
        var format: ExportFormat
        var filters: ReportFilters
        var snapshotDigest: String
        var artifactDigest: String
        var createdAt: Date

        enum CodingKeys: String, CodingKey {
            case id, format, filters
            case reportKind = "report_kind"
            case snapshotDigest = "snapshot_digest"
            case artifactDigest = "artifact_digest"
            case createdAt = "created_at"
        }
    }

    /// The exact bytes signed for an export whose artifact has `artifactDigest`.
    static func signedBytes(of export: ReportExport, artifactDigest: String) throws -> Data {
        SigningPurpose.export.signed(try legacySignedBytes(of: export, artifactDigest: artifactDigest))
    }

    /// What exports made before signing purposes were kept apart signed: the members' JSON without the prefix.
    static func legacySignedBytes(of export: ReportExport, artifactDigest: String) throws -> Data {
        try LocksmithJSON.encodeData(SignedMembers(
            id: export.id, reportKind: export.reportKind, format: export.format, filters: export.filters,
            snapshotDigest: export.snapshotDigest, artifactDigest: artifactDigest, createdAt: export.createdAt))
    }

    /// The signature of `export` made with `key`, whose id is `kid`.
    static func sign(_ export: ReportExport, artifactDigest: String, key: SigningKey, kid: String) throws -> Signature {
        Signature(alg: algorithm, kid: kid, value: Base64.encode(key.sign(try signedBytes(of: export, artifactDigest: artifactDigest))))
    }
}
