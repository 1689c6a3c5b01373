import Foundation
import GeneratorKit
import LocksmithAPI
import Testing

/// Every model of the contract survives encode → decode, with all fields and with only the required ones,
/// and every enum tolerates a value it has never seen. Samples are built from openapi.yaml itself.
@Suite struct ModelRoundTripTests {
    static let spec: Spec = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try! String(contentsOf: root.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        return try! Pipeline.spec(fromYAML: text)
    }()

    static var modelNames: [String] {
        spec.types.compactMap { type in
            if case .alias = type.kind { return nil }
            return type.name
        }
    }

    @Test func catalogCoversEverySchema() {
        #expect(Set(ModelCatalog.types.keys) == Set(Self.modelNames))
    }

    @Test(arguments: modelNames)
    func roundTripsWithEveryField(name: String) throws {
        let type = try #require(ModelCatalog.types[name])
        let sample = SampleBuilder(spec: Self.spec, optionals: true).value(for: .named(name))
        try assertRoundTrip(type, sample: sample, name: name)
    }

    @Test(arguments: modelNames)
    func roundTripsWithOnlyRequiredFields(name: String) throws {
        let type = try #require(ModelCatalog.types[name])
        let sample = SampleBuilder(spec: Self.spec, optionals: false).value(for: .named(name))
        try assertRoundTrip(type, sample: sample, name: name)
    }

    @Test(arguments: modelNames.filter { name in
        if case .enumeration = spec.type(named: name)?.kind { return true }
        return false
    })
    func enumsDecodeUnknownValues(name: String) throws {
        let type = try #require(ModelCatalog.types[name])
        try assertUnknownValueSurvives(type)
    }

    /// Every alternative of every `oneOf` decodes as its own case and writes back the same JSON.
    @Test(arguments: modelNames.filter { name in
        if case .oneOf = spec.type(named: name)?.kind { return true }
        return false
    })
    func oneOfDecodesEachAlternativeAsItsOwnCase(name: String) throws {
        guard case .oneOf(let alternatives)? = Self.spec.type(named: name)?.kind else { return }
        let type = try #require(ModelCatalog.types[name])
        for alternative in alternatives {
            let sample = SampleBuilder(spec: Self.spec, optionals: false).value(for: .named(alternative))
            try assertRoundTrip(type, sample: sample, name: "\(name) as \(alternative)")
            let json = try JSONSerialization.data(withJSONObject: sample, options: [.sortedKeys])
            let decoded = try LocksmithJSON.decode(type, from: json)
            #expect(String(describing: decoded).hasPrefix("\(Naming.propertyName(alternative))("), "\(name): \(alternative) decoded as \(decoded)")
        }
    }

    private func assertRoundTrip<T: Codable & Hashable>(_ type: T.Type, sample: Any, name: String) throws {
        let json = try JSONSerialization.data(withJSONObject: ["value": sample], options: [.sortedKeys])
        let decoded = try LocksmithJSON.decode([String: T].self, from: json)
        let value = try #require(decoded["value"])
        let encoded = try LocksmithJSON.encodeData(["value": value])
        let reparsed = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
        #expect(reparsed == (["value": sample] as NSDictionary), "\(name) changed on the way: \(String(decoding: encoded, as: UTF8.self))")
        #expect(try LocksmithJSON.decode([String: T].self, from: encoded)["value"] == value, "\(name) is not equal after a round trip")
        // The generated writer and JSONEncoder (sorted keys, ASCII-escaped) agree byte for byte.
        let fast = try LocksmithJSON.encodeData(value)
        let foundation = try LocksmithJSON.encodeWithFoundation(value)
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: foundation, as: UTF8.self), "\(name): generated writer differs from JSONEncoder")
        #expect(value is any JSONWritable, "\(name) does not write itself")
    }

    private func assertUnknownValueSurvives<T: Codable & Hashable>(_ type: T.Type) throws {
        let decoded = try LocksmithJSON.decode([T].self, from: Data(#"["value_from_the_future"]"#.utf8))
        let value = try #require(decoded.first)
        #expect((value as? any OpenEnum)?.isKnown == false)
        #expect(String(decoding: try LocksmithJSON.encodeData([value]), as: UTF8.self) == #"["value_from_the_future"]"#)
    }
}

/// Builds a JSON sample (Foundation objects) for any type of the spec.
struct SampleBuilder {
    let spec: Spec
    /// Include optional properties too.
    let optionals: Bool

    func value(for ref: TypeRef) -> Any {
        switch ref {
        case .string, .uri: return "sample-é/✓"
        case .dateTime: return "2026-01-31T12:00:00.250Z"
        case .binary: return "AAEC"
        case .integer: return 42
        case .int64: return 9_007_199_254_740_993 as Int64  // above 2^53: must stay exact
        case .number: return 1.5
        case .boolean: return true
        case .freeForm: return ["plan": "pro", "seats": 5, "nested": ["ok": true, "list": [1, "two", NSNull()]]]
        case .array(let element): return [value(for: element)]
        case .map(let element): return ["key": value(for: element)]
        case .named(let name):
            switch spec.type(named: name)!.kind {
            case .enumeration(let values): return values[0]
            case .alias(let target): return value(for: target)
            // The last alternative, so that decoding has to get past the others (each alternative has its own test).
            case .oneOf(let alternatives): return value(for: .named(alternatives.last!))
            case .object(let object):
                var result: [String: Any] = [:]
                for property in object.properties where property.isRequired || optionals {
                    result[property.name] = property.isRequired && property.isNullable ? NSNull() : value(for: property.type)
                }
                return result
            }
        }
    }
}
