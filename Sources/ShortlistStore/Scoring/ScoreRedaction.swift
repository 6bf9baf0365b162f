import Foundation
import ShortlistCore

/// The audit trail records every mark, but reading it must not unseal one: a draft change is
/// shown to its author alone, a submitted card to those who may see that card now. The
/// stored entries (and their hashes) are untouched; only what is handed out is redacted. The
/// marks and comments behind a card's digests (`audit_values`, sealed) are shown only through
/// an entry this lets pass. Engine-neutral: it reads no database.
struct ScoreRedaction {
    private let viewer: Actor
    /// The candidates whose submitted cards by others the viewer may see, by the query.
    private let othersCardsVisible: Set<String>

    /// `othersCardsVisible`: the application ids whose cards by others, once submitted, the
    /// viewer may see now (the sealing rule, asked of the engine's own query).
    init(viewer: Actor, othersCardsVisible: Set<String>) {
        self.viewer = viewer
        self.othersCardsVisible = othersCardsVisible
    }

    /// An entry's card is the actor's, submitted when the entry submits it: the rule's own
    /// card terms, read from the entry.
    func redact(_ entries: [AuditEntry]) -> [AuditEntry] {
        entries.map { entry in
            guard entry.action == "score.set" || entry.action == "score.submit",
                entry.actor != viewer.name
            else { return entry }
            let visible =
                entry.action == "score.submit"
                && entry.object.map { othersCardsVisible.contains($0) } ?? false
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
