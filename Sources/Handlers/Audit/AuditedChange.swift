public import Foundation
import LocksmithAPI
import LocksmithStorage

/// A change someone makes now: who, from where and when, and the journal's handle: `record(_:on:)` (`Journal.swift`)
/// writes what the change's event declares, in the write's own transaction, so no change goes unrecorded.
public struct AuditedChange: Sendable {
    var actor: AuditActor
    var ipAddress: String?
    /// The change's time, stored as `created_at`/`updated_at` and as the audit event's time.
    var date: Date
    /// The request that makes the change, for the activity ledger; nil for the server's own changes.
    var requestID: String?

    init(actor: AuditActor, ipAddress: String?, date: Date, requestID: String? = nil) {
        self.actor = actor
        self.ipAddress = ipAddress
        self.date = date
        self.requestID = requestID
    }

    /// A change the server or the command line makes itself.
    public static func system(at date: Date) -> AuditedChange {
        AuditedChange(actor: Principal.system.actor, ipAddress: nil, date: date)
    }

    /// A change by the caller of a request, now.
    init(_ context: HandlerContext, at date: Date) {
        self.init(actor: context.principal.actor, ipAddress: context.ipAddress, date: date, requestID: context.requestID)
    }
}
