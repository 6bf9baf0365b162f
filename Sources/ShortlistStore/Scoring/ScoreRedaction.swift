import Foundation
import ShortlistCore

/// The audit trail records every mark, but reading it must not unseal one: a draft change is
/// shown to its author alone, a submitted card to those who may see that card now. The
/// stored entries (and their hashes) are untouched; only what is handed out is redacted. The
/// marks and comments behind a card's digests (`audit_values`, sealed) are shown only through
/// an entry this lets pass. Engine-neutral: it reads no database.
struct ScoreRedaction {
    private let viewer: Actor
    private let states: [ApplicationID: ScoringState]

    /// `states`: every candidate's scoring state, however the engine reads it.
    init(viewer: Actor, states: [ApplicationID: ScoringState]) {
        self.viewer = viewer
        self.states = states
    }

    func redact(_ entries: [AuditEntry]) -> [AuditEntry] {
        entries.map { entry in
            guard entry.action == "score.set" || entry.action == "score.submit",
                entry.actor != viewer.name
            else { return entry }
            let state = entry.object.flatMap { states[ApplicationID($0)] }
            let visible =
                entry.action == "score.submit"
                && state.map {
                    Sealing.cardVisible(
                        author: entry.actor, submitted: true, to: viewer.name, role: viewer.role, $0
                    )
                } ?? false
            guard !visible else { return entry }
            // Not even the keys: which criteria were marked or commented is itself part of
            // the card. The digests go too, so the values and salts behind them stay unread.
            var redacted = entry
            redacted.before = nil
            redacted.after = Self.sealed
            return redacted
        }
    }

    static let sealed = AuditChain.json(["card": "changed (sealed)"])
}
