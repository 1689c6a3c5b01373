import LocksmithAPI

/// What the journal records for changes of customers: audit events only. Names, e-mail addresses and metadata
/// describe people, so only the id and code are recorded.
extension JournalEvent {
    static func customerCreated(_ customer: Customer) -> JournalEvent {
        .audited(.customerCreated, "customer", id: customer.id, AuditMetadata.values(of: customer, recording: CustomerStore.auditedFields))
    }

    static func customerUpdated(_ customer: Customer, _ request: CustomerUpdateRequest) -> JournalEvent {
        .audited(
            .customerUpdated, "customer", id: customer.id, AuditMetadata.update(request, stored: customer, recording: CustomerStore.auditedFields))
    }

    static func customerDeleted(_ customer: Customer) -> JournalEvent {
        .audited(.customerDeleted, "customer", id: customer.id, AuditMetadata.values(of: customer, recording: CustomerStore.auditedFields))
    }

    /// A customer's custom-field value set or cleared: the field is named, never its value.
    static func customerCustomFieldValue(_ outcome: CustomFieldValueStore.Outcome, customerID: String) -> JournalEvent {
        switch outcome {
        case .set: .audited(.customerCustomFieldSet, "customer", id: customerID, outcome.auditMetadata)
        case .cleared: .audited(.customerCustomFieldCleared, "customer", id: customerID, outcome.auditMetadata)
        }
    }
}

extension CustomFieldValueStore.Outcome {
    /// What the audit chain records of a custom-field value's change: the field, never the value.
    var auditMetadata: [String: JSONValue] {
        switch self {
        case .set(_, let definition): ["definition_id": .string(definition.id), "code": .string(definition.code)]
        case .cleared(let definition, let hadValue):
            ["definition_id": .string(definition.id), "code": .string(definition.code), "had_value": .bool(hadValue)]
        }
    }
}
