import ShortlistStore
import TerminalKit

/// The top line: the call, whether names are withheld, and who is acting in which role, so
/// that nobody marks a candidate believing they are someone else.
struct TitleBar {
    var callReference: String
    var screen: String
    var actor: Actor?
    var isBlind: Bool
    var isReadOnly: Bool
    var theme: Theme

    /// "acting as chair — Hélène Marchetti"; the role is named when it is not the name.
    var acting: String {
        guard let actor else { return "" }
        guard let member = actor.member else {
            return "acting as \(actor.name) \(theme.glyphs.missing) not on the roster, read-only"
        }
        let role = member.role.rawValue == member.name ? "" : " (\(member.role))"
        var text = "acting as \(member.name)\(role) \(theme.glyphs.missing) \(member.displayName)"
        if isReadOnly { text += ", read-only" }
        return text
    }

    func draw(into buffer: inout Buffer, area: Rect) {
        let style = theme[.titleBar]
        buffer.fill(area, style: style)
        let sep = theme.glyphs.separator
        var left = " Shortlist \(sep) \(callReference)"
        if isBlind { left += " \(sep) blind mode" }
        let right = acting.isEmpty ? "" : acting + " "
        if left.displayWidth + " \(sep) \(screen)".displayWidth + right.displayWidth + 2
            <= area.width
        {
            left += " \(sep) \(screen)"
        }
        let x = buffer.put(left, x: area.x, y: area.y, style: style, maxWidth: area.width)
        let room = area.maxX - x - 2
        guard room > 10, !right.isEmpty else { return }
        let shown = right.truncated(toWidth: room, ellipsis: theme.glyphs.ellipsis)
        buffer.put(shown, x: area.maxX - shown.displayWidth, y: area.y, style: style)
    }
}
