/// Adds query parameters to a database URL, for test URLs.
public enum TestURL {
    /// `url` with `parameters` added; an `options` parameter already there keeps its value, with the new
    /// options appended (libpq separates them with spaces).
    public static func adding(_ parameters: [String: String], to url: String) -> String {
        let parts = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var items = parts.count > 1 ? parts[1].split(separator: "&").map(String.init) : []
        for (name, value) in parameters.sorted(by: { $0.key < $1.key }) {
            if name == "options", let index = items.firstIndex(where: { $0.hasPrefix("options=") }) {
                items[index] += "%20" + value
            } else {
                items.removeAll { $0.hasPrefix(name + "=") }
                items.append("\(name)=\(value)")
            }
        }
        return String(parts[0]) + "?" + items.joined(separator: "&")
    }

    /// `url` naming the database `name` instead of its own, its parameters kept.
    public static func replacingDatabase(in url: String, with name: String) -> String {
        let parts = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var base = String(parts[0])
        if let slash = base.range(of: "/", options: .backwards), base[..<slash.lowerBound].hasSuffix("/") == false {
            base = String(base[..<slash.lowerBound])
        }
        return base + "/" + name + (parts.count > 1 ? "?" + parts[1] : "")
    }
}
