import CLibPQ

/// Statement parameters laid out the way `PQexecPrepared` takes them.
///
/// Everything is sent as text, which the server converts to the parameter's inferred type, except blobs,
/// which go in binary so that they need no escaping.
enum PostgresParameters {
    typealias Body<Result> = (
        _ count: Int32, _ values: UnsafePointer<UnsafePointer<CChar>?>?, _ lengths: UnsafePointer<Int32>?,
        _ formats: UnsafePointer<Int32>?
    ) throws -> Result

    static func withEncoded<Result>(_ binds: [SQLValue], _ body: Body<Result>) throws -> Result {
        var storage: [UInt8] = []
        var offsets: [Int?] = []
        var lengths: [Int32] = []
        var formats: [Int32] = []
        offsets.reserveCapacity(binds.count)
        lengths.reserveCapacity(binds.count)
        formats.reserveCapacity(binds.count)

        func appendText(_ text: String) {
            offsets.append(storage.count)
            storage.append(contentsOf: text.utf8)
            storage.append(0)
            lengths.append(0)
            formats.append(0)
        }

        for (offset, bind) in binds.enumerated() {
            switch bind {
            case .null:
                offsets.append(nil)
                lengths.append(0)
                formats.append(0)
            case .integer(let integer):
                appendText(String(integer))
            case .real(let real):
                appendText(text(of: real))
            case .text(let text):
                // libpq reads text parameters up to the first NUL, which would silently truncate the value.
                guard !text.utf8.contains(0) else {
                    throw StorageError(.other, "text parameter $\(offset + 1) contains a NUL character, which PostgreSQL cannot store")
                }
                appendText(text)
            case .blob(let bytes):
                offsets.append(storage.count)
                storage.append(contentsOf: bytes)
                lengths.append(Int32(bytes.count))
                formats.append(1)
            }
        }
        // Keeps the buffer non-empty, so that an empty blob still gets a non-null pointer (null means NULL).
        storage.append(0)

        return try storage.withUnsafeBytes { buffer in
            let base = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            let values = offsets.map { offset in offset.map { UnsafePointer(base + $0) } }
            return try values.withUnsafeBufferPointer { values in
                try lengths.withUnsafeBufferPointer { lengths in
                    try formats.withUnsafeBufferPointer { formats in
                        try body(Int32(binds.count), values.baseAddress, lengths.baseAddress, formats.baseAddress)
                    }
                }
            }
        }
    }

    /// Swift's shortest round-trip form, except for the special values, which PostgreSQL spells its own way.
    private static func text(of real: Double) -> String {
        if real.isNaN { return "NaN" }
        if real == .infinity { return "Infinity" }
        if real == -.infinity { return "-Infinity" }
        return String(real)
    }
}
