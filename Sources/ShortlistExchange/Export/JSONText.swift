import ShortlistCore

/// JSON written by hand, so that numbers keep exactly the two decimals the tables show and
/// the same data always gives the same bytes (and rows stream without a document in memory).
enum JSONWriter {
    /// DEL, C1 and bidi controls are escaped as `\uXXXX` too: the value is the same for a
    /// program, and nothing acts on a terminal that shows the file.
    static func string(_ text: String) -> String {
        JSONQuoting.escapingHidden(JSONQuoting.quoted(text))
    }

    static func number(_ value: Double?) -> String {
        value.map { ScoreText.decimal($0) } ?? "null"
    }

    /// An object with its keys in the given order.
    static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }
}
