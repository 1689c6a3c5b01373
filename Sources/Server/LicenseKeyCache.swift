import NIOConcurrencyHelpers

/// Which license and account each recently presented license key belongs to, by the key's keyed hash.
///
/// A license key never changes hands: it is written once, with its license, and never updated, so what it names can
/// be remembered without going stale, on every instance. Nothing that can change is remembered: the license's status
/// and its account's status are read with the rest of the runtime state on every call (`RuntimeState`), and a key
/// whose license is gone finds no state and is refused as unknown. Keys that are not found are not remembered, so a
/// stream of made-up keys cannot fill the cache; when `capacity` keys are held, the cache starts over.
final class LicenseKeyCache: Sendable {
    struct Entry: Sendable, Equatable {
        var licenseID: String
        var accountID: String
    }

    let capacity: Int
    private let entries = NIOLockedValueBox<[[UInt8]: Entry]>([:])

    init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    subscript(hash: [UInt8]) -> Entry? {
        entries.withLockedValue { $0[hash] }
    }

    func remember(_ entry: Entry, for hash: [UInt8]) {
        entries.withLockedValue { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[hash] = entry
        }
    }
}
