/// A filter the parser cannot read: where (a character offset from 0), what is wrong, and
/// what would be right. Shown with a caret under the position, in the filter bar and by
/// `shortlist list`.
public struct FilterSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Character offset of the offending token (the text's length at its end).
    public var position: Int
    public var message: String
    public var hint: String

    public init(position: Int, message: String, hint: String) {
        self.position = position
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "filter, column \(position + 1): \(message) (\(hint))"
    }

    /// The filter text, a caret under the position, and the message: for a terminal.
    public func pointing(into text: String) -> String {
        let caret = String(repeating: " ", count: position) + "^"
        return "\(text)\n\(caret)\n\(description)"
    }
}
