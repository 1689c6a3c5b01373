/// The items of a list operation across all its pages, fetched one page at a time as they are consumed.
///
/// ```swift
/// for try await license in management.pages({ cursor in try await management.listLicenses(limit: 100, cursor: cursor) }) {
///     print(license.id)
/// }
/// ```
///
/// A page without `page_info` (as an upstream LicenseKit server sends) is the last one.
public struct Pages<Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item
    /// Fetches the page at `cursor` (nil for the first page).
    public typealias FetchPage = @Sendable (_ cursor: String?) async throws -> ListResponse<Item, PageInfo>

    private let fetch: FetchPage

    /// Pages fetched with `fetch`.
    public init(_ fetch: @escaping FetchPage) {
        self.fetch = fetch
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(fetch: fetch)
    }

    /// Yields the items of each page in order, then fetches the next while a cursor remains.
    public struct Iterator: AsyncIteratorProtocol {
        let fetch: FetchPage
        var buffer: [Item] = []
        var position = 0
        var cursor: String?
        var finished = false

        public mutating func next() async throws -> Item? {
            while position == buffer.count {
                if finished { return nil }
                let page = try await fetch(cursor)
                buffer = page.data
                position = 0
                cursor = page.pageInfo.nextCursor
                // An empty page with a cursor would loop forever against a misbehaving server.
                finished = cursor == nil || page.data.isEmpty
            }
            defer { position += 1 }
            return buffer[position]
        }
    }
}

extension OptionsConfigurable {
    /// The items of a list operation across all pages: `fetch` calls the operation with the cursor it is given.
    ///
    /// ```swift
    /// for try await product in management.pages({ try await management.listProducts(cursor: $0) }) { … }
    /// ```
    public func pages<Item: Sendable>(_ fetch: @escaping Pages<Item>.FetchPage) -> Pages<Item> {
        Pages(fetch)
    }
}
