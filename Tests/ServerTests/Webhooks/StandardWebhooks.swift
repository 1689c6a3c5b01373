import Foundation
import LocksmithAPI
import LocksmithTestSupport
import Testing

/// Verifies deliveries with the `standardwebhooks` PyPI package (Standard Webhooks' own Python library), an
/// implementation independent of the server's.
///
/// The library checks the timestamp against its clock (±5 minutes); each check pins that clock to the time the
/// test's server clock stood at when the delivery was made, so deliveries made on a moved clock verify too.
enum StandardWebhooks {
    struct Check: Encodable {
        /// The secret as the API returned it, which the library decodes itself.
        var secret: String
        var now: Double
        var headers: [String: String]
        var body: String
    }

    private static let program = #"""
        import json, sys
        from datetime import datetime as _datetime
        import standardwebhooks.webhooks as webhooks
        from standardwebhooks import Webhook

        results = []
        for check in json.load(sys.stdin):
            class Pinned(_datetime):
                @classmethod
                def now(cls, tz=None):
                    return _datetime.fromtimestamp(check["now"], tz=tz)
            webhooks.datetime = Pinned
            try:
                payload = Webhook(check["secret"]).verify(check["body"].encode(), check["headers"])
                results.append("ok " + payload["type"])
            except Exception as error:
                results.append("refused: %s: %s" % (type(error).__name__, error))
        print(json.dumps(results))
        """#

    /// One line per check: `ok <payload type>` or `refused: <why>`.
    static func verify(_ checks: [Check]) throws -> [String] {
        let input = try JSONEncoder().encode(checks)
        let (status, output) = try TestPython.run(program, input: input)
        guard status == 0, let line = output.split(separator: "\n").last,
              let results = try? JSONDecoder().decode([String].self, from: Data(line.utf8))
        else {
            throw TestPythonFailure(output: output)
        }
        return results
    }

    /// Checks `deliveries` against `secret`, each at the time of its own `webhook-timestamp`.
    static func verify(_ deliveries: [WebhookReceiver.Delivery], secret: String) throws -> [String] {
        try verify(deliveries.map { delivery in
            Check(
                secret: secret, now: Double(delivery.timestamp) ?? 0,
                headers: ["webhook-id": delivery.id, "webhook-timestamp": delivery.timestamp, "webhook-signature": delivery.signature],
                body: delivery.bodyText)
        })
    }
}

struct TestPythonFailure: Error, CustomStringConvertible {
    var output: String
    var description: String { "the Python check failed:\n\(output)" }
}
