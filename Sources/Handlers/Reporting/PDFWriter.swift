import CCairoPango
import Foundation
import LocksmithAPI

/// A PDF drawn with Cairo, its text laid out by Pango in the DejaVu fonts and nothing else.
///
/// The output is a pure function of what is drawn: Pango sees only the font files named here (never the host's
/// fontconfig), hinting is off so glyph positions do not depend on a device, and the document's creation date is
/// the one given instead of the clock's. Cairo writes the file to memory as pages are finished. Not thread-safe:
/// one writer draws one document on one thread.
final class PDFWriter {
    /// The text styles a statement uses.
    enum Style: CaseIterable {
        case title, heading, body, bold, small, mono, tableHeader, table, tableMono
    }

    enum Alignment {
        case left, right
    }

    /// Where the fonts come from: Debian's `fonts-dejavu-core`.
    static let fontDirectory = "/usr/share/fonts/truetype/dejavu"
    static let fontFiles = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"]

    let width: Double
    let height: Double
    private let output: OutputBuffer
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let context: OpaquePointer
    private var layouts: [Style: OpaquePointer] = [:]
    private var finished = false

    /// A document of pages `width` × `height` points.
    init(width: Double, height: Double, title: String, creationDate: Date) throws {
        self.width = width
        self.height = height
        fontMap = try Self.makeFontMap()
        output = OutputBuffer()
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<OutputBuffer>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(output).toOpaque(), width, height)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Locksmith")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, Self.pdfDate(creationDate))
        cairo = cairo_create(surface)
        context = pango_font_map_create_context(fontMap)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_update_context(cairo, context)
        for style in Style.allCases {
            let layout = pango_layout_new(context)!
            let description = pango_font_description_from_string(Self.fontDescription(style))
            pango_layout_set_font_description(layout, description)
            pango_font_description_free(description)
            pango_layout_set_single_paragraph_mode(layout, 1)
            layouts[style] = layout
        }
    }

    deinit {
        for layout in layouts.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// Ends the current page and starts the next.
    func nextPage() {
        cairo_show_page(cairo)
    }

    /// One line of text in `style`, its top at `y`, within `width` points from `x`; too long a text ends in `…`
    /// (in the middle, for identifiers whose both ends matter).
    func text(
        _ text: String, x: Double, y: Double, width: Double, style: Style, alignment: Alignment = .left, gray: Double = 0,
        middleEllipsis: Bool = false
    ) {
        guard !text.isEmpty, let layout = layouts[style] else { return }
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_ellipsize(layout, middleEllipsis ? PANGO_ELLIPSIZE_MIDDLE : PANGO_ELLIPSIZE_END)
        pango_layout_set_alignment(layout, alignment == .left ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT)
        pango_layout_set_text(layout, text, -1)
        cairo_set_source_rgb(cairo, gray, gray, gray)
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, layout)
    }

    /// The width `text` takes in `style`, in points.
    func measure(_ text: String, style: Style) -> Double {
        guard let layout = layouts[style] else { return 0 }
        pango_layout_set_width(layout, -1)
        pango_layout_set_text(layout, text, -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// A horizontal rule.
    func rule(x: Double, y: Double, width: Double, thickness: Double = 0.5, gray: Double = 0.6) {
        cairo_set_source_rgb(cairo, gray, gray, gray)
        cairo_set_line_width(cairo, thickness)
        cairo_move_to(cairo, x, y)
        cairo_line_to(cairo, x + width, y)
        cairo_stroke(cairo)
    }

    /// A filled rectangle, for table header bands and row shading.
    func fill(x: Double, y: Double, width: Double, height: Double, gray: Double) {
        cairo_set_source_rgb(cairo, gray, gray, gray)
        cairo_rectangle(cairo, x, y, width, height)
        cairo_fill(cairo)
    }

    /// Ends the last page and returns the document's bytes.
    func finish() throws -> Data {
        guard !finished else { return Data(output.bytes) }
        finished = true
        cairo_show_page(cairo)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ExportRenderError("Cairo could not write the PDF: \(String(cString: cairo_status_to_string(status)))")
        }
        return Data(output.bytes)
    }

    private static func fontDescription(_ style: Style) -> String {
        switch style {
        case .title: "DejaVu Sans Bold 17"
        case .heading: "DejaVu Sans Bold 10.5"
        case .body: "DejaVu Sans 8.5"
        case .bold: "DejaVu Sans Bold 8.5"
        case .small: "DejaVu Sans 6.5"
        case .mono: "DejaVu Sans Mono 6.5"
        case .tableHeader: "DejaVu Sans Bold 6.5"
        case .table: "DejaVu Sans 6.5"
        case .tableMono: "DejaVu Sans Mono 6"
        }
    }

    /// A font map over the DejaVu files alone. Made for each document: Pango font maps are not thread-safe, and
    /// making one costs a few milliseconds.
    private static func makeFontMap() throws -> UnsafeMutablePointer<PangoFontMap> {
        let paths = fontFiles.map { fontDirectory + "/" + $0 }
        guard paths.allSatisfy({ FileManager.default.isReadableFile(atPath: $0) }) else {
            throw ExportRenderError("the DejaVu fonts are missing from \(fontDirectory) (install the Debian package fonts-dejavu-core)")
        }
        let map = withCStrings(paths) { pointers in
            locksmith_font_map_with_files(pointers.baseAddress, Int32(pointers.count))
        }
        guard let map else { throw ExportRenderError("fontconfig could not load the DejaVu fonts from \(fontDirectory)") }
        return map
    }

    /// ISO 8601 as Cairo's PDF metadata takes it: to the second, in UTC.
    private static func pdfDate(_ date: Date) -> String {
        let text = RFC3339.string(from: date)
        guard let dot = text.firstIndex(of: ".") else { return text }
        return text[..<dot] + "Z"
    }

    /// Where Cairo's write callback puts the document.
    private final class OutputBuffer {
        var bytes: [UInt8] = []
    }
}

/// Calls `body` with C strings of `strings`, valid only during the call.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafeBufferPointer<UnsafePointer<CChar>?>) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    return copies.map { UnsafePointer($0) }.withUnsafeBufferPointer(body)
}
