/// Why a backup cannot be made, trusted or restored, in words for the operator. Nothing was written when it is thrown.
public struct BackupError: Error, CustomStringConvertible, Equatable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
