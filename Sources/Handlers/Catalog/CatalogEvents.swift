import LocksmithAPI

/// What the journal records for changes of the catalog: audit events only, each with the record's recorded fields
/// (`AuditMetadata`), and for updates the fields the request changed.
extension JournalEvent {
    static func productCreated(_ product: Product) -> JournalEvent {
        .audited(.productCreated, "product", id: product.id, AuditMetadata.values(of: product, recording: ProductStore.auditedFields))
    }

    static func productUpdated(_ product: Product, _ request: ProductUpdateRequest) -> JournalEvent {
        .audited(.productUpdated, "product", id: product.id, AuditMetadata.update(request, stored: product, recording: ProductStore.auditedFields))
    }

    /// `removed`: how many policies, features, versions and custom-field definitions went with it, by kind.
    static func productDeleted(_ product: Product, removed: [String: JSONValue]) -> JournalEvent {
        .audited(
            .productDeleted, "product", id: product.id,
            AuditMetadata.values(of: product, recording: ProductStore.auditedFields).merging(["removed": .object(removed)]) { $1 })
    }

    static func policyCreated(_ policy: Policy) -> JournalEvent {
        .audited(.policyCreated, "policy", id: policy.id, AuditMetadata.values(of: policy, recording: PolicyStore.auditedFields))
    }

    static func policyUpdated(_ policy: Policy, _ request: PolicyUpdateRequest) -> JournalEvent {
        .audited(.policyUpdated, "policy", id: policy.id, AuditMetadata.update(request, stored: policy, recording: PolicyStore.auditedFields, in: policy.productID))
    }

    static func policyDeleted(_ policy: Policy) -> JournalEvent {
        .audited(.policyDeleted, "policy", id: policy.id, AuditMetadata.values(of: policy, recording: ["product_id", "code"]))
    }

    static func featureCreated(_ feature: Feature) -> JournalEvent {
        .audited(.featureCreated, "feature", id: feature.id, AuditMetadata.values(of: feature, recording: FeatureStore.auditedFields))
    }

    static func productVersionCreated(_ version: ProductVersion) -> JournalEvent {
        .audited(
            .productVersionCreated, "product_version", id: version.id, AuditMetadata.values(of: version, recording: ProductVersionStore.auditedFields))
    }

    static func customFieldDefinitionCreated(_ definition: CustomFieldDefinition) -> JournalEvent {
        .audited(
            .customFieldDefinitionCreated, "custom_field_definition", id: definition.id,
            AuditMetadata.values(of: definition, recording: CustomFieldDefinitionStore.auditedFields))
    }

    static func customFieldDefinitionUpdated(_ definition: CustomFieldDefinition, _ request: CustomFieldDefinitionUpdateRequest) -> JournalEvent {
        .audited(
            .customFieldDefinitionUpdated, "custom_field_definition", id: definition.id,
            AuditMetadata.update(request, stored: definition, recording: CustomFieldDefinitionStore.auditedFields, in: definition.productID))
    }

    static func customFieldDefinitionDeleted(_ definition: CustomFieldDefinition) -> JournalEvent {
        .audited(
            .customFieldDefinitionDeleted, "custom_field_definition", id: definition.id,
            AuditMetadata.values(of: definition, recording: ["product_id", "resource_type", "code"]))
    }
}
