public import Foundation
public import LocksmithAPI
import LocksmithCrypto

/// Checks offline that a file is the export a Locksmith server produced: its SHA-256 is the export's
/// `artifact_digest`, and the export's metadata carries a valid Ed25519 signature by one of the server's published
/// keys (`listPublicKeys`). What `locksmith exports verify` runs.
public enum ReportExportVerifier {
    public enum Outcome: Sendable, Equatable {
        /// The file is this export's artifact and the metadata is signed by the key `kid`.
        case verified(exportID: String, kid: String)
        /// Why the file or the metadata does not check out.
        case failed(String)
    }

    /// `metadata` is the export as `getReportExport` returns it: its whole response or only `data`.
    public static func verify(file: Data, metadata: Data, publicKeys: [PublicKey]) -> Outcome {
        let bare = try? LocksmithJSON.decode(ReportExport.self, from: metadata)
        guard let export = bare ?? (try? LocksmithJSON.decode(Envelope.self, from: metadata))?.data else {
            return .failed("the metadata is not an export as getReportExport returns it")
        }
        guard export.status == .ready, let artifactDigest = export.artifactDigest else {
            return .failed("export \(export.id) is \(export.status.rawValue), not ready: it has no artifact yet")
        }
        let fileDigest = StoredReportExport.digest(file)
        guard fileDigest == artifactDigest else {
            return .failed("the file's digest is \(fileDigest), but export \(export.id)'s artifact_digest is \(artifactDigest): this is not its file")
        }
        if export.format == .json && export.snapshotDigest != artifactDigest {
            return .failed("a json export's artifact must be its snapshot, but the digests differ")
        }
        guard let signature = export.signature else { return .failed("export \(export.id)'s metadata carries no signature") }
        guard signature.alg == ExportSignature.algorithm else { return .failed("unsupported signature algorithm '\(signature.alg)'") }
        guard let key = publicKeys.first(where: { $0.kid == signature.kid }) else {
            return .failed("no public key with kid '\(signature.kid)' was given; use the server's listPublicKeys")
        }
        guard key.algorithm.lowercased() == "ed25519", let publicKey = Base64.decode(key.publicKey), publicKey.count == 32 else {
            return .failed("public key \(key.kid) is not a base64 Ed25519 key")
        }
        let messages = [ExportSignature.signedBytes, ExportSignature.legacySignedBytes].compactMap { try? $0(export, artifactDigest) }
        guard let signatureBytes = Base64.decode(signature.value),
              messages.contains(where: { SigningKey.verify(signature: signatureBytes, message: $0, publicKey: publicKey) })
        else {
            return .failed("the signature over export \(export.id)'s metadata does not verify with key \(key.kid): the metadata was altered")
        }
        return .verified(exportID: export.id, kid: key.kid)
    }

    /// The keys in a saved `listPublicKeys` response (the whole response, or its `data` array).
    public static func publicKeys(from data: Data) throws -> [PublicKey] {
        if let keys = try? LocksmithJSON.decode([PublicKey].self, from: data) { return keys }
        return try LocksmithJSON.decode(KeysEnvelope.self, from: data).data
    }

    /// A key given as `KID=BASE64` on a command line.
    public static func publicKey(argument: String) -> PublicKey? {
        let parts = argument.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        return PublicKey(
            kid: String(parts[0]), algorithm: ExportSignature.algorithm, publicKey: String(parts[1]), status: .active,
            createdAt: Date(timeIntervalSince1970: 0))
    }

    private struct Envelope: Decodable {
        var data: ReportExport
    }

    private struct KeysEnvelope: Decodable {
        var data: [PublicKey]
    }
}
