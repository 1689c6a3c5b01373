// Generated from openapi.yaml — do not edit.

// The runtime support this module's code is written against, visible to every importer.
@_exported public import LocksmithAPIRuntime

// The runtime's contract-bound types, for this contract.
/// The runtime's `APIError`, for this contract.
public typealias APIError = APIRuntime<OperationTable>.APIError
/// The runtime's `RawRequest`, for this contract.
public typealias RawRequest = APIRuntime<OperationTable>.RawRequest
/// The runtime's `Validation`, for this contract.
public typealias Validation = APIRuntime<OperationTable>.Validation
/// The runtime's `OperationSpec`, for this contract.
public typealias OperationSpec = APIRuntime<OperationTable>.OperationSpec
/// The runtime's `EnvelopeWriter`, for this contract.
public typealias EnvelopeWriter = APIRuntime<OperationTable>.EnvelopeWriter
/// The runtime's `ClientCore`, for this contract.
public typealias ClientCore = APIRuntime<OperationTable>.ClientCore
/// The runtime's `ManagementClient`, for this contract.
public typealias ManagementClient = APIRuntime<OperationTable>.ManagementClient
/// The runtime's `RuntimeClient`, for this contract.
public typealias RuntimeClient = APIRuntime<OperationTable>.RuntimeClient
/// The runtime's `SystemClient`, for this contract.
public typealias SystemClient = APIRuntime<OperationTable>.SystemClient
/// The runtime's `Response`, for this contract.
public typealias Response<Value: Sendable> = APIRuntime<OperationTable>.Response<Value>
/// The runtime's `ListResponse`, for this contract.
public typealias ListResponse<Item: Sendable, PageInfo: Sendable> = APIRuntime<OperationTable>.ListResponse<Item, PageInfo>
/// The runtime's `SignedResponse`, for this contract.
public typealias SignedResponse<Value: Sendable> = APIRuntime<OperationTable>.SignedResponse<Value>
