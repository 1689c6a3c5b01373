public import Foundation

extension APIRuntime {
    /// Everything a client call can throw, in one type.
    ///
    /// ```swift
    /// do {
    ///     let answer = try await runtime.validateLicense()
    /// } catch let error as LocksmithError {
    ///     switch error {
    ///     case .api(let apiError) where apiError.code == .licenseSuspended: …
    ///     case .verification(let kid, let reason): …
    ///     default: …
    ///     }
    /// }
    /// ```
    public enum ClientError: Error, Sendable, CustomStringConvertible {
        /// The server answered with an error envelope (or a non-success status without one).
        case api(APIError)
        /// The request never got an HTTP answer: the transport failed with `underlying` (a `URLError`, a time-out…).
        case transport(underlying: any Error)
        /// The server answered with a success status, but the body is not what the operation documents.
        case decoding(message: String, status: Int, bodySnippet: String)
        /// A signed answer, or an offline license, failed verification; never act on it.
        case verification(kid: String?, reason: VerificationFailure)

        /// The API error, when this is one.
        public var apiError: APIError? {
            if case .api(let error) = self { error } else { nil }
        }

        /// A one-line account of the error, for logs.
        public var description: String {
            switch self {
            case .api(let error): "API error \(error)"
            case .transport(let underlying): "transport error: \(underlying)"
            case .decoding(let message, let status, let snippet): "cannot decode the \(status) answer: \(message); body starts \(snippet)"
            case .verification(let kid, let reason): "verification failed" + (kid.map { " for key \($0)" } ?? "") + ": \(reason)"
            }
        }

        /// Wraps whatever a transport or middleware threw, keeping errors that already are a `ClientError`.
        public static func wrapping(_ error: any Error) -> ClientError {
            if let error = error as? ClientError { return error }
            if let error = error as? APIError { return .api(error) }
            return .transport(underlying: error)
        }

        /// A decoding failure, with the first bytes of the body for context.
        public static func decoding(_ error: any Error, response: HTTPResponseParts) -> ClientError {
            let message = (error as? DecodingError).map { "\(APIError.invalidJSON($0).message)" } ?? "\(error)"
            return .decoding(message: message, status: response.status, bodySnippet: String(decoding: response.body.prefix(200), as: UTF8.self))
        }
    }
}

/// Why a signed answer or an offline license was refused.
public enum VerificationFailure: Sendable, Hashable, CustomStringConvertible {
    /// The answer has no `signature`, or no `data` member to check it against.
    case unsigned
    /// `signature.alg` is not `Ed25519`.
    case unsupportedAlgorithm(String)
    /// No public key has this kid, even after refreshing the keys once.
    case unknownKey
    /// A public key could not be read (not 32 bytes of standard base64, or not Ed25519).
    case malformedKey
    /// The signature does not match the bytes of `data` under the key.
    case badSignature
    /// The signed data does not echo the nonce the request sent: a recorded answer, replayed.
    case nonceMismatch(expected: String, received: String?)
    /// The signed data names another product than the one the application is (or none).
    case productMismatch(expected: String, received: String?)
    /// The signed data names another vendor account than the one the keys belong to (or none).
    case accountMismatch(expected: String, received: String?)
    /// An offline envelope that cannot be opened with this license key, or whose contents are not a signed license.
    case envelopeUnreadable(String)
    /// An offline license used before `offline_valid_from`.
    case notYetValid(Date)
    /// An offline license used after `offline_valid_until`.
    case expired(Date)

    /// Why verification failed, in one line.
    public var description: String {
        switch self {
        case .unsigned: "the answer is not signed"
        case .unsupportedAlgorithm(let alg): "unsupported signature algorithm '\(alg)'"
        case .unknownKey: "no public key has this kid"
        case .malformedKey: "the public key is not a 32-byte Ed25519 key"
        case .badSignature: "the signature does not match the data"
        case .nonceMismatch(let expected, let received): Self.mismatch("echoes nonce", expected, received)
        case .productMismatch(let expected, let received): Self.mismatch("is for product", expected, received)
        case .accountMismatch(let expected, let received): Self.mismatch("is for account", expected, received)
        case .envelopeUnreadable(let reason): "the offline envelope cannot be opened: \(reason)"
        case .notYetValid(let from): "the offline license is valid only from \(RFC3339.string(from: from))"
        case .expired(let until): "the offline license expired at \(RFC3339.string(from: until))"
        }
    }

    private static func mismatch(_ what: String, _ expected: String, _ received: String?) -> String {
        "the signed data \(what) \(received.map { "'\($0)'" } ?? "none"), not '\(expected)'"
    }
}
