/// Renders the operation table (what agents and the server read about each operation) and the dispatcher.
struct TableRenderer {
    let spec: Spec

    func renderTable() -> String {
        var writer = SwiftWriter()
        writer.line("/// Every operation of the contract, by its `operationId`.")
        writer.block("public enum OperationID: String, Sendable, Hashable, CaseIterable, Codable") { w in
            for operation in spec.operations { w.line("case \(operation.id)") }
            w.line()
            w.line("/// Method, path, auth surface, scopes and statuses of this operation.")
            w.line("public var spec: OperationSpec { OperationTable.index[self] }")
        }
        writer.line()
        writer.line("/// Namespaces of the operations' inputs and outputs, one enum per operation.")
        writer.line("public enum Operations {}")
        writer.line()
        writer.line("/// The operations as data: the server mounts its routes from this table. As the contract the runtime's")
        writer.line("/// contract-bound types are specialized for, it names this contract's own types for them.")
        writer.block("public enum OperationTable: APIContract") { w in
            for (requirement, type) in RuntimeBinding.associatedTypes {
                w.line("/// This contract's `\(type)`, as the runtime's `\(requirement)`.")
                w.line("public typealias \(requirement) = \(type)")
            }
            w.line()
            w.line("/// Title of the contract the code was generated from.")
            w.line("public static let contractTitle = \(swiftString(spec.title))")
            w.line("/// Version of the contract the code was generated from.")
            w.line("public static let contractVersion = \(swiftString(spec.version))")
            w.line()
            w.line("/// Every operation, in the contract's order.")
            w.line("public static let all: [OperationSpec] = [")
            for operation in spec.operations { w.line("    " + specLiteral(operation) + ",") }
            w.line("]")
            w.line()
            w.line("/// The operations by id and by method and path, built once.")
            w.line("public static let index = APIRuntime<OperationTable>.OperationIndex(all)")
        }
        writer.line()
        writer.line("/// The scopes a management token needs for `operation`; empty for runtime and system operations.")
        writer.block("public func requiredScopes(for operation: OperationID) -> [\(RuntimeBinding.scope)]") { w in
            w.line("operation.spec.requiredScopes")
        }
        writer.line()
        writer.line("/// Whether a token holding `granted` may call `operation`; `admin` satisfies every operation.")
        writer.block("public func hasRequiredScopes(_ operation: OperationID, granted: some Sequence<\(RuntimeBinding.scope)>) -> Bool") { w in
            w.line("operation.spec.allows(granted)")
        }
        return writer.file()
    }

    private func specLiteral(_ operation: Operation) -> String {
        func list(_ values: [String]) -> String { "[" + values.joined(separator: ", ") + "]" }
        let scopes = operation.requiredScopes.map { "." + Naming.unescaped(Naming.propertyName($0)) }
        let codes = operation.errorCodes.map { "." + Naming.unescaped(Naming.propertyName($0)) }
        let success = operation.successResponses.map { String($0.status) }
        let errors = operation.errorStatuses.map(String.init)
        let body = operation.requestBody.map { $0.isRequired ? ".required" : ".optional" } ?? ".none"
        let signed = operation.successResponses.contains { if case .envelope(_, _, true) = $0.payload { true } else { false } }
        var fields = [
            "id: .\(operation.id)", "method: \(swiftString(operation.method))", "path: \(swiftString(operation.path))",
            "auth: .\(operation.auth.rawValue)", "requiredScopes: \(list(scopes))", "successStatuses: \(list(success))",
            "errorStatuses: \(list(errors))", "errorCodes: \(list(codes))",
            "requiresIdempotencyKey: \(operation.requiresIdempotencyKey)", "signsResponse: \(signed)",
            "requestBody: \(body)",
            "headerParameters: \(list(operation.parameters.filter { $0.location == .header }.map { swiftString($0.name) }))",
            "tag: \(swiftString(operation.tag))", "summary: \(swiftString(operation.summary ?? ""))",
        ]
        // Written only when true, so that marking one operation leaves every other line of the table as it was.
        if operation.isExtension { fields.append("isExtension: true") }
        if let field = operation.credentialField { fields.append("credentialField: \(swiftString(field))") }
        if operation.requestBody?.acceptsForm == true { fields.append("acceptsForm: true") }
        return "OperationSpec(" + fields.joined(separator: ", ") + ")"
    }

    func renderDispatcher() -> String {
        var writer = SwiftWriter()
        let tags = spec.tags
        writer.line("/// The handlers a server provides, one per API area; an absent area answers NOT_IMPLEMENTED.")
        writer.block("public struct Handlers<Context: Sendable>: Sendable") { w in
            for tag in tags {
                w.line("/// The \(tag.name) operations' handler; nil answers them NOT_IMPLEMENTED.")
                w.line("public var \(OperationRenderer.handlerProperty(tag.name)): (any \(OperationRenderer.protocolName(tag.name))<Context>)?")
            }
            w.line()
            let arguments = tags.map { "\(OperationRenderer.handlerProperty($0.name)): (any \(OperationRenderer.protocolName($0.name))<Context>)? = nil" }
            w.line("/// The handlers given; an area left out answers NOT_IMPLEMENTED.")
            w.line("public init(")
            for (index, argument) in arguments.enumerated() {
                w.line("    " + argument + (index == arguments.count - 1 ? "" : ","))
            }
            w.block(")") { w in
                for tag in tags {
                    let name = OperationRenderer.handlerProperty(tag.name)
                    w.line("self.\(name) = \(name)")
                }
            }
        }
        writer.line()
        writer.line("/// Turns a raw request for a known operation into a typed call of its handler, and the result into bytes.")
        writer.line("///")
        writer.line("/// Input errors are thrown as `APIError` (INVALID_JSON, INVALID_QUERY, VALIDATION_FAILED,")
        writer.line("/// IDEMPOTENCY_KEY_REQUIRED) naming the field, before any handler runs.")
        writer.block("public struct Dispatcher<Context: Sendable>: Sendable") { w in
            w.line("/// The handlers calls are dispatched to.")
            w.line("public var handlers: Handlers<Context>")
            w.line()
            w.line("/// A dispatcher to `handlers`.")
            w.block("public init(handlers: Handlers<Context>)") { w in
                w.line("self.handlers = handlers")
            }
            w.line()
            w.line("/// Whether a handler for the operation's area is installed.")
            w.block("public func isImplemented(_ operation: OperationID) -> Bool") { w in
                w.switchBlock("operation") { w in
                    for tag in tags {
                        let ids = spec.operations.filter { $0.tag == tag.name }.map { "." + $0.id }
                        w.line("case \(ids.joined(separator: ", ")): handlers.\(OperationRenderer.handlerProperty(tag.name)) != nil")
                    }
                }
            }
            w.line()
            w.line("/// Decodes and checks `request` as `operation`'s input, calls its handler, and encodes the output.")
            w.block("public func dispatch(_ operation: OperationID, _ request: RawRequest, context: Context) async throws -> DispatchResult") { w in
                w.switchBlock("operation") { w in
                    for operation in spec.operations {
                        let property = OperationRenderer.handlerProperty(operation.tag)
                        let name = Naming.typeName(operation.id)
                        w.line("case .\(operation.id):")
                        w.line("    guard let handler = handlers.\(property) else { throw APIError.notImplemented(operation) }")
                        w.line("    return try await handler.\(operation.id)(Operations.\(name).Input(request), context: context).result()")
                    }
                }
            }
        }
        return writer.file()
    }
}
