import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
    /// Sets the acting member's marks (and comments, and the overall note) on their own card
    /// for an invited candidate. Every change is its own transaction, so a draft survives a
    /// crash. Marks need the grid adopted beforehand (`adoptGrid`): criteria, weights and
    /// pass marks cannot change under marks already given.
    public func setMarks(
        _ id: ApplicationID, marks: [CriterionID: Int] = [:], cleared: Set<CriterionID> = [],
        comments: [CriterionID: String] = [:], note: String? = nil, by actor: Actor
    ) throws {
        try audited(actor, .score, action: "score.set", object: id.rawValue) { db, audit in
            let (rowID, scheme) = try Self.openCard(id, for: actor, db)
            try ScorecardRules.checkCriteria(
                marks: marks, cleared: cleared, comments: comments, in: scheme)
            let old = try Self.cardMarks(rowID, actor.name, db)
            let at = now()
            try db.execute(
                sql: """
                    INSERT INTO scorecards(candidate_id, member, note, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(candidate_id, member) DO UPDATE SET updated_at = excluded.updated_at,
                        note = COALESCE(?, note)
                    """,
                arguments: [rowID, actor.name, note ?? "", at, note])
            let edit = try ScorecardEdit(
                marks: marks, cleared: cleared, comments: comments, note: note, old: old, audit)
            for (criterion, mark) in edit.marks {
                try db.execute(
                    sql: """
                        INSERT INTO scorecard_marks(candidate_id, member, criterion, mark) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO UPDATE SET mark = excluded.mark
                        """,
                    arguments: [rowID, actor.name, criterion.rawValue, mark])
            }
            for criterion in edit.cleared {
                try db.execute(
                    sql:
                        "DELETE FROM scorecard_marks WHERE candidate_id = ? AND member = ? AND criterion = ?",
                    arguments: [rowID, actor.name, criterion.rawValue])
            }
            for (criterion, comment) in edit.comments {
                try db.execute(
                    sql:
                        "UPDATE scorecard_marks SET comment = ? WHERE candidate_id = ? AND member = ? AND criterion = ?",
                    arguments: [comment, rowID, actor.name, criterion.rawValue])
            }
            return ((), edit.trailBefore, edit.after)
        }
    }

    /// Submits the acting member's card: every criterion marked, a comment beside every mark
    /// at either end of the scale when the profile asks for one. Submitted cards are locked;
    /// the chair may reopen one.
    public func submitScorecard(_ id: ApplicationID, by actor: Actor) throws {
        try audited(actor, .score, action: "score.submit", object: id.rawValue) { db, audit in
            let (rowID, scheme) = try Self.openCard(id, for: actor, db)
            let marks = try Self.cardMarks(rowID, actor.name, db)
            try ScorecardRules.checkSubmittable(id, marks, in: scheme)
            let at = now()
            try db.execute(
                sql:
                    "UPDATE scorecards SET submitted_at = ?, updated_at = ? WHERE candidate_id = ? AND member = ?",
                arguments: [at, at, rowID, actor.name])
            return ((), nil, ScorecardRules.submittedTrail(marks, audit))
        }
    }

    /// The chair reopens a member's submitted card (after a calibration discussion, say), with
    /// the reason. The submitted marks stay in the audit trail beside the revised ones.
    public func reopenScorecard(
        _ id: ApplicationID, member: String, reason: String, by actor: Actor
    ) throws {
        try WriteRules.requireReason(reason, ScorecardRules.reopenNeedsReason)
        try audited(actor, .reopenScorecard, action: "score.reopen", object: id.rawValue) {
            db, audit in
            try Self.refuseIfFinal(db, "scorecards")
            let rowID = try Self.rowID(of: id, db)
            guard
                try String.fetchOne(
                    db,
                    sql:
                        "SELECT submitted_at FROM scorecards WHERE candidate_id = ? AND member = ?",
                    arguments: [rowID, member]) != nil
            else { throw ScorecardRules.notSubmitted(member, id) }
            try db.execute(
                sql:
                    "UPDATE scorecards SET submitted_at = NULL, updated_at = ? WHERE candidate_id = ? AND member = ?",
                arguments: [now(), rowID, member])
            let (before, after) = ScorecardRules.reopenTrail(member, reason: reason, audit)
            return ((), before, after)
        }
    }

    /// The chair excuses a member absent from a candidate's interview: they are no longer
    /// expected to score that candidate, and any draft of theirs is set aside.
    public func excuse(member: String, from id: ApplicationID, reason: String, by actor: Actor)
        throws
    {
        try WriteRules.requireReason(reason, ScorecardRules.excuseNeedsReason)
        try audited(actor, .excuseMember, action: "score.excuse", object: id.rawValue) {
            db, audit in
            try Self.refuseIfFinal(db, "scorecards")
            let rowID = try Self.invitedRowID(id, db)
            let role = try String.fetchOne(
                db, sql: "SELECT role FROM panel WHERE name = ? AND removed_at IS NULL",
                arguments: [member])
            guard ScorecardRules.scores(role) else { throw ScorecardRules.notScoringMember(member) }
            if try String.fetchOne(
                db,
                sql: "SELECT submitted_at FROM scorecards WHERE candidate_id = ? AND member = ?",
                arguments: [rowID, member]) != nil
            {
                throw ScorecardRules.alreadySubmitted(member, id)
            }
            try db.execute(
                sql: "DELETE FROM scorecards WHERE candidate_id = ? AND member = ?",
                arguments: [rowID, member])
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO excusals(candidate_id, member, reason, excused_by, excused_at)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [rowID, member, reason, actor.name, now()])
            return ((), nil, ["member": member, "reason": audit.digest(reason: reason)])
        }
    }

    /// The row of an invited candidate whose card the actor may still change, and the scheme.
    static func openCard(_ id: ApplicationID, for actor: Actor, _ db: Database) throws -> (
        Int64, ScoringScheme
    ) {
        try refuseIfFinal(db, "scorecards")
        try requireOpenRound(actor, "score", db)
        guard let scheme = try scheme(db) else { throw ScorecardRules.noScheme }
        let rowID = try invitedRowID(id, db)
        try refuseIfConflicted(actor, rowID, id, "score", db)
        if try Bool.fetchOne(
            db, sql: "SELECT 1 FROM excusals WHERE candidate_id = ? AND member = ?",
            arguments: [rowID, actor.name])
            != nil
        {
            throw ScorecardRules.excused(actor.name, id)
        }
        if try String.fetchOne(
            db, sql: "SELECT submitted_at FROM scorecards WHERE candidate_id = ? AND member = ?",
            arguments: [rowID, actor.name]) != nil
        {
            throw ScorecardRules.locked(actor.name, id)
        }
        return (rowID, scheme)
    }

    static func invitedRowID(_ id: ApplicationID, _ db: Database) throws -> Int64 {
        let rowID = try rowID(of: id, db)
        guard
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM invitations WHERE candidate_id = ?", arguments: [rowID])
                != nil
        else {
            throw ScorecardRules.notInvited(id)
        }
        if let outcome = try outcome(rowID, db) {
            throw ScorecardRules.notScorable(
                id, outcome.outcome.text, recordedBy: outcome.recordedBy)
        }
        return rowID
    }

    static func cardMarks(_ rowID: Int64, _ member: String, _ db: Database) throws -> CardMarks {
        var marks: CardMarks = [:]
        for row in try Row.fetchAll(
            db,
            sql:
                "SELECT criterion, mark, comment FROM scorecard_marks WHERE candidate_id = ? AND member = ?",
            arguments: [rowID, member])
        {
            marks[CriterionID(row[0] as String)] = (row[1], row[2])
        }
        return marks
    }
}
