import LocksmithStorage

extension Schema {
    /// Customers, custom-field values, subscriptions and orders (version 3).
    static let commerceMigrations: [Migration] = []
}
