import Foundation
import LocksmithAPI

/// The `pdf` artifact: a statement for people. Title, period and filters, totals, the report's tables, and on every
/// page a running head, the page number out of the total, the generation time and the snapshot digest.
///
/// Everything on the page comes from the snapshot: the same snapshot renders to the same bytes (the export's own id
/// is not printed, so two exports of one snapshot are identical files). The artifact's digest cannot be printed in the
/// artifact itself; it is in the export's signed metadata.
enum PDFStatement {
    static let pageWidth = 595.28
    static let pageHeight = 841.89
    static let margin = 40.0
    static let contentTop = 64.0
    static let contentBottom = pageHeight - 64.0
    static let progressInterval = 256

    static func render(_ document: ReportDocument, snapshotDigest: String, progress: (Int) -> Bool) throws -> Data {
        let content = StatementContent(document)
        let layout = StatementLayout(content.blocks, top: contentTop, bottom: contentBottom)
        let writer = try PDFWriter(
            width: pageWidth, height: pageHeight, title: "\(content.title) \(StatementFormat.period(content.window))",
            creationDate: document.generatedAt)
        let width = pageWidth - 2 * margin
        var mainRows = 0
        for (number, page) in layout.pages.enumerated() {
            if number > 0 { writer.nextPage() }
            drawFrame(writer, content: content, page: number + 1, of: layout.pages.count, snapshotDigest: snapshotDigest, width: width)
            for placed in page {
                switch placed.item {
                case .title(let text):
                    writer.text(text, x: margin, y: placed.y, width: width, style: .title)
                case .heading(let text):
                    writer.text(text, x: margin, y: placed.y + 8, width: width, style: .heading)
                    writer.rule(x: margin, y: placed.y + 22, width: width, gray: 0.75)
                case .keyValue(let key, let value):
                    writer.text(key, x: margin, y: placed.y, width: 130, style: .body, gray: 0.35)
                    writer.text(value, x: margin + 134, y: placed.y, width: width - 134, style: .body)
                case .note(let text):
                    writer.text(text, x: margin, y: placed.y + 1, width: width, style: .small, gray: 0.35)
                case .tableHeader(let index):
                    let table = layout.tables[index]
                    writer.fill(x: margin, y: placed.y, width: width, height: StatementLayout.tableHeaderHeight - 1, gray: 0.9)
                    drawCells(writer, table.columns, table.columns.map(\.title), y: placed.y + 2.5, width: width, style: .tableHeader)
                case .tableRow(let index, let row):
                    let table = layout.tables[index]
                    if row % 2 == 1 {
                        writer.fill(x: margin, y: placed.y, width: width, height: StatementLayout.tableRowHeight, gray: 0.965)
                    }
                    drawCells(writer, table.columns, table.rows[row], y: placed.y + 1.5, width: width, style: .table)
                    if table.isMain {
                        mainRows += 1
                        if mainRows % progressInterval == 0, !progress(mainRows) { throw ExportRenderStopped() }
                    }
                }
            }
        }
        guard progress(mainRows) else { throw ExportRenderStopped() }
        return try writer.finish()
    }

    private static func drawCells(
        _ writer: PDFWriter, _ columns: [StatementLayout.Column], _ cells: [String], y: Double, width: Double, style: PDFWriter.Style
    ) {
        var x = margin
        for (column, cell) in zip(columns, cells) {
            let cellWidth = column.width * width
            let cellStyle: PDFWriter.Style = style == .table && column.mono ? .tableMono : style
            writer.text(
                cell, x: x + 2, y: y, width: cellWidth - 4, style: cellStyle, alignment: column.alignment,
                middleEllipsis: column.identifier)
            x += cellWidth
        }
    }

    /// The running head and the footer of a page.
    private static func drawFrame(
        _ writer: PDFWriter, content: StatementContent, page: Int, of pages: Int, snapshotDigest: String, width: Double
    ) {
        writer.text("Locksmith · \(content.title)", x: margin, y: 36, width: width / 2, style: .small, gray: 0.35)
        writer.text(StatementFormat.period(content.window), x: margin + width / 2, y: 36, width: width / 2, style: .small, alignment: .right, gray: 0.35)
        writer.rule(x: margin, y: 48, width: width)
        let footer = pageHeight - 52
        writer.rule(x: margin, y: footer, width: width)
        writer.text("Snapshot \(snapshotDigest)", x: margin, y: footer + 5, width: width - 80, style: .mono, gray: 0.25)
        writer.text("Page \(page) of \(pages)", x: margin + width - 80, y: footer + 5, width: 80, style: .small, alignment: .right, gray: 0.25)
        writer.text(
            "Generated \(StatementFormat.time(content.generatedAt)) UTC from the frozen snapshot above. Amounts are units, not prices.",
            x: margin, y: footer + 15, width: width, style: .small, gray: 0.35)
    }
}
