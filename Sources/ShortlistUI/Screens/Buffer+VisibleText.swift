import ShortlistCore
import TerminalKit

extension Buffer {
    /// Every text a screen draws goes through the same sanitiser as the command line and the
    /// exports (`VisibleText`): a control or bidi character in a name, a CV or a note shows as
    /// its marker (`␛`, `\u{202E}`) rather than vanishing, so the panel sees that it is there.
    ///
    /// Being non-generic, this overload is the one Swift picks for a `String` in this module;
    /// it hands the cleaned text on as a `Substring`, which only TerminalKit's generic `put`
    /// takes (and which still drops whatever has no width, as a second line of defence).
    @discardableResult
    mutating func put(
        _ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
    ) -> Int {
        put(Substring(VisibleText.visible(text)), x: x, y: y, style: style, maxWidth: maxWidth)
    }
}
