import Foundation
import ShortlistCore
import ShortlistStore

/// Changes made by other processes (another member's session, an import, the CLI) shown
/// within a second, keeping the selection and the scroll position.
extension App {
    /// Asks the change feed whether someone else committed, if it is time to; true when the
    /// screen was refreshed. Skipped while this session's own writes are queued: the watch
    /// reads through the connection they are waiting on.
    @discardableResult
    public func pollExternalChanges(now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> Bool {
        // The feed asks the store's writing connection, which long work (an import) holds:
        // it would wait for the work to end, and the screen with it.
        guard let changeFeed, loading.pendingWrites.isEmpty, loading.work == nil,
            now >= loading.nextPoll
        else {
            return false
        }
        loading.nextPoll = now + UInt64(liveInterval * 1e9)
        let polled: [ChangeCount]?
        do {
            polled = try changeFeed.poll()
        } catch {
            // Asked every half second: a lasting failure is said once, not every time.
            let text = "\(error)"
            guard state.messages.last?.text != text else { return false }
            report(error)
            return true
        }
        guard let counts = polled else { return false }
        refreshKeepingPlace(after: counts)
        let me = context.actor?.name
        let others = counts.filter { $0.actor != me }
        if !others.isEmpty, state.message == nil || state.message?.isNews == true {
            var message = StatusMessage(ChangeNews.describe(others, names: displayNames))
            message.isNews = true
            state.message = message
        }
        return true
    }

    /// Milliseconds until the next poll is due; nil without a change feed.
    func millisecondsToNextPoll(now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> Int? {
        guard changeFeed != nil else { return nil }
        return now >= loading.nextPoll ? 0 : Int((loading.nextPoll - now) / 1_000_000) + 1
    }

    /// Reads again what the screen shows, and puts the selected candidate back where it was
    /// on the screen, wherever the change moved it in the list.
    func refreshKeepingPlace(after counts: [ChangeCount]) {
        let actions = Set(counts.map(\.action))
        let id = selectedID
        let offset = state.selected - state.top
        switch ChangeNews.reach(of: counts) {
        case .drafts:
            // Other members' drafts are sealed to everyone else: only the own card and the
            // ranking's progress can show them.
            loading.dataVersion += 1
        case .scoring:
            loading.dataVersion += 1
            // Who is invited is read again only when it changed: with a thousand invited it
            // is the dearest read of a refresh, and submissions come every few seconds.
            if actions.contains(where: { $0.hasPrefix("invitation.") }) {
                loading.panelCache.invited = nil
            }
            if actions.contains("conflict.declare") { loading.panelCache.conflicts = nil }
            loading.panelCache.scores = [:]
            // The rows are the same unless the list shows only the invited or a filter,
            // which may read scores, picks them.
            if window.scope == .invited || window.filter != nil { reloadList() }
        case .everything:
            panelChanged()
        }
        if let id, (read { try window.row(at: state.selected) } ?? nil)?.applicationID != id,
            let position = read({ try window.position(of: id) }) ?? nil
        {
            state.selected = position
            state.top = position - offset
            clampSelection()
        }
        if let id = state.scorecard?.applicationID { reloadCard(of: id) }
        // The chair switched blind mode in another session, or something changed without an
        // audit entry: the names follow the database's flag.
        if actions.isEmpty || actions.contains(where: { $0.hasPrefix("blind.") }) {
            followBlindMode()
        }
        if state.ranking != nil, let panel, let actor = context.actor {
            requestRanking(from: panel, for: actor, refresh: true)
        }
        // The roster screen shows entries, declarations and conflicts another session may
        // have changed.
        if state.roster != nil { reloadRoster() }
        // Another chair's session may have adopted the grid while this one shows it.
        if state.profile != nil, actions.contains("profile.adopt"), let panel {
            state.profile?.view.adoption = read({ try panel.gridAdoption() }) ?? nil
        }
    }

    /// The panel's display names, by name; read when news arrives.
    private var displayNames: [String: String] {
        var names: [String: String] = [:]
        for member in (read { try panel?.panelMembers() } ?? nil) ?? [] {
            names[member.name] = member.displayName
        }
        return names
    }
}

/// "M. Rossi submitted 3 cards; chair invited 2 candidates": what other people did, from the
/// audit trail's counts. Names and numbers only: never a candidate or a mark.
enum ChangeNews {
    /// How much of the screen a batch of changes can alter.
    enum Reach: Equatable {
        /// Draft marks only: sealed to all but their author.
        case drafts
        /// Submissions, invitations, conflicts, the ranking: the Score column, the scoring
        /// views, and lists that depend on them.
        case scoring
        /// Anything else (an import, screening, notes, a change without an audit entry).
        case everything
    }

    static func reach(of counts: [ChangeCount]) -> Reach {
        guard !counts.isEmpty else { return .everything }
        var reach = Reach.drafts
        for count in counts {
            switch count.action {
            case "score.set": continue
            case "score.submit", "score.reopen", "score.excuse", "score.excuse-withdraw",
                "invitation.add",
                "invitation.withdraw", "conflict.declare", "ranking.finalise", "ranking.reopen":
                reach = .scoring
            default:
                return .everything
            }
        }
        return reach
    }

    static func describe(_ counts: [ChangeCount], names: [String: String]) -> String {
        var byActor: [(actor: String, parts: [String])] = []
        for count in counts {
            let phrase = phrase(count.action, count.count)
            if let index = byActor.firstIndex(where: { $0.actor == count.actor }) {
                if !byActor[index].parts.contains(phrase) { byActor[index].parts.append(phrase) }
            } else {
                byActor.append((count.actor, [phrase]))
            }
        }
        let shown = byActor.prefix(3).map { actor, parts in
            "\(names[actor] ?? actor) \(parts.joined(separator: ", "))"
        }
        let more = byActor.count > 3 ? "; and \(byActor.count - 3) more people" : ""
        return shown.joined(separator: "; ") + more
    }

    static func phrase(_ action: String, _ n: Int) -> String {
        func of(_ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }
        switch action {
        case "score.submit": return "submitted \(of("card", "cards"))"
        case "score.set": return "saved \(of("draft change", "draft changes"))"
        case "score.reopen": return "reopened \(of("card", "cards"))"
        case "score.excuse": return "excused \(of("member", "members"))"
        case "score.excuse-withdraw": return "withdrew \(of("excusal", "excusals"))"
        case "invitation.add": return "invited \(of("candidate", "candidates"))"
        case "invitation.withdraw": return "withdrew \(of("invitation", "invitations"))"
        case "screening.mark": return "screened \(of("candidate", "candidates"))"
        case "eligibility.override":
            return "overrode \(of("eligibility rule", "eligibility rules"))"
        case "eligibility.override-withdrawn": return "withdrew \(of("override", "overrides"))"
        case "note.add": return "added \(of("note", "notes"))"
        case "note.edit": return "edited \(of("note", "notes"))"
        case "note.delete": return "deleted \(of("note", "notes"))"
        case "note.resolve": return "resolved \(of("note conflict", "note conflicts"))"
        case "notes.merge": return "merged a notes bundle"
        case "import": return "imported \(of("file", "files"))"
        case "candidate.update": return "updated \(of("application", "applications"))"
        case "candidate.purge": return "purged \(of("application", "applications"))"
        case "candidates.load": return "loaded applications"
        case "filter.save": return "saved \(of("filter", "filters"))"
        case "filter.delete": return "deleted \(of("filter", "filters"))"
        case "conflict.declare":
            return "declared \(of("conflict of interest", "conflicts of interest"))"
        case "ranking.finalise": return "finalised the ranking"
        case "ranking.reopen": return "reopened the ranking"
        case "profile.lock": return "locked the call profile"
        case "profile.adopt": return "adopted the panel's grid"
        case "panel.declare": return "made their declarations"
        case "profile.set", "profile.replace": return "changed the call profile"
        case "panel.add", "panel.remove", "panel.change": return "changed the panel"
        default:
            if action.hasPrefix("export.") { return "exported results" }
            return "made \(of("change", "changes"))"
        }
    }
}
