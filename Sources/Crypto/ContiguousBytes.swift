extension Collection where Element == UInt8 {
    /// Runs `body` over the bytes in contiguous memory, copying only when the collection is not already
    /// contiguous (arrays, slices, `Data` and native strings' UTF-8 views are not copied). The pointer is
    /// never nil, even for an empty collection, because libsodium declares most of its inputs `nonnull`.
    func withSodiumBytes<Result>(_ body: (UnsafePointer<UInt8>, Int) throws -> Result) rethrows -> Result {
        if let result = try withContiguousStorageIfAvailable({ try Self.call(body, with: $0) }) {
            return result
        }
        return try Array(self).withUnsafeBufferPointer { try Self.call(body, with: $0) }
    }

    private static func call<Result>(
        _ body: (UnsafePointer<UInt8>, Int) throws -> Result, with buffer: UnsafeBufferPointer<UInt8>
    ) rethrows -> Result {
        if let base = buffer.baseAddress {
            return try body(base, buffer.count)
        }
        return try withUnsafePointer(to: UInt8(0)) { try body($0, 0) }
    }
}

extension Array where Element == UInt8 {
    /// An array of exactly `count` bytes, all written by `fill` (which must write every byte).
    init(sodiumOutput count: Int, _ fill: (UnsafeMutablePointer<UInt8>) throws -> Void) rethrows {
        try self.init(unsafeUninitializedCapacity: Swift.max(count, 1)) { buffer, initializedCount in
            try fill(buffer.baseAddress!)
            initializedCount = count
        }
    }
}

/// Stops the process when a libsodium call that cannot fail for valid arguments reports failure: continuing
/// would hand out zeroed keys, hashes or signatures.
func requireSodiumSuccess(_ status: Int32, _ operation: StaticString) {
    precondition(status == 0, "libsodium \(operation) failed")
}
