import LocksmithAPI

/// What the journal records for management keys and signing keys. Both are in the webhook catalogue (creation and
/// revocation of API keys, rotation of signing keys); a signing key's first creation is audited only.
extension JournalEvent {
    static func apiKeyCreated(_ key: APIKey) -> JournalEvent {
        .announced(.apiKeyCreated(key), "api_key", id: key.id, AuditMetadata.values(of: key, recording: APIKeyStore.auditedFields))
    }

    static func apiKeyRevoked(_ key: APIKey) -> JournalEvent {
        .announced(.apiKeyRevoked(key), "api_key", id: key.id, AuditMetadata.values(of: key, recording: APIKeyStore.auditedFields))
    }

    /// A signing key that now signs the account's answers: rotated when it replaces others (`retired`, as the account saw
    /// them), created when it is the account's first.
    static func signingKey(_ key: SigningKeyRecord, retired: [String]) -> JournalEvent {
        let metadata: [String: JSONValue] = ["retired": .array(retired.map(JSONValue.string))]
        return retired.isEmpty
            ? .audited(.signingKeyCreated, "signing_key", id: key.kid, metadata)
            : .announced(.signingKeyRotated(key.model), "signing_key", id: key.kid, metadata)
    }
}
