import LocksmithAPI

/// Who caused an audit event.
struct AuditActor: Sendable, Equatable {
    var type: AuditActorType
    var id: String

    init(type: AuditActorType, id: String) {
        self.type = type
        self.id = id
    }
}
