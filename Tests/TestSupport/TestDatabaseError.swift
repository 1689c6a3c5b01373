/// Why a test database could not be made.
public struct TestDatabaseError: Error, CustomStringConvertible {
    /// What went wrong and how to fix it.
    public var description: String

    /// An error with the given explanation.
    public init(_ description: String) {
        self.description = description
    }
}
