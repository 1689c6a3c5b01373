import Foundation
import LocksmithAPI
import Testing

/// The runtime writes envelopes without the generated envelope models; the bytes are the models' bytes.
@Suite struct EnvelopeWriterTests {
    private static let meta = ResponseMeta(requestID: "req_1", timestamp: Date(timeIntervalSince1970: 1_767_225_600.25))

    @Test(arguments: [nil, "scopes[0]"])
    func errorEnvelopesAreTheErrorEnvelopeModel(detail: String?) throws {
        let error = APIError(.validationFailed, "field 'scopes[0]' must be one of admin, \u{e9}", detail: detail)
        let model = ErrorEnvelope(error: ErrorObject(code: "VALIDATION_FAILED", message: error.message, detail: detail), meta: Self.meta)
        #expect(try EnvelopeWriter.error(error, meta: Self.meta) == LocksmithJSON.encodeWithFoundation(model))
    }

    @Test func successEnvelopesEmbedTheDataBytesAsGiven() throws {
        let data = Data(#"{"b":1,"a":2}"#.utf8)
        let signature = Signature(alg: "Ed25519", kid: "k1", value: "c2ln")
        let body = try EnvelopeWriter.success(data: data, pageInfo: Data("{}".utf8), signature: signature, meta: Self.meta)
        #expect(String(decoding: body, as: UTF8.self) == #"{"data":{"b":1,"a":2},"signature":{"alg":"Ed25519","kid":"k1","value":"c2ln"},"meta":{"request_id":"req_1","timestamp":"2026-01-01T00:00:00.250Z"},"page_info":{}}"#)
    }
}
