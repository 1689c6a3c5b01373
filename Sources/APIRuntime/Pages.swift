/// The items of a list operation across all its pages, fetched one page at a time as the sequence is consumed.
///
/// Each list operation has one in its client, named after it without `list`:
///
/// ```swift
/// for try await license in management.licenses(productID: product.id) {
///     print(license.id)
/// }
/// ```
///
/// A page without a next cursor is the last one, and so is an empty page, so a misbehaving server cannot make the
/// sequence loop.
public struct Pages<Item: Sendable, Cursor: Sendable>: AsyncSequence, Sendable {
    /// The sequence yields the items themselves, not pages.
    public typealias Element = Item
    /// Fetches the page at `cursor` (nil for the first page); returns its items and the cursor of the next page.
    public typealias FetchPage = @Sendable (_ cursor: Cursor?) async throws -> (items: [Item], next: Cursor?)

    private let fetch: FetchPage

    /// The pages `fetch` returns, starting with `fetch(nil)`.
    public init(fetchingPages fetch: @escaping FetchPage) {
        self.fetch = fetch
    }

    /// An iterator that starts at the first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(fetch: fetch)
    }

    /// Yields the items of each page in order, then fetches the next while a cursor remains.
    public struct Iterator: AsyncIteratorProtocol {
        let fetch: FetchPage
        var buffer: [Item] = []
        var position = 0
        var cursor: Cursor?
        var finished = false

        /// The next item, fetching the next page when this one is used up; nil after the last page.
        public mutating func next() async throws -> Item? {
            while position == buffer.count {
                if finished { return nil }
                let page = try await fetch(cursor)
                buffer = page.items
                position = 0
                cursor = page.next
                finished = cursor == nil || page.items.isEmpty
            }
            defer { position += 1 }
            return buffer[position]
        }
    }
}
