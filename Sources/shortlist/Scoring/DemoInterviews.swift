import Foundation
import ShortlistCore
import ShortlistDemo
import ShortlistStore

/// Records the demo's interview round through the store, as the panel would: the chair
/// invites, each member sets and submits their own cards.
enum DemoInterviews {
    static func record(in store: any PanelDatabase) throws {
        guard let scheme = try store.scoringScheme() else { return }
        let (invited, cards) = DemoInterviewRound.plan(
            eligible: try store.eligibleApplicationIDs(limit: 300),
            criteria: scheme.criteria.map(\.id),
            scale: scheme.scale)
        guard !invited.isEmpty else { return }
        try store.invite(invited, by: store.actor(named: "chair", login: "chair"))
        for card in cards {
            let actor = try store.actor(named: card.member, login: card.member)
            try store.setMarks(
                card.applicationID, marks: card.marks, comments: card.comments, by: actor)
            try store.submitScorecard(card.applicationID, by: actor)
        }
    }
}
