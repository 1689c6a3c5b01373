/// What a PDF statement shows, as blocks, and where each piece of them falls on which page.
///
/// Every line has a fixed height (text is one line, too long a value ends in `…`), so pagination is arithmetic and
/// the page count is known before anything is drawn: every page can say "Page 3 of 12".
struct StatementLayout {
    struct Column {
        var title: String
        /// Share of the content width.
        var width: Double
        var alignment: PDFWriter.Alignment = .left
        /// Identifiers and digests: elided in the middle, where they are least telling.
        var identifier = false
        var mono = false
    }

    struct Table {
        var columns: [Column]
        var rows: [[String]]
        /// Whether this is the report's main table, whose rows rendering progress counts.
        var isMain = false
    }

    enum Block {
        case title(String)
        case heading(String)
        case keyValues([(String, String)])
        case table(Table)
        case note(String)
    }

    /// A piece of a block, placed on a page at `y` (its top).
    enum Item {
        case title(String)
        case heading(String)
        case keyValue(String, String)
        case note(String)
        case tableHeader(table: Int)
        case tableRow(table: Int, row: Int)
    }

    struct Placed {
        var item: Item
        var y: Double
    }

    static let titleHeight = 30.0
    static let headingHeight = 24.0
    static let keyValueHeight = 12.5
    static let noteHeight = 11.0
    static let tableHeaderHeight = 13.0
    static let tableRowHeight = 10.5
    static let blockGap = 4.0

    private(set) var tables: [Table] = []
    private(set) var pages: [[Placed]] = [[]]
    private let top: Double
    private let bottom: Double
    private var y: Double

    /// `blocks` laid out on pages whose content runs from `top` to `bottom`.
    init(_ blocks: [Block], top: Double, bottom: Double) {
        self.top = top
        self.bottom = bottom
        y = top
        for block in blocks { place(block) }
    }

    private mutating func place(_ block: Block) {
        switch block {
        case .title(let text):
            put(.title(text), height: Self.titleHeight)
        case .heading(let text):
            // A heading stays with what follows it.
            if y + Self.headingHeight + Self.tableHeaderHeight + Self.tableRowHeight > bottom { newPage() }
            put(.heading(text), height: Self.headingHeight)
        case .keyValues(let pairs):
            for (key, value) in pairs { put(.keyValue(key, value), height: Self.keyValueHeight) }
            y += Self.blockGap
        case .note(let text):
            put(.note(text), height: Self.noteHeight)
            y += Self.blockGap
        case .table(let table):
            let index = tables.count
            tables.append(table)
            if y + Self.tableHeaderHeight + Self.tableRowHeight > bottom { newPage() }
            put(.tableHeader(table: index), height: Self.tableHeaderHeight)
            for row in table.rows.indices {
                if y + Self.tableRowHeight > bottom {
                    newPage()
                    put(.tableHeader(table: index), height: Self.tableHeaderHeight)
                }
                put(.tableRow(table: index, row: row), height: Self.tableRowHeight)
            }
            y += Self.blockGap * 2
        }
    }

    private mutating func put(_ item: Item, height: Double) {
        if y + height > bottom && y > top { newPage() }
        pages[pages.count - 1].append(Placed(item: item, y: y))
        y += height
    }

    private mutating func newPage() {
        pages.append([])
        y = top
    }
}
