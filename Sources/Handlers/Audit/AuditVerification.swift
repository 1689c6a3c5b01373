/// The outcome of walking the audit chain.
public enum AuditVerification: Sendable, Equatable {
    case intact(count: Int64)
    case broken(sequence: Int64, reason: String)
}
