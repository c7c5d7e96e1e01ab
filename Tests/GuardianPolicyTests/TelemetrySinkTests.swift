@testable import GuardianPolicy
import Testing

/// Where a program reports (traces, metrics, errors, analytics) is not where it acts: a
/// development command whose environment points its telemetry at the production collector does
/// not target production. Where it connects to do its work still does.
@Suite struct TelemetrySinkTests {
    static let sinks: [(String, String)] = [
        ("OTEL_EXPORTER_OTLP_ENDPOINT", "https://otel.prod.acme.com:4317"),
        ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "https://collector.production.acme.com/v1/traces"),
        ("DD_TRACE_AGENT_URL", "http://dd-agent.prod.internal:8126"),
        ("SENTRY_DSN", "https://key@o1.ingest.sentry.io/prod-42"),
        ("LANGFUSE_HOST", "https://langfuse.prod.acme.com"),
        ("ELASTIC_APM_SERVER_URL", "https://apm.prod.acme.com"),
    ]

    @Test(arguments: sinks)
    func aTelemetrySinkNamesNoTarget(_ sink: (String, String)) {
        for line in ["python3 app.py migrate", "npm run deploy", "./scripts/seed.sh --reset"] {
            var request = Fixture.exec(line)
            request.environment[sink.0] = sink.1
            let e = Fixture.dev.evaluate(request)
            #expect(e.environment != "production", "\(sink.0) on \(line): \(e)")
        }
    }

    @Test func whereTheCommandConnectsStillDoes() {
        for (name, value) in [("DATABASE_URL", "postgres://app@db.prod.acme.com/shop"), ("MLFLOW_TRACKING_URI", "https://mlflow.prod.acme.com")] {
            var request = Fixture.exec("python3 app.py migrate")
            request.environment[name] = value
            #expect(Fixture.dev.evaluate(request).decision == .deny, "\(name)")
        }
    }
}
