/// What a sealed secret is, so that each kind is sealed under a subkey of its own: a value sealed for one
/// purpose never opens as another.
public enum SealingPurpose: Sendable, CaseIterable {
    /// The secret half of an Ed25519 signing key.
    case signingKey
    /// A webhook endpoint's signing secret.
    case webhookSecret
    /// A response kept for replay under its `Idempotency-Key`; runtime answers carry lease tokens.
    case idempotentResponse
}
