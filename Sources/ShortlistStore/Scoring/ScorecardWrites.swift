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
            for criterion in Set(marks.keys).union(cleared).union(comments.keys)
            where scheme.rule(criterion) == nil {
                throw StoreError.invalid(
                    "“\(criterion)” is not a criterion of this call; the criteria are "
                        + scheme.criteria.map(\.id.rawValue).joined(separator: ", "))
            }
            for (criterion, mark) in marks where !scheme.scale.levels.contains(mark) {
                throw StoreError.invalid(
                    "\(criterion)=\(mark) is outside the scale \(scheme.scale.minimum)–\(scheme.scale.maximum)"
                )
            }
            let old = try Self.cardMarks(rowID, actor.name, db)
            let at = now()
            try db.execute(
                sql: """
                    INSERT INTO scorecards(candidate_id, member, note, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(candidate_id, member) DO UPDATE SET updated_at = excluded.updated_at,
                        note = COALESCE(?, note)
                    """,
                arguments: [rowID, actor.name, note ?? "", at, note])
            // Marks and comments enter the trail as salted digests, sealed like the card.
            let sealed = { (text: String) in audit.digest(text, sealed: true) }
            var before: [String: String] = [:]
            var after: [String: String] = [:]
            for (criterion, mark) in marks {
                if let was = old[criterion] {
                    before[criterion.rawValue] = audit.digest(mark: was.mark)
                }
                after[criterion.rawValue] = audit.digest(mark: mark)
                try db.execute(
                    sql: """
                        INSERT INTO scorecard_marks(candidate_id, member, criterion, mark) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO UPDATE SET mark = excluded.mark
                        """,
                    arguments: [rowID, actor.name, criterion.rawValue, mark])
            }
            for criterion in cleared where marks[criterion] == nil {
                guard let was = old[criterion] else { continue }
                before[criterion.rawValue] = audit.digest(mark: was.mark)
                after[criterion.rawValue] = audit.digest(mark: nil)
                try db.execute(
                    sql:
                        "DELETE FROM scorecard_marks WHERE candidate_id = ? AND member = ? AND criterion = ?",
                    arguments: [rowID, actor.name, criterion.rawValue])
            }
            for (criterion, comment) in comments {
                guard marks[criterion] != nil || old[criterion] != nil else {
                    throw StoreError.invalid("give \(criterion) a mark before commenting on it")
                }
                // Comments may name the candidate: the trail keeps salted digests, erasable rows
                // the text.
                if let was = old[criterion]?.comment, !was.isEmpty {
                    before["\(criterion).comment"] = sealed(was)
                }
                after["\(criterion).comment"] = sealed(comment)
                try db.execute(
                    sql:
                        "UPDATE scorecard_marks SET comment = ? WHERE candidate_id = ? AND member = ? AND criterion = ?",
                    arguments: [comment, rowID, actor.name, criterion.rawValue])
            }
            if let note { after["note"] = sealed(note) }
            return ((), before.isEmpty ? nil : before, after)
        }
    }

    /// Submits the acting member's card: every criterion marked, a comment beside every mark
    /// at either end of the scale when the profile asks for one. Submitted cards are locked;
    /// the chair may reopen one.
    public func submitScorecard(_ id: ApplicationID, by actor: Actor) throws {
        try audited(actor, .score, action: "score.submit", object: id.rawValue) { db, audit in
            let (rowID, scheme) = try Self.openCard(id, for: actor, db)
            let marks = try Self.cardMarks(rowID, actor.name, db)
            let missing = scheme.criteria.map(\.id).filter { marks[$0] == nil }
            guard missing.isEmpty else {
                throw StoreError.invalid(
                    "\(id): mark every criterion before submitting; still to mark: "
                        + missing.map(\.rawValue).joined(separator: ", "))
            }
            if scheme.rules.commentRequiredAtScaleEnds {
                let ends = [scheme.scale.minimum, scheme.scale.maximum]
                let uncommented = scheme.criteria.map(\.id).filter {
                    ends.contains(marks[$0]!.mark) && marks[$0]!.comment.isEmpty
                }
                guard uncommented.isEmpty else {
                    throw StoreError.invalid(
                        "\(id): a mark at either end of the scale needs a comment (the profile asks for one): "
                            + uncommented.map { "\($0)=\(marks[$0]!.mark)" }.joined(separator: ", ")
                    )
                }
            }
            let at = now()
            try db.execute(
                sql:
                    "UPDATE scorecards SET submitted_at = ?, updated_at = ? WHERE candidate_id = ? AND member = ?",
                arguments: [at, at, rowID, actor.name])
            var after = Dictionary(
                uniqueKeysWithValues: marks.map {
                    ($0.key.rawValue, audit.digest(mark: $0.value.mark))
                })
            for (criterion, entry) in marks where !entry.comment.isEmpty {
                after["\(criterion).comment"] = audit.digest(entry.comment, sealed: true)
            }
            return ((), nil, after)
        }
    }

    /// The chair reopens a member's submitted card (after a calibration discussion, say), with
    /// the reason. The submitted marks stay in the audit trail beside the revised ones.
    public func reopenScorecard(
        _ id: ApplicationID, member: String, reason: String, by actor: Actor
    ) throws {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("reopening a scorecard needs a reason (--reason)")
        }
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
            else { throw StoreError.invalid("\(member) has no submitted scorecard for \(id)") }
            try db.execute(
                sql:
                    "UPDATE scorecards SET submitted_at = NULL, updated_at = ? WHERE candidate_id = ? AND member = ?",
                arguments: [now(), rowID, member])
            return (
                (), ["member": member, "state": "submitted"],
                ["member": member, "state": "draft", "reason": audit.digest(reason: reason)]
            )
        }
    }

    /// The chair excuses a member absent from a candidate's interview: they are no longer
    /// expected to score that candidate, and any draft of theirs is set aside.
    public func excuse(member: String, from id: ApplicationID, reason: String, by actor: Actor)
        throws
    {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("excusing a member needs a reason (--reason)")
        }
        try audited(actor, .excuseMember, action: "score.excuse", object: id.rawValue) {
            db, audit in
            try Self.refuseIfFinal(db, "scorecards")
            let rowID = try Self.invitedRowID(id, db)
            guard
                let role = try String.fetchOne(
                    db, sql: "SELECT role FROM panel WHERE name = ? AND removed_at IS NULL",
                    arguments: [member]),
                role == Role.chair.rawValue || role == Role.member.rawValue
            else {
                throw StoreError.invalid(
                    "\(member) is not a scoring member of the panel (chair or member)")
            }
            if try String.fetchOne(
                db,
                sql: "SELECT submitted_at FROM scorecards WHERE candidate_id = ? AND member = ?",
                arguments: [rowID, member]) != nil
            {
                throw StoreError.invalid("\(member) has already submitted a scorecard for \(id)")
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
        guard let scheme = try scheme(db) else {
            throw StoreError.invalid(
                "this database's call profile has no scoring scheme (`shortlist profile replace`)")
        }
        let rowID = try invitedRowID(id, db)
        try refuseIfConflicted(actor, rowID, id, "score", db)
        if try Bool.fetchOne(
            db, sql: "SELECT 1 FROM excusals WHERE candidate_id = ? AND member = ?",
            arguments: [rowID, actor.name])
            != nil
        {
            throw StoreError.invalid(
                "\(actor.name) was excused from \(id)'s interview and does not score it")
        }
        if try String.fetchOne(
            db, sql: "SELECT submitted_at FROM scorecards WHERE candidate_id = ? AND member = ?",
            arguments: [rowID, actor.name]) != nil
        {
            throw StoreError.invalid(
                "\(actor.name)'s scorecard for \(id) is submitted and locked; the chair may reopen it "
                    + "(`shortlist score reopen \(id) --member \(actor.name) --reason …`)")
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
            throw StoreError.invalid("\(id) is not invited to interview (`shortlist invite \(id)`)")
        }
        if let outcome = try outcome(rowID, db) {
            throw StoreError.invalid(
                "\(id) \(outcome.outcome.text) (recorded by \(outcome.recordedBy)) and cannot be scored; `shortlist invite \(id) --attended` undoes it"
            )
        }
        return rowID
    }

    static func cardMarks(_ rowID: Int64, _ member: String, _ db: Database) throws -> [CriterionID:
        (
            mark: Int, comment: String
        )]
    {
        var marks: [CriterionID: (mark: Int, comment: String)] = [:]
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
