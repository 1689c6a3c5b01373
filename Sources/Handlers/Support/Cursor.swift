import LocksmithAPI

/// The one rule every list applies to `cursor`: a position it returned, or 400 `INVALID_QUERY` naming `cursor`.
///
/// Lists that page by id hand out ids as cursors, so a cursor must have the form of an id (`prefix_` and 26 Crockford
/// base32 characters). Anything else would silently walk from an arbitrary place, which hides a client's bug.
enum Cursor {
    /// `text` as an id to page after, or nil when there is none.
    static func id(_ text: String?) throws -> String? {
        guard let text else { return nil }
        guard ResourceID.isWellFormed(text) else { throw invalid() }
        return text
    }

    static func invalid() -> APIError {
        APIError.invalidQuery("query parameter 'cursor' is not a cursor this list returned", detail: "cursor")
    }
}
