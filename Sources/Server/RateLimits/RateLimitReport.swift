import LocksmithHandlers
import LocksmithStorage

/// The rate-limit policies one request was counted against, for the `RateLimit-Policy` and `RateLimit` fields of
/// whatever answer it gets (draft-ietf-httpapi-ratelimit-headers, as structured-field lists):
///
///     RateLimit-Policy: "runtime-address";q=6000;w=60;locksmith-burst=100, "runtime-key";q=600;w=60;locksmith-burst=20
///     RateLimit: "runtime-address";r=99;t=1, "runtime-key";r=19;t=1
///
/// `q` requests per `w` seconds, at most `locksmith-burst` at once (the draft's vendor-prefixed extension parameter;
/// absent when it equals `q`); `r` is what may be sent right now, `t` the seconds until one more may be.
final class RateLimitReport: Sendable {
    private struct Item {
        var name: String
        var window: RateWindow
        var state: RateVerdict.WindowState
    }

    private let items = Locked<[Item]>([])

    /// Adds the policy's windows as the verdict left them, replacing what an earlier verdict of the same policy said.
    func record(_ policy: RateLimitPolicy, _ windows: [RateWindow], _ verdict: RateVerdict) {
        items.withLock { items in
            for (index, window) in windows.enumerated() {
                let item = Item(name: Self.name(policy, windows, index), window: window, state: verdict.windows[index])
                if let existing = items.firstIndex(where: { $0.name == item.name }) {
                    items[existing] = item
                } else {
                    items.append(item)
                }
            }
        }
    }

    /// The two field values, or nil when the request met no policy.
    var fields: (policy: String, limit: String)? {
        items.withLock { items in
            guard !items.isEmpty else { return nil }
            let policy = items.map { item in
                var text = "\"\(item.name)\";q=\(item.window.quota);w=\(item.window.seconds)"
                if item.window.burst != item.window.quota { text += ";locksmith-burst=\(item.window.burst)" }
                return text
            }
            let limit = items.map { "\"\($0.name)\";r=\($0.state.remaining);t=\(Self.seconds($0.state.reset))" }
            return (policy.joined(separator: ", "), limit.joined(separator: ", "))
        }
    }

    /// A policy of one window is named as it is; each window of a policy of several gets its length in seconds.
    static func name(_ policy: RateLimitPolicy, _ windows: [RateWindow], _ index: Int) -> String {
        windows.count == 1 ? policy.rawValue : "\(policy.rawValue)-\(windows[index].seconds)s"
    }

    /// Whole seconds, rounded up: a client that waits that long finds the token there.
    static func seconds(_ microseconds: Int64) -> Int64 {
        (microseconds + 999_999) / 1_000_000
    }
}
