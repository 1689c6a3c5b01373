import LocksmithAPI

/// One change as the audit chain records it, before it is given its sequence, time and hash.
struct AuditEntry: Sendable {
    var eventType: String
    var actor: AuditActor
    var resourceType: String
    var resourceID: String?
    var metadata: [String: JSONValue]
    var ipAddress: String?

    init(_ eventType: String, actor: AuditActor, resourceType: String, resourceID: String?, metadata: [String: JSONValue] = [:], ipAddress: String? = nil) {
        self.eventType = eventType
        self.actor = actor
        self.resourceType = resourceType
        self.resourceID = resourceID
        self.metadata = metadata
        self.ipAddress = ipAddress
    }
}
