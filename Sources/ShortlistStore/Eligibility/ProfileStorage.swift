import Dispatch
import Foundation
import GRDB
import ShortlistCore
import Synchronization

extension SQLiteStore {
    /// The call profile in force, or nil for a database made without one.
    public func storedProfile() throws -> StoredProfile? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT toml, sha256, reference, locked_at, locked_by FROM call_profile"
            ).map {
                StoredProfile(
                    toml: $0[0], sha256: $0[1], reference: $0[2], lockedAt: $0[3], lockedBy: $0[4])
            }
        }
    }

    /// The profile's criteria in order, with their groups.
    public func profileCriteria() throws -> [(CriterionID, CriterionGroup)] {
        try read { db in try Self.criteria(db) }
    }

    /// How marks are combined, as the profile in force says; nil without a profile.
    public func scoringScheme() throws -> ScoringScheme? {
        try read { db in try Self.scheme(db) }
    }

    static func scheme(_ db: Database) throws -> ScoringScheme? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM profile_scoring WHERE id = 1")
        else { return nil }
        let anchors =
            (try? JSONDecoder().decode([String].self, from: Data((row["anchors"] as String).utf8)))
            ?? []
        guard
            let scale = RatingScale(
                minimum: row["scale_minimum"], maximum: row["scale_maximum"], anchors: anchors)
        else { return nil }
        let criteria = try Row.fetchAll(
            db, sql: "SELECT id, weight, pass_mark FROM profile_criteria ORDER BY position"
        ).map {
            ScoringScheme.CriterionRule(
                id: CriterionID($0[0] as String), weight: $0[1], passMark: $0[2])
        }
        return ScoringScheme(
            criteria: criteria,
            rules: ScoringRules(
                scale: scale, overallPassMark: row["overall_pass_mark"],
                reserveListLimit: row["reserve_limit"],
                divergenceThreshold: row["divergence_threshold"],
                commentRequiredAtScaleEnds: row["comment_at_ends"]))
    }

    static func criteria(_ db: Database) throws -> [(CriterionID, CriterionGroup)] {
        try Row.fetchAll(db, sql: "SELECT id, grp FROM profile_criteria ORDER BY position").map {
            (CriterionID($0[0] as String), CriterionGroup(rawValue: $0[1]) ?? .required)
        }
    }

    static func writeProfile(_ profile: ProfileDocument, _ db: Database) throws {
        try db.execute(
            sql:
                "INSERT OR REPLACE INTO call_profile(id, toml, sha256, reference) VALUES (1, ?, ?, ?)",
            arguments: [profile.toml, sha256Hex(profile.toml), profile.reference])
        try db.execute(sql: "DELETE FROM profile_criteria")
        for (position, (id, group)) in profile.criteria.enumerated() {
            let rule = profile.scheme?.rule(id)
            try db.execute(
                sql:
                    "INSERT INTO profile_criteria(id, grp, position, weight, pass_mark) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    id.rawValue, group.rawValue, position, rule?.weight ?? 1, rule?.passMark,
                ])
        }
        try db.execute(sql: "DELETE FROM profile_scoring")
        if let rules = profile.scheme?.rules {
            try db.execute(
                sql: """
                    INSERT INTO profile_scoring(id, scale_minimum, scale_maximum, anchors, overall_pass_mark,
                        reserve_limit, divergence_threshold, comment_at_ends)
                    VALUES (1, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    rules.scale.minimum, rules.scale.maximum, JSONText.array(rules.scale.anchors),
                    rules.overallPassMark, rules.reserveListLimit, rules.divergenceThreshold,
                    rules.commentRequiredAtScaleEnds,
                ])
        }
        try db.execute(
            sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('call_reference', ?)",
            arguments: [profile.reference])
    }

    /// Replaces the profile (before the panel adopts its grid) and reassesses every application under it:
    /// eligibility always, keyword evidence when `recountEvidence` (its phrases changed). The
    /// audit entry says how many applications' outcomes and results changed. `steps` hears
    /// how many applications were checked and stops the work, the transaction rolled back,
    /// when asked to.
    @discardableResult
    public func replaceProfile(
        _ profile: ProfileDocument, assessor: ApplicationAssessor, recountEvidence: Bool,
        steps: WorkSteps, by actor: Actor
    ) throws -> Reassessment {
        try audited(actor, .editProfile, action: "profile.replace", steps: steps) { db, audit in
            if let locked = try String.fetchOne(
                db, sql: "SELECT locked_by FROM call_profile WHERE locked_at IS NOT NULL")
            {
                throw StoreError.invalid(
                    "the panel's grid was adopted by \(locked); criteria, weights, scale and pass marks can no longer change"
                )
            }
            let before = try String.fetchOne(db, sql: "SELECT sha256 FROM call_profile")
            try Self.writeProfile(profile, db)
            let stages = recountEvidence ? 2 : 1
            let reassessment = try Self.reassessEligibility(
                assessor.engine, db, steps: steps, stages: stages)
            if recountEvidence {
                try Self.recountEvidence(
                    assessor.matcher, db, steps: steps, total: reassessment.assessed)
            }
            return (
                reassessment, before.map { ["sha256": $0] },
                ["reference": profile.reference, "sha256": sha256Hex(profile.toml)]
                    .merging(reassessment.auditFields) { old, _ in old }
            )
        }
    }

    /// Counts every CV's keyword evidence again under the profile's phrases.
    static func recountEvidence(
        _ matcher: EvidenceMatcher, _ db: Database, steps: WorkSteps = .unwatched, total: Int = 0
    ) throws {
        try db.execute(sql: "DELETE FROM evidence")
        let insert = try db.cachedStatement(
            sql:
                "INSERT INTO evidence(candidate_id, criterion, hits, phrases) VALUES (?, ?, ?, '[]')"
        )
        let rows = try Row.fetchCursor(
            db,
            sql:
                "SELECT t.candidate_id, t.cv_text FROM candidate_texts t JOIN candidates c ON c.id = t.candidate_id WHERE c.purged_at IS NULL"
        )
        var batch: [(Int64, String)] = []
        var counted = 0
        func flush() throws {
            let counts = batch.parallelMap { item in (item.0, matcher.counts(in: item.1)) }
            for (id, counts) in counts {
                for (criterion, hits) in zip(matcher.criteria, counts) where hits > 0 {
                    try insert.execute(arguments: [id, criterion.rawValue, hits])
                }
            }
            counted += batch.count
            batch.removeAll(keepingCapacity: true)
            try steps.step(.init(done: counted, total: total, stage: 1, stages: 2))
        }
        while let row = try rows.next() {
            batch.append((row[0], row[1]))
            if batch.count == 2048 { try flush() }
        }
        try flush()
    }
}

extension Array where Element: Sendable {
    /// `map` on all cores, in order (the store's own: it cannot see the importer's).
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let chunks = Swift.min(count, 8)
        guard chunks > 1 else { return map(transform) }
        let size = (count + chunks - 1) / chunks
        let results = Mutex<[[T]]>(Array<[T]>(repeating: [], count: chunks))
        withoutActuallyEscaping(transform) { transform in
            let input = self
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let part = input[
                    Swift.min(
                        input.count, chunk * size)..<Swift.min(input.count, (chunk + 1) * size)]
                let done = part.map(transform)
                results.withLock { $0[chunk] = done }
            }
        }
        return results.withLock { $0.flatMap { $0 } }
    }
}
