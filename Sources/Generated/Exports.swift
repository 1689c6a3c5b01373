// Generated from openapi.yaml — do not edit.

// The runtime support this module's code is written against, visible to every importer.
@_exported public import LocksmithAPIRuntime

// The runtime's contract-bound types, for this contract.
public typealias APIError = APIRuntime<OperationTable>.APIError
public typealias RawRequest = APIRuntime<OperationTable>.RawRequest
public typealias Validation = APIRuntime<OperationTable>.Validation
public typealias OperationSpec = APIRuntime<OperationTable>.OperationSpec
public typealias EnvelopeWriter = APIRuntime<OperationTable>.EnvelopeWriter
public typealias ClientCore = APIRuntime<OperationTable>.ClientCore
public typealias ManagementClient = APIRuntime<OperationTable>.ManagementClient
public typealias RuntimeClient = APIRuntime<OperationTable>.RuntimeClient
public typealias SystemClient = APIRuntime<OperationTable>.SystemClient
public typealias Response<Value: Sendable> = APIRuntime<OperationTable>.Response<Value>
public typealias ListResponse<Item: Sendable, PageInfo: Sendable> = APIRuntime<OperationTable>.ListResponse<Item, PageInfo>
public typealias SignedResponse<Value: Sendable> = APIRuntime<OperationTable>.SignedResponse<Value>
