import LocksmithStorage
import Logging
import OTel
import ServiceLifecycle

/// Trace export over OTLP/HTTP with swift-otel, when the environment names an endpoint.
///
/// `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) turns it on; the other standard
/// `OTEL_*` variables of traces apply as the OpenTelemetry specification defines them (`OTEL_SERVICE_NAME`,
/// `OTEL_EXPORTER_OTLP_PROTOCOL` as `http/protobuf` or `http/json`, `OTEL_EXPORTER_OTLP_HEADERS`,
/// `OTEL_TRACES_SAMPLER`, `OTEL_BSP_SCHEDULE_DELAY`…), and `OTEL_SDK_DISABLED=true` keeps it off. Only traces are
/// exported: metrics stay on `/metrics` and logs on standard error, so the variables of OTLP logs and metrics are not
/// passed on (they would take over the process's logging or metrics system).
enum Telemetry {
    /// The exporter's service, to run beside the server, and `Traces` turned on; nil when no endpoint is set.
    static func start(environment: [String: String], logger: Logger) throws -> (any Service)? {
        let endpoint = ["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT"].compactMap { environment[$0] }.first { !$0.isEmpty }
        guard endpoint != nil, environment["OTEL_SDK_DISABLED"]?.lowercased() != "true" else { return nil }
        var configuration = OTel.Configuration.default
        configuration.serviceName = "locksmith"
        configuration.diagnosticLogger = .custom(logger)
        configuration.diagnosticLogLevel = .warning
        configuration.logs.enabled = false
        configuration.metrics.enabled = false
        configuration.traces.otlpExporter.protocol = .httpProtobuf
        let tracesOnly = environment.filter { !$0.key.hasPrefix("OTEL_LOGS_") && !$0.key.hasPrefix("OTEL_METRICS_") }
        let service = try OTel.bootstrap(configuration: configuration, environment: tracesOnly)
        Traces.turnOn()
        logger.notice("exporting traces over OTLP", metadata: ["endpoint": "\(endpoint ?? "")"])
        return service
    }
}
