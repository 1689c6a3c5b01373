/// Renders one tag's file: operation inputs and outputs, their decoding and encoding for the dispatcher,
/// the handler protocol, and the client methods.
struct OperationRenderer {
    let spec: Spec
    let models: ModelRenderer

    static func protocolName(_ tag: String) -> String { Naming.typeName(tag) + "API" }
    static func handlerProperty(_ tag: String) -> String { Naming.propertyName(tag) }

    static func caseName(_ status: Int) -> String {
        switch status {
        case 200: "ok"
        case 201: "created"
        case 202: "accepted"
        case 204: "noContent"
        case 503: "serviceUnavailable"
        default: "status\(status)"
        }
    }

    static func clientType(_ auth: AuthSurface) -> String {
        switch auth {
        case .management: "ManagementClient"
        case .runtime: "RuntimeClient"
        case .none: "SystemClient"
        }
    }

    func renderTag(_ tag: Tag, operations: [Operation]) -> String {
        var writer = SwiftWriter()
        writer.line("// MARK: - Operations")
        writer.line()
        writer.block("extension Operations") { w in
            for (index, operation) in operations.enumerated() {
                if index > 0 { w.line() }
                renderNamespace(operation, into: &w)
            }
        }
        for operation in operations {
            writer.line()
            renderInputDecoding(operation, into: &writer)
            writer.line()
            renderOutputEncoding(operation, into: &writer)
        }
        writer.line()
        writer.line("// MARK: - Handlers")
        writer.line()
        renderProtocol(tag, operations, into: &writer)
        writer.line()
        writer.line("// MARK: - Client")
        writer.line()
        writer.block("extension \(Self.clientType(operations[0].auth))") { w in
            for (index, operation) in operations.enumerated() {
                if index > 0 { w.line() }
                renderClientMethod(operation, into: &w)
                renderPages(operation, into: &w)
            }
        }
        return writer.file()
    }

    // MARK: Namespace

    private func operationDoc(_ operation: Operation) -> String {
        var parts: [String] = []
        if let summary = operation.summary { parts.append(summary) }
        if let description = operation.description?.trimmingTrailingWhitespace, !description.isEmpty { parts.append(description) }
        var remark = "- Remark: `\(operation.method) \(operation.path)`"
        if !operation.requiredScopes.isEmpty { remark += ", scopes: " + operation.requiredScopes.joined(separator: ", ") }
        parts.append(remark + ".")
        return parts.joined(separator: "\n\n")
    }

    private struct InputField {
        var name: String
        var type: String
        var isOptional: Bool
        var doc: String?
    }

    private func inputFields(_ operation: Operation) -> [InputField] {
        var fields = operation.parameters.map { parameter in
            let base = ModelRenderer.swiftType(parameter.type)
            let optional = !parameter.isRequired
            return InputField(name: Naming.propertyName(parameter.name), type: optional ? base + "?" : base, isOptional: optional, doc: parameter.description)
        }
        if let body = operation.requestBody {
            fields.append(InputField(name: "body", type: body.typeName + (body.isRequired ? "" : "?"), isOptional: !body.isRequired, doc: nil))
        }
        return fields
    }

    private func renderNamespace(_ operation: Operation, into writer: inout SwiftWriter) {
        writer.doc(operationDoc(operation))
        writer.block("public enum \(Naming.typeName(operation.id))") { w in
            w.line("/// The operation's entry in the operation table.")
            w.line("public static let id: OperationID = .\(operation.id)")
            w.line()
            let fields = inputFields(operation)
            w.line("/// What the operation takes: its path, query and header parameters and its body, decoded and checked.")
            w.block("public struct Input: Sendable") { w in
                for field in fields {
                    w.doc(field.doc ?? (field.name == "body" ? "The request body." : "The `\(field.name)` parameter."))
                    w.line("public var \(field.name): \(field.type)")
                }
                if !fields.isEmpty { w.line() }
                let arguments = fields.map { "\(Naming.unescaped($0.name)): \($0.type)" + ($0.isOptional ? " = nil" : "") }
                w.line("/// An input with these values; optional ones default to absent.")
                w.block("public init(\(arguments.joined(separator: ", ")))") { w in
                    for field in fields { w.line("self.\(Naming.unescaped(field.name)) = \(field.name)") }
                }
            }
            w.line()
            w.line("/// What the operation answers on success: one case per status.")
            w.block("public enum Output: Sendable") { w in
                for response in operation.successResponses {
                    w.doc(response.description)
                    w.line("case " + outputCase(response))
                    if !response.renditions.isEmpty {
                        w.doc("The same answer as a file (\(response.renditions.map { "`\($0)`" }.joined(separator: ", "))), for a client whose `Accept` asks for it.")
                        w.line("case \(Self.caseName(response.status))Binary(BinaryBody)")
                    }
                }
            }
        }
    }

    private func outputCase(_ response: Response) -> String {
        let name = Self.caseName(response.status)
        switch response.payload {
        case .envelope(let data, let pageInfo?, _):
            return "\(name)(data: \(ModelRenderer.swiftType(data)), pageInfo: \(ModelRenderer.swiftType(pageInfo)))"
        case .envelope(let data, nil, _):
            return "\(name)(\(ModelRenderer.swiftType(data)))"
        case .empty:
            return name
        case .text:
            return "\(name)(String)"
        case .binary:
            return "\(name)(BinaryBody)"
        case .document(let type):
            return "\(name)(Document<\(ModelRenderer.swiftType(type))>)"
        case .error:
            preconditionFailure("error responses are not outputs")
        }
    }

    // MARK: Dispatcher side

    private func renderInputDecoding(_ operation: Operation, into writer: inout SwiftWriter) {
        let typeName = "Operations.\(Naming.typeName(operation.id)).Input"
        writer.block("extension \(typeName)") { w in
            w.line("/// Reads and validates the input from a raw request.")
            w.block("public init(_ request: RawRequest) throws") { w in
                if operation.parameters.isEmpty && operation.requestBody == nil { w.line("_ = request") }
                for parameter in operation.parameters {
                    let name = Naming.unescaped(Naming.propertyName(parameter.name))
                    let literal = swiftString(parameter.name)
                    switch parameter.location {
                    case .path:
                        w.line("self.\(name) = try request.pathParameter(\(literal))")
                    case .header:
                        w.line(parameter.isRequired
                            ? "self.\(name) = try request.requiredHeader(\(literal))"
                            : "self.\(name) = request.header(\(literal))")
                        for line in models.constraintLines(parameter.constraints, value: "self.\(name)", type: parameter.type, field: literal, code: nil) {
                            w.line(line)
                        }
                    case .query:
                        let required = parameter.isRequired ? ", required: true" : ""
                        let unwrap = parameter.isRequired ? "!" : ""
                        if case .array(let element) = parameter.type {
                            w.line("self.\(name) = try request.queryList(\(literal), as: \(ModelRenderer.swiftType(element)).self\(required))\(unwrap)")
                        } else {
                            w.line("self.\(name) = try request.query(\(literal), as: \(ModelRenderer.swiftType(parameter.type)).self\(required))\(unwrap)")
                        }
                        for line in models.constraintLines(parameter.constraints, value: "self.\(name)", type: parameter.type, field: literal, code: ".invalidQuery") {
                            w.line(line)
                        }
                    }
                }
                if let body = operation.requestBody {
                    let method = body.isRequired ? "decodeBody" : "decodeOptionalBody"
                    w.line("self.body = try request.\(method)(\(body.typeName).self)")
                }
            }
        }
    }

    private func renderOutputEncoding(_ operation: Operation, into writer: inout SwiftWriter) {
        let typeName = "Operations.\(Naming.typeName(operation.id)).Output"
        writer.block("extension \(typeName)") { w in
            w.line("/// The status and body bytes for the server to wrap in an envelope.")
            w.block("public func result() throws -> DispatchResult") { w in
                w.switchBlock("self") { w in
                    for response in operation.successResponses {
                        let name = Self.caseName(response.status)
                        let status = response.status
                        switch response.payload {
                        case .envelope(_, .some, _):
                            w.line("case .\(name)(let data, let pageInfo): try .json(\(status), data, pageInfo: pageInfo)")
                        case .envelope(_, nil, _):
                            w.line("case .\(name)(let data): try .json(\(status), data)")
                        case .empty:
                            w.line("case .\(name): DispatchResult(status: \(status), body: .empty)")
                        case .text(let contentType):
                            w.line("case .\(name)(let text): DispatchResult(status: \(status), body: .text(text, contentType: \(swiftString(contentType))))")
                        case .binary:
                            w.line("case .\(name)(let body): DispatchResult(status: \(status), body: .binary(body.data, contentType: body.contentType, headers: body.headers))")
                        case .document:
                            w.line("case .\(name)(let document): try .document(\(status), document)")
                        case .error:
                            break
                        }
                        if !response.renditions.isEmpty {
                            w.line("case .\(name)Binary(let body): DispatchResult(status: \(status), body: .binary(body.data, contentType: body.contentType, headers: body.headers))")
                        }
                    }
                }
            }
        }
    }

    private func renderProtocol(_ tag: Tag, _ operations: [Operation], into writer: inout SwiftWriter) {
        writer.doc((tag.description.map { $0 + "\n\n" } ?? "") + "Implemented by the server's handlers for the \(tag.name) operations.")
        writer.block("public protocol \(Self.protocolName(tag.name))<Context>: Sendable") { w in
            w.line("/// What the server passes along with each request, such as the request id, the caller's identity, the")
            w.line("/// client address, the operation and a logger. Storage is not part of it: a handler receives its")
            w.line("/// dependencies when it is created.")
            w.line("associatedtype Context: Sendable")
            for operation in operations {
                let name = Naming.typeName(operation.id)
                w.line()
                w.doc(operation.summary)
                w.line("func \(operation.id)(_ input: Operations.\(name).Input, context: Context) async throws -> Operations.\(name).Output")
            }
        }
    }

    // MARK: Client

    /// How a client method returns what the success responses carry.
    private struct ClientResult {
        var type: String
        var decode: String
        var throwing = true
    }

    private func clientResult(_ operation: Operation) -> (result: ClientResult?, statuses: [Int], emptyStatuses: [Int]) {
        var result: ClientResult?
        var statuses: [Int] = []
        var empty: [Int] = []
        for response in operation.successResponses {
            var candidate: ClientResult
            switch response.payload {
            case .envelope(.array(let item), let pageInfo?, _):
                let itemType = ModelRenderer.swiftType(item)
                let pageType = ModelRenderer.swiftType(pageInfo)
                candidate = ClientResult(type: "ListResponse<\(itemType), \(pageType)>", decode: "core.list(\(itemType).self, pageInfo: \(pageType).self, from: response)")
            case .envelope(let data, _, let signed):
                let dataType = ModelRenderer.swiftType(data)
                candidate = signed
                    ? ClientResult(type: "SignedResponse<\(dataType)>", decode: "core.signed(\(dataType).self, from: response)")
                    : ClientResult(type: "Response<\(dataType)>", decode: "core.envelope(\(dataType).self, from: response)")
            case .text:
                candidate = ClientResult(type: "String", decode: "core.text(from: response)", throwing: false)
            case .binary:
                let headers = response.headers.isEmpty ? "" : ", headers: [" + response.headers.map(swiftString).joined(separator: ", ") + "]"
                candidate = ClientResult(type: "BinaryBody", decode: "core.binary(from: response\(headers))", throwing: false)
            case .document(let type):
                let typeName = ModelRenderer.swiftType(type)
                candidate = ClientResult(type: typeName, decode: "core.document(\(typeName).self, from: response)")
            case .empty:
                empty.append(response.status)
                continue
            case .error:
                continue
            }
            precondition(result == nil || result?.type == candidate.type, "\(operation.id): success responses carry different types")
            result = candidate
            statuses.append(response.status)
        }
        return (result, statuses, empty)
    }

    /// A client method's parameters in the order it declares them: path, headers, required then optional query.
    private func clientParameters(_ operation: Operation) -> [Parameter] {
        // The SDK makes up an Idempotency-Key when the caller gives none, so clients may leave it out.
        operation.parameters.filter { $0.location == .path }
            + operation.parameters.filter { $0.location == .header }.map(clientParameter)
            + operation.parameters.filter { $0.location == .query && $0.isRequired }
            + operation.parameters.filter { $0.location == .query && !$0.isRequired }
    }

    /// The argument label of a parameter in client methods (`product_id` → `productID`).
    private func argumentLabel(_ parameter: Parameter) -> String {
        Naming.unescaped(Naming.propertyName(parameter.name))
    }

    private func argumentDeclaration(_ parameter: Parameter) -> String {
        let type = ModelRenderer.swiftType(parameter.type)
        return parameter.isRequired ? "\(argumentLabel(parameter)): \(type)" : "\(argumentLabel(parameter)): \(type)? = nil"
    }

    /// The doc comment of a client method: what the spec says of the operation and of each parameter.
    private func clientDoc(_ operation: Operation, parameters: [Parameter], body: Bool, lead: String? = nil) -> String {
        var parts: [String] = []
        if let lead { parts.append(lead) }
        parts.append(operationDoc(operation))
        var notes: [String] = []
        let documented = parameters.map { parameter in
            let text = parameter.description.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
            return "  - \(argumentLabel(parameter)): " + (text ?? "`\(parameter.name)` (\(parameter.location.rawValue)).")
        }
        if !documented.isEmpty || body {
            notes.append("- Parameters:\n" + (documented + (body ? ["  - body: the request body."] : [])).joined(separator: "\n"))
        }
        notes.append(lead == nil
            ? "- Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response."
            : "- Note: iterating throws what ``\(operation.id)`` throws.")
        parts.append(notes.joined(separator: "\n"))
        return parts.joined(separator: "\n\n")
    }

    private func renderClientMethod(_ operation: Operation, into writer: inout SwiftWriter) {
        let (result, statuses, emptyStatuses) = clientResult(operation)
        var returnType = result?.type ?? "Void"
        if result != nil && !emptyStatuses.isEmpty { returnType += "?" }

        let ordered = clientParameters(operation)
        var arguments = ordered.map(argumentDeclaration)
        if let body = operation.requestBody {
            arguments.append(body.isRequired ? "_ body: \(body.typeName)" : "_ body: \(body.typeName)? = nil")
        }

        writer.doc(clientDoc(operation, parameters: ordered, body: operation.requestBody != nil))
        let signature = "public func \(operation.id)(\(arguments.joined(separator: ", "))) async throws"
        writer.block(returnType == "Void" ? signature : signature + " -> " + returnType) { w in
            let queryParameters = ordered.filter { $0.location == .query }
            if !queryParameters.isEmpty {
                w.line("var query: [QueryItem] = []")
                for parameter in queryParameters {
                    let name = Naming.propertyName(parameter.name)
                    let literal = swiftString(parameter.name)
                    let variable = parameter.isRequired ? name : "value"
                    let value = if case .array = parameter.type {
                        "\(variable).map(\\.queryValue).joined(separator: \",\")"
                    } else {
                        "\(variable).queryValue"
                    }
                    let append = "query.append(QueryItem(name: \(literal), value: \(value)))"
                    w.line(parameter.isRequired ? append : "if let value = \(name) { \(append) }")
                }
            }
            var sendArguments = [".\(operation.id)", "path: \(clientPath(operation))"]
            if !queryParameters.isEmpty { sendArguments.append("query: query") }
            let headers = ordered.filter { $0.location == .header }
            if !headers.isEmpty {
                let pairs = headers.map { "\(swiftString($0.name)): \(Naming.propertyName($0.name))" }
                if headers.allSatisfy(\.isRequired) {
                    sendArguments.append("headers: [\(pairs.joined(separator: ", "))]")
                } else {
                    w.line("var headers: [String: String] = [:]")
                    for header in headers {
                        w.line("headers[\(swiftString(header.name))] = \(Naming.propertyName(header.name))")
                    }
                    sendArguments.append("headers: headers")
                }
            }
            if operation.requestBody != nil { sendArguments.append("body: body") }
            w.line("let response = try await core.send(\(sendArguments.joined(separator: ", ")))")
            w.switchBlock("response.status") { w in
                if let result {
                    w.line("case \(statuses.map(String.init).joined(separator: ", ")): return \(result.throwing ? "try " : "")\(result.decode)")
                }
                if !emptyStatuses.isEmpty {
                    w.line("case \(emptyStatuses.map(String.init).joined(separator: ", ")): return" + (result == nil ? "" : " nil"))
                }
                w.line("default: throw core.error(from: response)")
            }
        }
    }

    /// For a list operation with an optional `cursor` query parameter, after its client method: the same call as a
    /// sequence of its items across pages, named after the operation without `list` (`listLicenses` → `licenses`).
    private func renderPages(_ operation: Operation, into writer: inout SwiftWriter) {
        guard operation.id.hasPrefix("list"), operation.id.count > 4,
            let cursor = operation.parameters.first(where: { $0.name == "cursor" && $0.location == .query && !$0.isRequired }),
            case .envelope(.array(let item), _?, _)? = operation.successResponses.first?.payload
        else { return }
        let name = Naming.propertyName(String(operation.id.dropFirst(4)))
        let all = clientParameters(operation)
        let parameters = all.filter { $0.name != "cursor" }
        let cursorType = ModelRenderer.swiftType(cursor.type)
        let itemType = ModelRenderer.swiftType(item)
        writer.line()
        writer.doc(clientDoc(
            operation, parameters: parameters, body: false,
            lead: "Every item of ``\(operation.id)`` across its pages, each page fetched as the sequence reaches it."))
        writer.block("public func \(name)(\(parameters.map(argumentDeclaration).joined(separator: ", "))) -> Pages<\(itemType), \(cursorType)>") { w in
            let passed = all.map { "\(argumentLabel($0)): \(Naming.propertyName($0.name))" }
            w.line("Pages { cursor in")
            w.line("    let page = try await self.\(operation.id)(\(passed.joined(separator: ", ")))")
            w.line("    return (page.data, page.pageInfo.nextCursor)")
            w.line("}")
        }
    }

    private func clientParameter(_ parameter: Parameter) -> Parameter {
        var parameter = parameter
        if parameter.name == "Idempotency-Key" { parameter.isRequired = false }
        return parameter
    }

    private func clientPath(_ operation: Operation) -> String {
        var path = ""
        for segment in operation.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            path += "/"
            if segment.hasPrefix("{") && segment.hasSuffix("}") {
                let name = Naming.propertyName(String(segment.dropFirst().dropLast()))
                path += "\\(OperationTable.escapePathSegment(\(name)))"
            } else {
                path += segment
            }
        }
        return "\"" + path + "\""
    }
}
