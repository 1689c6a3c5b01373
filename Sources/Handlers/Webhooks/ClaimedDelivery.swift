import Foundation

/// A delivery a worker holds for one attempt, with what the attempt needs of its endpoint.
struct ClaimedDelivery: Sendable {
    var accountID: String
    var id: String
    var endpointID: String
    var eventType: String
    var payload: [UInt8]
    /// Attempts made before this one.
    var attempts: Int
    var firstAttemptAt: Date?
    var url: String
    var sealedSecret: [UInt8]
    var previousSealedSecret: [UInt8]?
    var previousSecretUntil: Date?
    /// The W3C traceparent of the request that queued it, when it was traced.
    var traceparent: String?
    /// The claim's token: the delivery's outcome is recorded only while the row still carries it.
    var token: String
}
