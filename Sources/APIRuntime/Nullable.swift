import Foundation

/// A value that may be sent as an explicit JSON `null`.
///
/// Update requests use `Nullable<T>?`: `nil` leaves the field unchanged (the key is absent),
/// `.null` clears it, `.value(x)` sets it.
public enum Nullable<Wrapped: Sendable & Hashable>: Sendable, Hashable {
    case null
    case value(Wrapped)

    /// The value, or nil for `.null`.
    public var wrapped: Wrapped? {
        if case .value(let value) = self { return value }
        return nil
    }
}

extension KeyedDecodingContainer {
    /// Absent key → nil, `null` → `.null`, anything else → `.value`.
    public func decodeNullable<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> Nullable<T>? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) { return .null }
        return .value(try decode(type, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// nil → key left out, `.null` → `null`, `.value` → the value.
    public mutating func encodeNullable<T: Encodable>(_ value: Nullable<T>?, forKey key: Key) throws {
        switch value {
        case nil: return
        case .null?: try encodeNil(forKey: key)
        case .value(let wrapped)?: try encode(wrapped, forKey: key)
        }
    }
}

extension KeyedDecodingContainer {
    /// Absent key → nil; an explicit `null` is refused, because the field cannot be cleared. Request types use
    /// this for optional fields that are not nullable, so `{"name": null}` is an error rather than a no-op.
    public func decodeIfPresentRejectingNull<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [key], debugDescription: "cannot be null"))
        }
        return try decode(type, forKey: key)
    }
}
