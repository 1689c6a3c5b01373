/// Why a key or sealed value could not be used.
public enum CryptoError: Error, Equatable {
    /// A key had the wrong number of bytes.
    case invalidKeyLength(expected: Int, actual: Int)
    /// Text that should have been base64 was not (canonical, correctly padded) base64.
    case invalidBase64
    /// Sealed data was truncated, tampered with, or sealed under another key.
    case sealedDataCorrupt
    /// A 64-byte Ed25519 secret key whose embedded public key does not match its seed.
    case invalidSignatureKey
    /// A passphrase-sealed box whose parts cannot be used, with the reason.
    case invalidPassphraseBox(String)
}
