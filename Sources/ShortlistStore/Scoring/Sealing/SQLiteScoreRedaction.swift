import Foundation
import GRDB
import ShortlistCore

extension ScoreRedaction {
    /// The redaction for `viewer`, the candidates whose others' cards they may see read by
    /// the sealing rule as SQLite renders it.
    init(_ db: Database, viewer: Actor) throws {
        let sealing = SQLiteSealing(viewer)
        let rule = SealingCondition.othersSubmittedCardsVisible
        let visible = try String.fetchAll(
            db.cachedStatement(
                sql: """
                    WITH \(sealing.table(for: [rule], scope: "1"))
                    SELECT c.application_id FROM invitations i
                    JOIN candidates c ON c.id = i.candidate_id
                    JOIN sealing ON sealing.candidate_id = i.candidate_id
                    WHERE \(try ScoringData.present(db)) AND \(sealing.render(rule))
                    """), arguments: sealing.arguments)
        self.init(viewer: viewer, othersCardsVisible: Set(visible))
    }
}
