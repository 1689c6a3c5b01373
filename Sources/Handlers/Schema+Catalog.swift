import LocksmithStorage

extension Schema {
    /// Products, policies, features, versions and custom-field definitions (version 2).
    static let catalogMigrations: [Migration] = []
}
