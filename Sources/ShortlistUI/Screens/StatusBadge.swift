import ShortlistCore
import TerminalKit

/// A status as screens show it: a symbol, a word and the role that colours it. The symbol and
/// the word carry the meaning, so a status reads the same in `mono`, on a monochrome terminal
/// and to someone who cannot tell the colours apart.
public struct StatusBadge: Sendable, Equatable {
    public var symbol: String
    public var word: String
    public var role: ThemeRole

    public var text: String { "\(symbol) \(word)" }

    public static func eligibility(_ result: EligibilityResult, glyphs: Glyphs) -> StatusBadge {
        switch result {
        case .eligible:
            return StatusBadge(symbol: glyphs.eligible, word: "eligible", role: .eligible)
        case .ineligible:
            return StatusBadge(symbol: glyphs.ineligible, word: "ineligible", role: .ineligible)
        case .needsCheck:
            return StatusBadge(symbol: glyphs.needsCheck, word: "needs check", role: .needsCheck)
        }
    }

    public static func rule(_ result: RuleResult, glyphs: Glyphs) -> StatusBadge {
        switch result {
        case .pass: return StatusBadge(symbol: glyphs.eligible, word: "pass", role: .eligible)
        case .fail: return StatusBadge(symbol: glyphs.ineligible, word: "fail", role: .ineligible)
        case .needsCheck:
            return StatusBadge(symbol: glyphs.needsCheck, word: "needs check", role: .needsCheck)
        }
    }

    /// A screening mark by its word (`met`, `partly`, `not_met`, `unknown`); nil for another.
    public static func screening(_ mark: String, glyphs: Glyphs) -> StatusBadge? {
        switch mark {
        case "met": return StatusBadge(symbol: glyphs.markMet, word: "met", role: .markMet)
        case "partly":
            return StatusBadge(symbol: glyphs.markPartly, word: "partly", role: .markPartly)
        case "not_met":
            return StatusBadge(symbol: glyphs.markNotMet, word: "not met", role: .markNotMet)
        case "unknown":
            return StatusBadge(symbol: glyphs.markUnknown, word: "unknown", role: .markUnknown)
        default: return nil
        }
    }

    /// Writes the badge at (x, y) over `base`; returns the column after it.
    @discardableResult
    public func draw(
        into buffer: inout Buffer, x: Int, y: Int, theme: Theme, over base: Style = .plain,
        maxWidth: Int? = nil
    ) -> Int {
        buffer.put(text, x: x, y: y, style: theme[role].over(base), maxWidth: maxWidth)
    }
}
