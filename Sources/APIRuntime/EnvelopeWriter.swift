public import Foundation

extension APIRuntime {
    /// Assembles response bodies around the exact bytes the dispatcher produced, so a signature over `data`
    /// covers precisely the bytes a client receives.
    public enum EnvelopeWriter {
        /// `{"data":…,"meta":…}`, with `"page_info"` for lists and `"signature"` on runtime routes.
        public static func success(
            data: Data, pageInfo: Data? = nil, signature: Contract.ResponseSignature? = nil, meta: Contract.Meta
        ) throws -> Data {
            var body = Data("{\"data\":".utf8)
            body.append(data)
            if let signature {
                body.append(contentsOf: ",\"signature\":".utf8)
                body.append(try LocksmithJSON.encodeData(signature))
            }
            body.append(contentsOf: ",\"meta\":".utf8)
            body.append(try LocksmithJSON.encodeData(meta))
            if let pageInfo {
                body.append(contentsOf: ",\"page_info\":".utf8)
                body.append(pageInfo)
            }
            body.append(UInt8(ascii: "}"))
            return body
        }

        /// `{"error":{"code","detail"?,"message"},"meta":…}`, keys sorted as in every other body.
        public static func error(_ error: APIError, meta: Contract.Meta) throws -> Data {
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("error")
            writer.beginObject()
            writer.field("code", error.code.rawValue)
            if let detail = error.detail { writer.field("detail", detail) }
            writer.field("message", error.message)
            writer.endObject()
            writer.field("meta", meta)
            writer.endObject()
            return Data(writer.bytes)
        }
    }
}
