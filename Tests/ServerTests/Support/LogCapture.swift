import Logging
import NIOConcurrencyHelpers

/// Keeps what is logged through `logger`, to check that something was reported and nothing secret was.
final class LogCapture: Sendable {
    struct Entry: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: Logger.Metadata
    }

    private let storage = NIOLockedValueBox<[Entry]>([])

    var entries: [Entry] { storage.withLockedValue { $0 } }

    var logger: Logger {
        Logger(label: "captured") { _ in Handler(capture: self) }
    }

    fileprivate func append(_ entry: Entry) {
        storage.withLockedValue { $0.append(entry) }
    }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .warning

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let metadata = metadata.merging(event.metadata ?? [:]) { $1 }
            capture.append(Entry(level: event.level, message: event.message.description, metadata: metadata))
        }
    }
}
