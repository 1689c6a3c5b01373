import Foundation
import Testing
@testable import LocksmithAPI

@Suite struct JSONBytesTests {
    private func bytes(_ text: String) -> Data { Data(text.utf8) }
    private func text(_ data: Data?) -> String? { data.map { String(decoding: $0, as: UTF8.self) } }

    // MARK: asciiEscaped

    @Test func asciiInputIsReturnedUnchanged() {
        let input = bytes(#"{"a":"plain \"ascii\" \\ \n \u001f","b":[1,2.5,null,true]}"#)
        let output = JSONBytes.asciiEscaped(input)
        #expect(output == input)
        #expect(JSONBytes.asciiEscaped(Data()) == Data())
    }

    @Test func asciiInputSliceIsReturnedUnchanged() {
        let whole = bytes(#"xx{"a":1}yy"#)
        let slice = whole[whole.startIndex + 2 ..< whole.endIndex - 2]
        #expect(JSONBytes.asciiEscaped(slice) == bytes(#"{"a":1}"#))
    }

    @Test(arguments: [
        ("\"é\"", #""\u00e9""#),
        ("\"日本\"", #""\u65e5\u672c""#),
        ("\"😀\"", #""\ud83d\ude00""#),
        ("\"𐀀\"", #""\ud800\udc00""#),                  // U+10000
        ("\"\u{10FFFF}\"", #""\udbff\udfff""#),         // highest scalar
        ("\"\u{80}\u{7FF}\u{800}\u{FFFF}\"", #""\u0080\u07ff\u0800\uffff""#),
        ("\"\u{2028}\u{2029}\"", #""\u2028\u2029""#),
        ("\"\u{7F}\"", #""\u007f""#),                    // DEL, as Python's ensure_ascii does
        ("{\"clé\":[\"x😀y\",1]}", #"{"cl\u00e9":["x\ud83d\ude00y",1]}"#),
    ])
    func escapesNonASCII(input: String, expected: String) {
        #expect(text(JSONBytes.asciiEscaped(bytes(input))) == expected)
    }

    @Test func leavesExistingEscapesAlone() {
        let input = #"{"k":"\"é\\\n\u00e9"}"#
        #expect(text(JSONBytes.asciiEscaped(bytes(input))) == #"{"k":"\"\u00e9\\\n\u00e9"}"#)
    }

    @Test func malformedUTF8BecomesReplacementCharacter() {
        let input = Data([0x22, 0xFF, 0x41, 0xC3, 0x22])  // "\xFF A \xC3(truncated) "
        #expect(text(JSONBytes.asciiEscaped(input)) == #""\ufffdA\ufffd""#)
    }

    @Test func escapedOutputDecodesToTheSameValue() throws {
        let value = ["k😀": "é日本😀\u{7F}\u{1F}\"\\/", "plain": "x"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let escaped = JSONBytes.asciiEscaped(try encoder.encode(value))
        #expect(escaped.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
        #expect(try JSONDecoder().decode([String: String].self, from: escaped) == value)
    }

    @Test func matchesPythonEnsureASCIIOutput() throws {
        let value: [String: String] = [
            "accent": "é",
            "cjk": "日本",
            "emoji": "😀",
            "slash": "a/b",
            "quote": "say \"hi\"",
            "backslash": "c:\\dir",
            "newline": "l1\nl2",
            "tab": "a\tb",
            "unit": "\u{1F}",
            "del": "\u{7F}",
            "mixed": "x€y😀z\u{2028}",
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let escaped = JSONBytes.asciiEscaped(try encoder.encode(value))
        // Produced with:
        // python3 -c 'import json
        // obj={"accent":"é","cjk":"日本","emoji":"😀","slash":"a/b","quote":"say \"hi\"","backslash":"c:\\dir",
        //      "newline":"l1\nl2","tab":"a\tb","unit":"\x1f","del":"\x7f","mixed":"x€y😀z\u2028"}
        // print(json.dumps(obj,separators=(",",":"),sort_keys=True))'
        let python = #"{"accent":"\u00e9","backslash":"c:\\dir","cjk":"\u65e5\u672c","del":"\u007f","emoji":"\ud83d\ude00","mixed":"x\u20acy\ud83d\ude00z\u2028","newline":"l1\nl2","quote":"say \"hi\"","slash":"a/b","tab":"a\tb","unit":"\u001f"}"#
        #expect(text(escaped) == python)
        #expect(escaped == Data(python.utf8))
    }

    // MARK: rawMember

    @Test(arguments: [
        (#"{"data":"text","signature":"s"}"#, #""text""#),
        (#"{"data":-12.5e+3,"signature":"s"}"#, "-12.5e+3"),
        (#"{"data":0}"#, "0"),
        (#"{"data":null}"#, "null"),
        (#"{"data":true,"x":false}"#, "true"),
        (#"{"data":false}"#, "false"),
        (#"{"data":[]}"#, "[]"),
        (#"{"data":{}}"#, "{}"),
        (#"{"data":{"a":[1,{"b":"}"}],"c":"]"},"meta":{}}"#, #"{"a":[1,{"b":"}"}],"c":"]"}"#),
        (#"{"data":[1,[2,[3,{"data":4}]],"x"],"signature":"s"}"#, #"[1,[2,[3,{"data":4}]],"x"]"#),
    ])
    func extractsValues(json: String, expected: String) {
        #expect(text(JSONBytes.rawMember("data", in: bytes(json))) == expected)
    }

    @Test func ignoresNestedMembersWithTheSameName() {
        let json = #"{"meta":{"data":"nested"},"list":[{"data":1}],"data":{"id":7},"signature":"s"}"#
        #expect(text(JSONBytes.rawMember("data", in: bytes(json))) == #"{"id":7}"#)
        let onlyNested = #"{"meta":{"data":"nested"},"list":[{"data":1}]}"#
        #expect(JSONBytes.rawMember("data", in: bytes(onlyNested)) == nil)
    }

    @Test func ignoresDataInsideStrings() {
        let json = #"{"note":"{\"data\":\"fake\"}","x":"\"data\":1","data":"real"}"#
        #expect(text(JSONBytes.rawMember("data", in: bytes(json))) == #""real""#)
        let onlyInString = #"{"note":"\"data\":\"fake\"","other":"data"}"#
        #expect(JSONBytes.rawMember("data", in: bytes(onlyInString)) == nil)
    }

    @Test func handlesEscapedQuotesAndBackslashes() {
        let json = #"{"a":"x\\","data":"q\"uo\\te\"","b":"\\\"data\\\":"}"#
        #expect(text(JSONBytes.rawMember("data", in: bytes(json))) == #""q\"uo\\te\"""#)
        #expect(text(JSONBytes.rawMember("b", in: bytes(json))) == #""\\\"data\\\":""#)
    }

    @Test func matchesEscapedKeys() {
        #expect(text(JSONBytes.rawMember("data", in: bytes(#"{"d\u0061ta":1}"#))) == "1")
        #expect(text(JSONBytes.rawMember("data", in: bytes(#"{"\u0064\u0041ta":1}"#))) == nil)
        #expect(text(JSONBytes.rawMember("a\"b", in: bytes(#"{"a\"b":2}"#))) == "2")
        #expect(text(JSONBytes.rawMember("a/b", in: bytes(#"{"a\/b":3}"#))) == "3")
        #expect(text(JSONBytes.rawMember("é😀", in: bytes(#"{"\u00e9\ud83d\ude00":4}"#))) == "4")
        #expect(text(JSONBytes.rawMember("é😀", in: bytes(#"{"é😀":5}"#))) == "5")
        #expect(text(JSONBytes.rawMember("t\tn\n", in: bytes(#"{"t\tn\n":6}"#))) == "6")
        // A key that merely looks like the name once escapes are ignored is not a match.
        #expect(JSONBytes.rawMember("data", in: bytes(#"{"dat\\a":1}"#)) == nil)
        #expect(JSONBytes.rawMember("data", in: bytes(#"{"\ud800data":1}"#)) == nil)
    }

    @Test func whitespaceBetweenTokensIsExcluded() {
        let json = " \n{ \"meta\" : { \"k\" : [ 1 , 2 ] } ,\r\n\t\"data\"\t:\n  { \"a\" : [ 1 , \"x\" ] }  ,\"s\":1 }\n "
        #expect(text(JSONBytes.rawMember("data", in: bytes(json))) == #"{ "a" : [ 1 , "x" ] }"#)
        #expect(text(JSONBytes.rawMember("s", in: bytes(json))) == "1")
    }

    @Test func returnsNilWhenMemberIsMissing() {
        #expect(JSONBytes.rawMember("data", in: bytes(#"{"signature":"s","meta":{}}"#)) == nil)
        #expect(JSONBytes.rawMember("data", in: bytes("{}")) == nil)
        #expect(JSONBytes.rawMember("data", in: bytes(" { } ")) == nil)
        #expect(JSONBytes.rawMember("dat", in: bytes(#"{"data":1}"#)) == nil)
        #expect(JSONBytes.rawMember("datas", in: bytes(#"{"data":1}"#)) == nil)
    }

    @Test(arguments: [
        "",
        "   ",
        "[]",
        #"[{"data":1}]"#,
        #""{\"data\":1}""#,
        "null",
        "42",
        #"{"data":1"#,
        #"{"data":1,}"#,
        #"{"data":1}}"#,
        #"{"data":1} x"#,
        #"{"data":1}{"data":2}"#,
        #"{"data" 1}"#,
        #"{data:1}"#,
        #"{"data":}"#,
        #"{"data":[1,2}"#,
        #"{"data":{"a":1]}"#,
        #"{"data":{"a"}}"#,
        #"{"data":"unterminated}"#,
        #"{"data":"bad \x escape"}"#,
        #"{"data":"bad \u12 escape"}"#,
        "{\"data\":\"raw \n newline\"}",
        #"{"data":tru}"#,
        #"{"data":nul}"#,
        #"{"data":01}"#,
        #"{"data":1.}"#,
        #"{"data":1e}"#,
        #"{"data":-}"#,
        #"{"data":+1}"#,
        #"{"data":[1,]}"#,
        #"{"data":1,"data":2}"#,
        #"{"d\u0061ta":1,"data":2}"#,
    ])
    func returnsNilForMalformedOrNonObjectDocuments(json: String) {
        #expect(JSONBytes.rawMember("data", in: bytes(json)) == nil)
    }

    @Test func worksOnDataSlicesAndReturnsZeroBasedData() throws {
        let whole = bytes(#"xx{"data":[1,2]}yy"#)
        let slice = whole[whole.startIndex + 2 ..< whole.endIndex - 2]
        let member = try #require(JSONBytes.rawMember("data", in: slice))
        #expect(member.startIndex == 0)
        #expect(text(member) == "[1,2]")
    }

    @Test func deepNestingDoesNotOverflow() {
        let depth = 100_000
        let json = #"{"data":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        let member = JSONBytes.rawMember("data", in: bytes(json))
        #expect(member?.count == 2 * depth)
    }

    @Test func recoversSignedBytesFromAnEncodedEnvelope() throws {
        struct Payload: Encodable { let name: String; let tags: [String]; let note: String }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let signed = JSONBytes.asciiEscaped(try encoder.encode(
            Payload(name: "Zoë 😀", tags: ["\"data\":", "}]"], note: #"{"data":"fake"}"#)))
        var body = Data(#"{"data":"#.utf8)
        body.append(signed)
        body.append(Data(#","signature":"abc","meta":{"data":null}}"#.utf8))
        #expect(JSONBytes.rawMember("data", in: body) == signed)
        #expect(text(JSONBytes.rawMember("signature", in: body)) == #""abc""#)
        #expect(text(JSONBytes.rawMember("meta", in: body)) == #"{"data":null}"#)
    }
}
