import TerminalKit

@testable import ShortlistUI

/// A screen with its styles, as golden files hold it: the text, a map of one letter a cell,
/// and a legend naming the theme roles each style stands for.
enum StyledScreen {
    static func render(_ screen: Buffer, theme: Theme) -> String {
        let text = screen.lines.map { line in
            var s = Substring(line)
            while s.last == " " { s = s.dropLast() }
            return String(s)
        }
        let map = screen.styleMap { style in
            let roles = ThemeRole.allCases.filter { theme.onBase(theme[$0]) == style }
            return roles.isEmpty ? nil : roles.map(\.rawValue).joined(separator: ", ")
        }
        return text.joined(separator: "\n") + "\n--- styles (one letter a cell; . plain) ---\n"
            + map
    }
}
