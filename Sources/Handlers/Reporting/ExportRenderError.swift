/// Why an export's artifact could not be rendered; recorded as the export's `failure_reason`.
struct ExportRenderError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
