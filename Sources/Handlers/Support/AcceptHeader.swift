/// What an `Accept` header (RFC 9110, section 12.5.1) prefers among the media types an answer is offered in.
enum AcceptHeader {
    /// The offered type the header prefers: the one with the highest `q` among those it names exactly (a type
    /// named with `q=0` is refused), the earliest in the header at the same `q`; nil when it names none of them (a
    /// missing header, `*/*`, another type), so the caller answers with its default.
    static func preferred(_ offered: [String], in header: String?) -> String? {
        guard let header else { return nil }
        var best: (type: String, q: Double)?
        for range in header.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let type = parts.first?.lowercased(), offered.contains(type) else { continue }
            var q = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                q = Double(parameter.dropFirst(2)) ?? 0
            }
            if q > 0, q > (best?.q ?? 0) { best = (type, q) }
        }
        return best?.type
    }
}
