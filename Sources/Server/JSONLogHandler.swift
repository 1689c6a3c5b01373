public import Foundation
import LocksmithAPI
public import Logging

/// Writes each log event as one JSON object on one line of standard error (`--log-format json`), for log collectors
/// that read JSON lines: `time` (RFC 3339 UTC with milliseconds), `level`, `message`, `logger`, then the event's
/// metadata as members of their own (`request_id`, `account_id`, `operation`, `status`, `duration_ms`… on request
/// lines). Integers and decimal numbers given as such stay numbers. Nothing is added that the text format would not
/// print: what may be logged is decided where the event is made, and no secret ever is.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info
    private let label: String
    private let write: @Sendable (Data) -> Void

    /// A handler for the logger `label`; `write` receives each line, newline included (standard error by default).
    public init(label: String, write: @escaping @Sendable (Data) -> Void = { FileHandle.standardError.write($0) }) {
        self.label = label
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let provided = metadataProvider?.get() { fields.merge(provided) { _, new in new } }
        if let own = event.metadata { fields.merge(own) { _, new in new } }
        var writer = JSONWriter(capacity: 256)
        writer.beginObject()
        writer.field("time", RFC3339.string(from: Date()))
        writer.field("level", event.level.rawValue)
        writer.field("message", event.message.description)
        writer.field("logger", label)
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) where !["time", "level", "message", "logger"].contains(key) {
            writer.separator()
            writer.writeString(key)
            writer.writeRaw(":")
            Self.write(value, to: &writer)
        }
        writer.endObject()
        var line = Data(writer.bytes)
        line.append(UInt8(ascii: "\n"))
        write(line)
    }

    private static func write(_ value: Logger.Metadata.Value, to writer: inout JSONWriter) {
        switch value {
        case .string(let text):
            writer.writeString(text)
        case .stringConvertible(let convertible):
            switch convertible {
            case let number as any BinaryInteger: writer.writeRaw("\(number)")
            case let number as Double where number.isFinite: writer.writeRaw("\(number)")
            default: writer.writeString(convertible.description)
            }
        case .array(let items):
            writer.beginArray()
            for item in items {
                writer.separator()
                write(item, to: &writer)
            }
            writer.endArray()
        case .dictionary(let members):
            writer.beginObject()
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                writer.separator()
                writer.writeString(key)
                writer.writeRaw(":")
                write(member, to: &writer)
            }
            writer.endObject()
        }
    }
}
