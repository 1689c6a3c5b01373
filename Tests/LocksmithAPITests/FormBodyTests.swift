import Foundation
import LocksmithAPI
import LocksmithAPIRuntime
import Testing

/// `FormBody`: an `application/x-www-form-urlencoded` body read as the JSON object of its fields.
@Suite struct FormBodyTests {
    typealias FormBody = APIRuntime<OperationTable>.FormBody

    func json(_ form: String) throws -> String {
        String(decoding: try FormBody.json(from: Data(form.utf8)), as: UTF8.self)
    }

    @Test func decodesPlusesEscapesAndUTF8() throws {
        #expect(try json("token=a.b.c&token_type_hint=access_token") == #"{"token":"a.b.c","token_type_hint":"access_token"}"#)
        let decoded = try JSONSerialization.jsonObject(with: try FormBody.json(from: Data("a+b%20c=%E2%9C%93%2B%26%3D".utf8))) as? [String: String]
        #expect(decoded == ["a b c": "✓+&="])
        #expect(try json("empty=&bare&&") == #"{"empty":"","bare":""}"#)
        #expect(try json("") == "{}")
        #expect(try json(#"quote=%22%5C%0A"#) == #"{"quote":"\"\\\n"}"#)
    }

    @Test func refusesWhatAFormCannotSay() {
        for (form, field) in [("token=a&token=b", "token"), ("token=%ZZ", "token"), ("token=%E2%9C", "token"), ("token=%", "token")] {
            do {
                _ = try json(form)
                Issue.record("\(form) was read")
            } catch let error as APIError {
                #expect(error.code == .invalidJSON && error.detail == field, "\(form)")
            } catch {
                Issue.record("\(form): \(error)")
            }
        }
        #expect(throws: APIError.self) { try json("%FF=x") }
    }

    @Test func recognisesTheMediaType() {
        #expect(FormBody.isForm("application/x-www-form-urlencoded"))
        #expect(FormBody.isForm("Application/X-WWW-Form-URLEncoded; charset=utf-8"))
        #expect(!FormBody.isForm("application/json"))
        #expect(!FormBody.isForm("multipart/form-data"))
    }
}
