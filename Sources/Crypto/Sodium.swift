internal import CSodium

/// libsodium's process-wide initialization.
public enum Sodium {
    /// A `static let` is initialized exactly once, thread-safely, on first use; `sodium_init` returns 1 when
    /// something else in the process already initialized the library, which is fine too.
    private static let initializationStatus: Int32 = sodium_init()

    /// Initializes libsodium on the first call in the process; every entry point of this module calls it.
    public static func ensureInitialized() {
        precondition(initializationStatus >= 0, "libsodium could not be initialized")
    }
}
