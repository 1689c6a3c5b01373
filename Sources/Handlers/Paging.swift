/// List sizes: `limit` defaults to 50 and never exceeds 200 (the contract also rejects larger values).
enum Paging {
    static let defaultLimit = 50
    static let maximumLimit = 200

    static func limit(_ requested: Int?) -> Int {
        min(max(requested ?? defaultLimit, 1), maximumLimit)
    }
}
