import TerminalKit

/// The interface's own symbols, in Unicode or in ASCII for a terminal or locale that cannot
/// show them. Names and CVs are always written as they are: only the frame changes.
public struct Glyphs: Sendable, Equatable {
    public var selection: String
    public var scrollThumb: Character
    public var scrollTrack: Character
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var separator: String
    public var missing: String
    public var rangeDash: String
    public var times: String
    public var ellipsis: String
    public var openQuote: String
    public var closeQuote: String
    public var eligible: String
    public var ineligible: String
    public var needsCheck: String
    public var markMet: String
    public var markPartly: String
    public var markNotMet: String
    public var markUnknown: String
    /// Beside a result the chair overrode: a decision, not what the data gave.
    public var overridden: String
    /// Beside a candidate invited to interview whose eligibility is no longer `eligible`.
    public var invited: String
    /// Bars and histograms, from empty to full in eighths (nine symbols).
    public var blocks: [String]
    /// A level of a mark strip that no member chose.
    public var emptyLevel: String
    /// A mark bar: the levels reached, and those not.
    public var barFull: String
    public var barEmpty: String
    /// A line across a table (the reserve-list cut-off) and a pass mark in a histogram.
    public var cutOff: String
    public var passMark: String
    /// Beside a criterion whose members' marks diverge.
    public var divergent: String
    /// Beside a row marked for a batch action (inviting several candidates).
    public var marked: String

    public static let unicode = Glyphs(
        selection: "▶", scrollThumb: "█", scrollTrack: "│", horizontal: "─", vertical: "│",
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", separator: "·",
        missing: "—", rangeDash: "–", times: "×", ellipsis: "…", openQuote: "“",
        closeQuote: "”", eligible: "✓", ineligible: "✗", needsCheck: "?", markMet: "●",
        markPartly: "◐", markNotMet: "○", markUnknown: "?", overridden: "⚑", invited: "◆",
        blocks: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], emptyLevel: "·", barFull: "█",
        barEmpty: "░", cutOff: "═", passMark: "┃", divergent: "±", marked: "•")

    public static let ascii = Glyphs(
        selection: ">", scrollThumb: "#", scrollTrack: "|", horizontal: "-", vertical: "|",
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", separator: "-",
        missing: "-", rangeDash: "-", times: "x", ellipsis: "...", openQuote: "\"",
        closeQuote: "\"", eligible: "+", ineligible: "x", needsCheck: "?", markMet: "+",
        markPartly: "~", markNotMet: "-", markUnknown: "?", overridden: "*", invited: "i",
        blocks: [" ", ".", ".", ":", ":", "=", "=", "#", "#"], emptyLevel: ".", barFull: "#",
        barEmpty: "-", cutOff: "=", passMark: "|", divergent: "!", marked: "*")

    /// The Linux console's fonts hold the IBM PC's box drawing and blocks but rarely the
    /// geometric shapes: the same as `unicode` with symbols from that older set.
    public static let linuxConsole: Glyphs = {
        var glyphs = Glyphs.unicode
        glyphs.selection = "►"
        glyphs.eligible = "√"
        glyphs.ineligible = "x"
        glyphs.markMet = "■"
        glyphs.markPartly = "▒"
        glyphs.markNotMet = "○"
        glyphs.overridden = "*"
        glyphs.invited = "♦"
        glyphs.marked = "∙"
        glyphs.blocks = [" ", "_", "_", "▄", "▄", "▄", "█", "█", "█"]
        glyphs.passMark = "║"
        return glyphs
    }()

    /// What the user asked for in the configuration.
    public enum Choice: String, Sendable, CaseIterable {
        case auto, unicode, ascii
    }

    /// Unicode unless the locale names another character set (`LANG=C`, `POSIX`,
    /// `en_GB.ISO-8859-1`); an unset locale is taken as UTF-8, as nearly every terminal is
    /// today and as the names need. `TERM=linux` gets the console's own symbols.
    public static func forEnvironment(_ environment: [String: String], choice: Choice = .auto)
        -> Glyphs
    {
        switch choice {
        case .unicode: return .unicode
        case .ascii: return .ascii
        case .auto:
            if LocaleCharset.isUTF8(environment: environment) == false { return .ascii }
            if environment["TERM"] == "linux" { return .linuxConsole }
            return .unicode
        }
    }
}
