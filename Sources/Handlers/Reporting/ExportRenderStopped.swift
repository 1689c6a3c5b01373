/// Rendering was stopped before it finished: the server is shutting down, or another instance took the export over.
struct ExportRenderStopped: Error {}
