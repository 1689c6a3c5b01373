/// ASCII case folding over UTF-8 bytes, for the header values every request has read (the `Authorization` scheme,
/// the Content-Type): no `String` is lower-cased or allocated to compare them.
enum ASCII {
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether `a` and `b` are the same bytes once ASCII letters are lower-cased.
    static func equalIgnoringCase(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { lowercased($0) == lowercased($1) }
    }
}
