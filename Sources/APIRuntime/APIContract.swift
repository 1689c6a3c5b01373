public import Foundation

/// What the runtime's contract-bound types need to know about the contract a module was generated from: the
/// types that name its operations, scopes, error codes and envelope members, and its operation table.
///
/// Generated code makes its `OperationTable` conform and gives the bound types their everyday names
/// (`typealias APIError = APIRuntime<OperationTable>.APIError`), so code that imports the generated module never
/// spells the generic form.
public protocol APIContract: Sendable {
    /// The operation ids (`OperationID`).
    associatedtype Operation: RawRepresentable<String>, Hashable, Sendable
    /// The scopes a management token can hold (`ManagementScope`).
    associatedtype Scope: APIScope
    /// The error catalogue (`ErrorCode`).
    associatedtype Code: APIErrorCode
    /// The `meta` member of every JSON envelope (`ResponseMeta`).
    associatedtype Meta: EnvelopeMeta
    /// The `signature` member of runtime envelopes (`Signature`).
    associatedtype ResponseSignature: Codable, Sendable, JSONWritable

    /// Every operation of the contract, indexed once.
    static var index: APIRuntime<Self>.OperationIndex { get }
}

/// The contract's error catalogue: an open enum of stable codes, each travelling with an HTTP status.
///
/// The runtime raises a few codes itself (input it refuses before a handler runs, an area without a handler, a
/// response a client cannot read), so every catalogue defines them.
public protocol APIErrorCode: OpenEnum {
    /// The HTTP status the code travels with; nil for a code this version does not know.
    var httpStatus: Int? { get }

    static var invalidJSON: Self { get }
    static var invalidQuery: Self { get }
    static var validationFailed: Self { get }
    static var idempotencyKeyRequired: Self { get }
    static var notFound: Self { get }
    static var notImplemented: Self { get }
    static var `internal`: Self { get }
    /// A code this version of the contract does not define.
    static func unrecognized(_ value: String) -> Self
}

/// The scopes a management token can hold. `admin` satisfies every operation.
public protocol APIScope: OpenEnum {
    static var admin: Self { get }
}

/// The `meta` member of every JSON envelope; clients report its request id with errors.
public protocol EnvelopeMeta: Codable, Sendable, JSONWritable {
    var requestID: String { get }
    var timestamp: Date { get }
}

/// The runtime's types that speak one contract's vocabulary: its errors, requests, operation table, envelopes
/// and clients. Everything else in the runtime (JSON, dates, transports) is the same for every contract.
///
/// The generated `Exports.swift` names each of them for its contract; a new member here needs a line in the
/// generator's `RuntimeBinding.exportedTypes` to be visible under its plain name.
public enum APIRuntime<Contract: APIContract> {}
