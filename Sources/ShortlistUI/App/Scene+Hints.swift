import ShortlistCore
import ShortlistStore

extension Scene {
    /// The key hints under the scorecard, from the live keymap.
    static func scorecardHints(
        _ keymap: Keymap, _ scheme: ScoringScheme, locked: Bool, at: String? = nil
    ) -> String {
        func first(_ command: CommandID) -> String? {
            keymap.ownKeys(for: command, in: .scorecard).first?.description
        }
        var parts: [String] = []
        if locked {
            parts.append("submitted\(at.map { " at \($0)" } ?? "") and locked")
        } else {
            if first(.setMark) != nil {
                parts.append("\(scheme.scale.minimum)-\(scheme.scale.maximum) mark")
            }
            if let up = first(.markHigher), let down = first(.markLower) {
                parts.append("\(up)/\(down) change")
            }
        }
        if let down = first(.moveDown), let up = first(.moveUp) {
            parts.append("\(down)/\(up) move")
        }
        if !locked {
            if let key = first(.comment) { parts.append("\(key) comment") }
            if let key = first(.note) { parts.append("\(key) note") }
            if let key = first(.submit) { parts.append("\(key) submit") }
        }
        // The CV beside the card: scrolled, jumped through and searched without leaving it.
        if let key = first(.pageDown) { parts.append("\(key) scroll CV") }
        if let key = first(.search) { parts.append("\(key) find") }
        if let key = first(.back) { parts.append("\(key) back") }
        if let key = first(.ranking) { parts.append("\(key) ranking") }
        return parts.joined(separator: "  ")
    }

    /// The key hints under the profile screen, from the live keymap: adopting only for the
    /// chair while the grid is a proposal.
    static func profileHints(_ keymap: Keymap, context: AppContext, view: ProfileView) -> String {
        func first(_ command: CommandID) -> String? {
            keymap.ownKeys(for: command, in: .profile).first?.description
        }
        var parts: [String] = []
        if let down = first(.moveDown), let up = first(.moveUp) {
            parts.append("\(down)/\(up) scroll")
        }
        if view.adoption == nil, context.allows(.lockProfile), let key = first(.adopt) {
            parts.append("\(key) adopt the grid")
        }
        if let key = first(.back) { parts.append("\(key) back") }
        return parts.joined(separator: "  ")
    }

    /// The key hints under the audit screen, from the live keymap.
    static func auditHints(_ keymap: Keymap) -> String {
        func first(_ command: CommandID) -> String? {
            keymap.ownKeys(for: command, in: .audit).first?.description
        }
        var parts: [String] = []
        if let down = first(.moveDown), let up = first(.moveUp) {
            parts.append("\(down)/\(up) scroll")
        }
        if let key = first(.filter) { parts.append("\(key) filter") }
        if let key = first(.clearFilter) { parts.append("\(key) all") }
        if let key = first(.verifyAudit) { parts.append("\(key) verify") }
        if let key = first(.back) { parts.append("\(key) back") }
        return parts.joined(separator: "  ")
    }

    /// The key hints under the ranking, from the live keymap.
    static func rankingHints(_ keymap: Keymap, context: AppContext, view: RankingView? = nil)
        -> String
    {
        func first(_ command: CommandID) -> String? {
            keymap.ownKeys(for: command, in: .ranking).first?.description
        }
        var parts: [String] = []
        if let down = first(.moveDown), let up = first(.moveUp) {
            parts.append("\(down)/\(up) move")
        }
        if let key = first(.open) { parts.append("\(key) open") }
        if let key = first(.scorecard), context.allows(.score) { parts.append("\(key) card") }
        if let key = first(.search) { parts.append("\(key) find") }
        if context.allows(.finaliseRanking) {
            let final = view?.finalised != nil
            if let key = first(final ? .reopenRanking : .finalise) {
                parts.append("\(key) \(final ? "reopen" : "finalise")")
            }
        }
        if let key = first(.excuse), context.allows(.excuseMember) {
            parts.append("\(key) excuse")
        }
        if let key = first(.export), context.allows(.exportResults) {
            parts.append("\(key) export")
        }
        if let key = first(.back) { parts.append("\(key) back") }
        return parts.joined(separator: "  ")
    }
}
