import Foundation
import LocksmithAPI

/// The time window of an ops read: `to` defaults to now and `from` to the day before `to`.
struct OpsWindow: Sendable {
    static let defaultLength: TimeInterval = 86_400

    var from: Date
    var to: Date

    /// The window a request asks for; 400 INVALID_QUERY when `to` is not after `from`.
    init(from: Date?, to: Date?, now: Date) throws {
        self.to = to ?? now
        self.from = from ?? self.to.addingTimeInterval(-Self.defaultLength)
        guard self.to > self.from else { throw APIError.invalidQuery("query parameter 'to' must be after 'from'", detail: "to") }
    }
}
