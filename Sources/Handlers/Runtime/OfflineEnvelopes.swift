import Foundation
import LocksmithAPI
import LocksmithCrypto

/// Offline licenses: a signed `OfflineLicenseData`, sealed for the license key (`OfflineSeal`, as `OfflineEnvelope` in
/// `openapi.yaml` specifies).
enum OfflineEnvelopes {
    static func seal(
        _ data: OfflineLicenseData, licenseKey: String, sign: (Data) throws -> Signature
    ) throws -> OfflineEnvelope {
        let bytes = try LocksmithJSON.encodeData(data)
        let signature = try sign(bytes)
        var plaintext = Data(#"{"data":"#.utf8)
        plaintext.append(bytes)
        plaintext.append(contentsOf: #","signature":"#.utf8)
        plaintext.append(try LocksmithJSON.encodeData(signature))
        plaintext.append(UInt8(ascii: "}"))
        let sealed = try OfflineSeal.seal([UInt8](plaintext), licenseKey: licenseKey, kid: signature.kid)
        return OfflineEnvelope(
            kid: signature.kid, salt: Base64.encode(sealed.salt), nonce: Base64.encode(sealed.nonce), ciphertext: Base64.encode(sealed.ciphertext))
    }
}
