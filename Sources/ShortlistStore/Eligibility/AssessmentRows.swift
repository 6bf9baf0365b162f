import Foundation
import GRDB
import ShortlistCore

/// How an application's assessment is kept: one eligibility row (a result column per rule,
/// the reasons as a JSON array, the result that counts) and one evidence row per criterion
/// with hits.
enum AssessmentRows {
    /// An assessment turned into column values, on the thread that prepares records.
    struct Prepared: Sendable {
        let results: [String]
        let reasonsJSON: String
        let checks: [RuleCheck]
        let computed: EligibilityResult
        private(set) var evidence: [(criterion: String, hits: Int, phrasesJSON: String)]

        init(_ assessment: ApplicationAssessment) {
            var results: [String] = []
            var reasons: [String] = []
            for rule in EligibilityRule.allCases {
                let check = assessment.checks.first { $0.rule == rule }
                results.append((check?.result ?? .needsCheck).rawValue)
                reasons.append(check?.reason ?? "not checked")
            }
            self.results = results
            reasonsJSON = JSONText.array(reasons)
            checks = assessment.checks
            computed = EligibilityResult(combining: assessment.checks.map { $0.result })
            let evidence = assessment.evidence.map {
                ($0.criterion.rawValue, $0.hits, JSONText.array($0.phrases))
            }
            self.evidence = evidence
            evidenceRows = evidence.map {
                [$0.0.databaseValue, $0.1.databaseValue, $0.2.databaseValue]
            }
            computedRow = Self.row(results, reasonsJSON, computed)
        }

        /// The eligibility row without its candidate, with the computed result: built here,
        /// off the writing thread, for the common case of no override.
        let computedRow: [DatabaseValue]
        /// `evidence` as rows without their candidate, for the same reason.
        private(set) var evidenceRows: [[DatabaseValue]]

        static func row(_ results: [String], _ reasonsJSON: String, _ result: EligibilityResult)
            -> [DatabaseValue]
        {
            var values = results.map(\.databaseValue)
            values.append(reasonsJSON.databaseValue)
            values.append(result.rawValue.databaseValue)
            return values
        }

        /// The same assessment without its evidence rows.
        var withoutEvidence: Prepared {
            var copy = self
            copy.evidence = []
            copy.evidenceRows = []
            return copy
        }
    }

    static let insertEligibilitySQL = """
        INSERT OR REPLACE INTO eligibility(
            nationality, military, education, languages, "cast", deadline, reasons, result, candidate_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertEvidenceSQL =
        "INSERT INTO evidence(candidate_id, criterion, hits, phrases) VALUES (?, ?, ?, ?)"

    /// Writes the assessments of new candidates in a bulk load: what `write(_:for:isNew:)`
    /// does for a new row with no override, bound through `BulkRowInserter`.
    struct BulkWriter {
        private let eligibility: BulkRowInserter
        private let evidence: BulkRowInserter

        init(_ db: Database) throws {
            eligibility = try BulkRowInserter(db, sql: AssessmentRows.insertEligibilitySQL)
            evidence = try BulkRowInserter(db, sql: AssessmentRows.insertEvidenceSQL)
        }

        func insert(_ prepared: Prepared, for candidateID: Int64) throws {
            try eligibility.insert(prepared.computedRow, trailing: candidateID)
            for row in prepared.evidenceRows {
                try evidence.insert(leading: candidateID, row)
            }
        }
    }

    static func write(_ assessment: ApplicationAssessment, for candidateID: Int64, _ db: Database)
        throws
    {
        try write(Prepared(assessment), for: candidateID, isNew: false, db)
    }

    /// Stores the eligibility part of an assessment only, keeping the evidence rows.
    static func writeEligibility(
        _ prepared: Prepared, for candidateID: Int64, overrides: [EligibilityOverride],
        _ db: Database
    ) throws {
        try write(
            prepared.withoutEvidence, for: candidateID, isNew: true, overrides: overrides, db)
    }

    /// Stores an assessment. A new row has no evidence yet to replace, and no overrides
    /// unless they are given.
    static func write(
        _ prepared: Prepared, for candidateID: Int64, isNew: Bool,
        overrides known: [EligibilityOverride]? = nil,
        _ db: Database
    ) throws {
        var result = prepared.computed
        let overrides = try known ?? (isNew ? [] : Self.overrides(of: candidateID, db))
        if !overrides.isEmpty {
            result = EligibilityAssessment(checks: prepared.checks, overrides: overrides).result
        }
        if !isNew {
            try db.cachedStatement(sql: "DELETE FROM evidence WHERE candidate_id = ?").execute(
                arguments: [candidateID])
        }
        let row =
            result == prepared.computed
            ? prepared.computedRow : Prepared.row(prepared.results, prepared.reasonsJSON, result)
        try db.cachedStatement(sql: insertEligibilitySQL).execute(
            arguments: StatementArguments(row + [candidateID.databaseValue]))
        guard !prepared.evidence.isEmpty else { return }
        let insertEvidence = try db.cachedStatement(sql: insertEvidenceSQL)
        for item in prepared.evidence {
            try insertEvidence.execute(arguments: [
                candidateID, item.criterion, item.hits, item.phrasesJSON,
            ])
        }
    }

    /// The stored checks of one application, or nil if it was never assessed.
    static func checks(of candidateID: Int64, _ db: Database) throws -> [RuleCheck]? {
        guard
            let row = try Row.fetchOne(
                db,
                sql:
                    "SELECT nationality, military, education, languages, \"cast\", deadline, reasons FROM eligibility WHERE candidate_id = ?",
                arguments: [candidateID])
        else { return nil }
        let reasons =
            (try? JSONDecoder().decode([String].self, from: Data((row[6] as String).utf8))) ?? []
        return EligibilityRule.allCases.enumerated().map { i, rule in
            RuleCheck(
                rule, RuleResult(rawValue: row[i]) ?? .needsCheck,
                i < reasons.count ? reasons[i] : "")
        }
    }

    static func overrides(of candidateID: Int64, _ db: Database) throws -> [EligibilityOverride] {
        try Row.fetchAll(
            db.cachedStatement(
                sql:
                    "SELECT rule, result, reason FROM overrides WHERE candidate_id = ? ORDER BY rule"
            ),
            arguments: [candidateID]
        ).compactMap { row in
            guard let rule = EligibilityRule(rawValue: row[0]),
                let decision = EligibilityOverride.Decision(rawValue: row[1])
            else { return nil }
            return EligibilityOverride(rule, decision, reason: row[2])
        }
    }

    /// Recomputes the result that counts after an override changed.
    static func refreshResult(of candidateID: Int64, _ db: Database) throws {
        guard let checks = try checks(of: candidateID, db) else { return }
        let result = EligibilityAssessment(
            checks: checks, overrides: try overrides(of: candidateID, db)
        ).result
        try db.execute(
            sql: "UPDATE eligibility SET result = ? WHERE candidate_id = ?",
            arguments: [result.rawValue, candidateID])
    }
}

extension SQLiteStore {
    /// Each rule's check and any override, for one application; nil if never assessed.
    public func eligibility(of id: ApplicationID) throws -> EligibilityAssessment? {
        try read { db in
            let rowID = try Self.rowID(of: id, db)
            guard let checks = try AssessmentRows.checks(of: rowID, db) else { return nil }
            let assessment = EligibilityAssessment(
                checks: checks, overrides: try AssessmentRows.overrides(of: rowID, db))
            return try blinds(db) ? assessment.blinded() : assessment
        }
    }

    /// The evidence found in one application's CV, per criterion with hits.
    public func evidence(of id: ApplicationID) throws -> [CriterionEvidence] {
        try read { db in
            let rowID = try Self.rowID(of: id, db)
            return try Row.fetchAll(
                db,
                sql:
                    "SELECT criterion, hits, phrases FROM evidence WHERE candidate_id = ? ORDER BY criterion",
                arguments: [rowID]
            ).map {
                CriterionEvidence(
                    criterion: CriterionID($0[0] as String), hits: $0[1],
                    phrases: (try? JSONDecoder().decode(
                        [String].self, from: Data(($0[2] as String).utf8))) ?? [])
            }
        }
    }

    /// The chair overrides one rule's result for one candidate, with a written justification.
    public func overrideEligibility(
        _ id: ApplicationID, rule: EligibilityRule, to decision: EligibilityOverride.Decision,
        reason: String, by actor: Actor
    ) throws {
        try WriteRules.requireReason(reason, OverrideRules.needsReason)
        try audited(
            actor, .overrideEligibility, action: "eligibility.override", object: id.rawValue
        ) { db, audit in
            try Self.refuseIfFinal(db, "eligibility overrides")
            let rowID = try Self.rowID(of: id, db)
            let previous = try String.fetchOne(
                db, sql: "SELECT result FROM overrides WHERE candidate_id = ? AND rule = ?",
                arguments: [rowID, rule.rawValue])
            let computed = try AssessmentRows.checks(of: rowID, db)?.first { $0.rule == rule }?
                .result
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO overrides(candidate_id, rule, result, reason, decided_by, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [rowID, rule.rawValue, decision.rawValue, reason, actor.name, now()])
            try AssessmentRows.refreshResult(of: rowID, db)
            let (before, after) = OverrideRules.overrideTrail(
                rule, previous: previous, computed: computed, to: decision, reason: reason, audit)
            return ((), before, after)
        }
    }

    /// Withdraws an override: the rule's computed result counts again.
    public func withdrawOverride(
        _ id: ApplicationID, rule: EligibilityRule, reason: String, by actor: Actor
    ) throws {
        try audited(
            actor, .overrideEligibility, action: "eligibility.override-withdrawn",
            object: id.rawValue
        ) { db, audit in
            try Self.refuseIfFinal(db, "eligibility overrides")
            let rowID = try Self.rowID(of: id, db)
            guard
                let previous = try String.fetchOne(
                    db, sql: "SELECT result FROM overrides WHERE candidate_id = ? AND rule = ?",
                    arguments: [rowID, rule.rawValue])
            else { throw OverrideRules.noOverride(id, rule) }
            try db.execute(
                sql: "DELETE FROM overrides WHERE candidate_id = ? AND rule = ?",
                arguments: [rowID, rule.rawValue])
            try AssessmentRows.refreshResult(of: rowID, db)
            let (before, after) = OverrideRules.withdrawalTrail(
                rule, previous: previous, reason: reason, audit)
            return ((), before, after)
        }
    }
}

extension EligibilityAssessment {
    /// In blind mode the nationality rule's reason does not say which nationality.
    func blinded() -> EligibilityAssessment {
        let checks = outcomes.map { outcome -> RuleCheck in
            var check = outcome.check
            if check.rule == .nationality {
                check.reason = "nationality withheld in blind mode (\(check.result))"
            }
            return check
        }
        return EligibilityAssessment(checks: checks, overrides: outcomes.compactMap(\.override))
    }
}
