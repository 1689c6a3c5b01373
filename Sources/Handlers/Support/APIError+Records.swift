import LocksmithAPI

extension APIError {
    /// 404 for a record that does not exist (or that the caller may not know about).
    static func notFound(_ resource: String, id: String) -> APIError {
        APIError(.notFound, "no \(resource) with id '\(id)'", detail: id)
    }

    /// 409 for a unique value already taken, naming it.
    static func duplicate(_ field: String, _ value: String, scope: String) -> APIError {
        APIError(.conflict, "\(field) '\(value)' is already used \(scope)", detail: field)
    }

    /// 409 for a delete blocked by records that still refer to this one.
    static func stillReferenced(_ resource: String, by references: [String]) -> APIError {
        APIError(.conflict, "the \(resource) is still referenced by \(references.joined(separator: " and ")); remove those first")
    }
}
