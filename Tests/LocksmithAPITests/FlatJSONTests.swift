import Foundation
import LocksmithAPI
@testable import LocksmithAPIRuntime
import Testing

/// The quick path for flat request bodies takes what it can and leaves the rest to the full decoder; what it takes,
/// it reads exactly as `JSONDecoder` does.
@Suite struct FlatJSONTests {
    /// Through the full path: the screen, then `JSONDecoder`.
    static func full<T: Decodable>(_ type: T.Type, _ body: String) -> T? {
        let data = Data(body.utf8)
        guard (try? APIRuntime<OperationTable>.JSONScreen.check(data)) != nil else { return nil }
        return try? LocksmithJSON.decode(type, from: data)
    }

    static func quick<T: Decodable>(_ type: T.Type, _ body: String) -> T? {
        FlatJSON.decode(type, from: Data(body.utf8))
    }

    /// Bodies runtime calls send, and near misses in every direction.
    static let bodies = [
        #"{"fingerprint":"fp-1"}"#, #"{}"#, #" { "fingerprint" : "fp-1" , "nonce":"n 1" } "#, "{\n\t\"fingerprint\":\"fp\"\r\n}",
        #"{"fingerprint":"fp","is_vm":true,"is_container":false,"app_version":"1.2.3+build.7","nonce":"abc"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":3,"event_id":"evt-1"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":-0,"event_id":"evt-1"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":999999999999999999,"event_id":"e"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":9223372036854775807,"event_id":"e"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":92233720368547758070,"event_id":"e"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":9999999999999999999,"event_id":"e"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":-9999999999999999999999,"event_id":"e"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":3.0,"event_id":"e"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":3e0,"event_id":"e"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":03,"event_id":"e"}"#,
        #"{"fingerprint":"fp","feature_code":"exports","amount":"3","event_id":"e"}"#,
        #"{"fingerprint":"caf\u00e9"}"#, #"{"fingerprint":"café"}"#, #"{"fingerprint":"a\"b"}"#, #"{"fingerprint":"\u0000"}"#,
        #"{"fingerprint":null}"#, #"{"fingerprint":"a","fingerprint":"b"}"#, #"{"fingerprint":["a"]}"#, #"{"fingerprint":{"a":1}}"#,
        #"{"fingerprint":"a"} x"#, #"{"fingerprint":"a",}"#, #"{"fingerprint" "a"}"#, #"{"fingerprint":"a""#, #"["a"]"#, #""a""#,
        #"{"unknown":"a"}"#, #"{"is_vm":1}"#, #"{"is_vm":"true"}"#, #"{"is_vm":tru}"#, #"{"fingerprint":true}"#, "\u{FEFF}{}",
        #"{"name":"Acme","code":"acme","license_type":"perpetual","max_activations":5}"#,
        #"{"name":"Acme","code":"acme","license_type":"lifetime-ish","max_activations":5}"#,
        #"{"name":"Acme","code":"acme","license_type":"perpetual","max_activations":5,"max_floating_users":null}"#,
        #"{"max_floating_users":4,"max_container_instances":2}"#,
        #"{"status":"active","current_period_end":"2026-12-01T00:00:00Z","cancel_at_period_end":true}"#,
        #"{"current_period_end":"2026-12-01T00:00:00.123+02:00"}"#, #"{"current_period_end":"yesterday"}"#,
        #"{"canceled_at":"2026-12-01T00:00:00Z"}"#, #"{"canceled_at":null}"#, #"{"metadata":{}}"#,
    ]

    func agrees<T: Decodable & Equatable>(_ type: T.Type) -> Int {
        var taken = 0
        for body in Self.bodies {
            guard let quick = Self.quick(type, body) else { continue }
            taken += 1
            #expect(quick == Self.full(type, body), "\(T.self): \(body)")
        }
        return taken
    }

    @Test func whatTheQuickPathTakesDecodesAsJSONDecoderDecodesIt() {
        #expect(agrees(RuntimeBindingRequest.self) == 6)
        #expect(agrees(ConsumeLicenseRequest.self) == 3)
        #expect(agrees(PolicyCreateRequest.self) == 2)
        #expect(agrees(PolicyUpdateRequest.self) > 0)
        #expect(agrees(SubscriptionUpdateRequest.self) == 4)
    }

    /// Bodies made at random from the pieces the quick path has to judge (every length of integer, signs, leading
    /// zeros, fractions, escapes, non-ASCII, nulls, nesting, repeated and unknown keys, stray bytes): it never traps,
    /// and whatever it takes decodes as the full path decodes it.
    @Test func randomBodiesAgreeWithTheFullPath() {
        var random = SplitMix(seed: 0x10C5_3171)
        let keys = ["fingerprint", "nonce", "is_vm", "app_version", "feature_code", "amount", "event_id", "extra"]
        let values = [
            #""fp""#, #""""#, #""a\"b""#, #""caf\u00e9""#, "\"caf\u{e9}\"", "\"tab\there\"", "true", "false", "null", "tru", "[]", "{}",
            #"{"a":1}"#, "1.5", "1e3", "-0", "00", "-", "+1", " 7 ",
        ]
        var taken = 0
        for _ in 0..<3000 {
            var members: [String] = []
            for _ in 0..<random.next(below: 5) {
                let key = keys[random.next(below: keys.count)]
                let value: String
                if random.next(below: 2) == 0 {
                    let digits = (0..<(1 + random.next(below: 22))).map { _ in String(random.next(below: 10)) }.joined()
                    value = (random.next(below: 3) == 0 ? "-" : "") + digits
                } else {
                    value = values[random.next(below: values.count)]
                }
                members.append("\"\(key)\":\(value)")
            }
            var body = "{" + members.joined(separator: random.next(below: 20) == 0 ? ",," : ",") + "}"
            if random.next(below: 20) == 0 { body += " x" }
            if let quick = Self.quick(ConsumeLicenseRequest.self, body) {
                taken += 1
                #expect(quick == Self.full(ConsumeLicenseRequest.self, body), "\(body)")
            }
            if let quick = Self.quick(RuntimeBindingRequest.self, body) {
                #expect(quick == Self.full(RuntimeBindingRequest.self, body), "\(body)")
            }
        }
        #expect(taken > 0)
    }

    /// Runtime calls take the quick path; a body it does not take is refused by the full path, not by it.
    @Test func theCommonBodiesAreTakenAndTheRestLeftToTheFullDecoder() {
        #expect(Self.quick(RuntimeBindingRequest.self, #"{"fingerprint":"fp-1","nonce":"n"}"#) == RuntimeBindingRequest(fingerprint: "fp-1", nonce: "n"))
        #expect(Self.quick(ConsumeLicenseRequest.self, #"{"feature_code":"f","amount":2,"event_id":"e"}"#)?.amount == 2)
        for body in [
            #"{"fingerprint":null}"#, #"{"fingerprint":"a","fingerprint":"b"}"#, #"{"fingerprint":"\u0000"}"#, #"{"unknown":"a"}"#,
            #"{"fingerprint":"a"} x"#, #"{"is_vm":1}"#, "{\"fingerprint\":\"a\u{1}\"}",
        ] {
            #expect(Self.quick(RuntimeBindingRequest.self, body) == nil, "\(body)")
        }
        // Not UTF-8: left to the screen, which refuses it.
        #expect(FlatJSON.decode(RuntimeBindingRequest.self, from: Data([0x7B, 0x22, 0x66, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D])) == nil)
    }
}

/// A small deterministic generator, so a failing body can be found again.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
