import Dispatch
import GRDB
import ShortlistCore
import Synchronization

/// What checking every application again under a replaced profile changed.
public struct Reassessment: Sendable, Equatable {
    /// Applications checked: every one not purged.
    public var assessed = 0
    /// Applications whose stored outcome was written: a rule's result or reason changed, or
    /// none was stored yet. The others are left as they were.
    public var rewritten = 0
    /// Applications whose result that counts (eligible, ineligible, needs check) changed.
    public var resultsChanged = 0

    public init() {}

    /// For the audit entry of the change that caused it.
    var auditFields: [String: String] {
        [
            "assessed": String(assessed), "outcomes rewritten": String(rewritten),
            "results changed": String(resultsChanged),
        ]
    }
}

extension SQLiteStore {
    /// The candidate columns the rules look at (names, contact, employer and texts are never
    /// checked), then the stored outcome (NULL if never assessed) to compare with.
    static let reassessmentSelect = """
        SELECT c.id, c.nationalities, c.submitted_at, c.function_group, c.cast_status,
               c.education_level, c.education_years, c.diploma_recognised, c.languages,
               c.military_service, c.invalid_fields,
               e.nationality, e.military, e.education, e.languages, e."cast", e.deadline,
               e.reasons, e.result
        FROM candidates c LEFT JOIN eligibility e ON e.candidate_id = c.id
        WHERE c.purged_at IS NULL ORDER BY c.id
        """

    /// Checks every application's eligibility again and stores the outcomes that changed, with
    /// the overrides applied. The rows are read on this thread; decoding, the rules and the
    /// comparison with what is stored run on all cores, a batch at a time; only changed
    /// outcomes are written (an edit of one rule rewrites only the applications it affects).
    static func reassessEligibility(
        _ engine: EligibilityEngine, _ db: Database, steps: WorkSteps = .unwatched, stages: Int = 1
    ) throws -> Reassessment {
        let total =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM candidates WHERE purged_at IS NULL")
            ?? 0
        var overrides: [Int64: [EligibilityOverride]] = [:]
        for id in try Int64.fetchAll(db, sql: "SELECT DISTINCT candidate_id FROM overrides") {
            overrides[id] = try AssessmentRows.overrides(of: id, db)
        }
        let known = overrides
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO eligibility(
                    candidate_id, nationality, military, education, languages, "cast", deadline, reasons, result)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(candidate_id) DO UPDATE SET
                    nationality = excluded.nationality, military = excluded.military,
                    education = excluded.education, languages = excluded.languages,
                    "cast" = excluded."cast", deadline = excluded.deadline,
                    reasons = excluded.reasons, result = excluded.result
                """)
        var summary = Reassessment()
        let rows = try Row.fetchCursor(db, sql: reassessmentSelect)
        // While other threads check one batch, this one reads the next and writes the last.
        var computing: OutcomeBatch?
        func write(_ done: OutcomeBatch) throws {
            let outcomes = done.wait()
            for outcome in outcomes {
                guard let arguments = outcome.arguments else { continue }
                upsert.setUncheckedArguments(arguments)
                try upsert.execute()
                summary.rewritten += 1
                if outcome.resultChanged { summary.resultsChanged += 1 }
            }
            summary.assessed += outcomes.count
            try steps.step(.init(done: summary.assessed, total: total, stages: stages))
        }
        var finished = false
        while !finished {
            var batch: [[DatabaseValue]] = []
            batch.reserveCapacity(Self.reassessmentBatch)
            while batch.count < Self.reassessmentBatch {
                guard let row = try rows.next() else {
                    finished = true
                    break
                }
                var values: [DatabaseValue] = []
                values.reserveCapacity(StoredOutcome.columns)
                for i in 0..<StoredOutcome.columns { values.append(row[i]) }
                batch.append(values)
            }
            let previous = computing
            computing = OutcomeBatch(batch, engine, overrides: known)
            if let previous { try write(previous) }
        }
        if let computing { try write(computing) }
        return summary
    }

    static let reassessmentBatch = 4096
}

/// A batch of applications being checked on other threads.
private final class OutcomeBatch: Sendable {
    private let done = DispatchGroup()
    private let outcomes = Mutex<[StoredOutcome]>([])

    init(
        _ rows: [[DatabaseValue]], _ engine: EligibilityEngine,
        overrides: [Int64: [EligibilityOverride]]
    ) {
        done.enter()
        DispatchQueue.global().async { [self] in
            let checked = rows.parallelMap { row in
                StoredOutcome.reassess(
                    row, engine, overrides: overrides[Int64.fromDatabaseValue(row[0]) ?? 0] ?? [])
            }
            outcomes.withLock { $0 = checked }
            done.leave()
        }
    }

    func wait() -> [StoredOutcome] {
        done.wait()
        return outcomes.withLock { $0 }
    }
}

/// One application's outcome checked again, and what of it must be written.
private struct StoredOutcome: Sendable {
    /// The eligibility row's values in upsert order, or nil when the stored row is the same.
    var arguments: StatementArguments?
    var resultChanged: Bool

    /// How many columns `SQLiteStore.reassessmentSelect` gives.
    static let columns = 19

    /// Where the selected candidate columns go among those `CandidateColumns.candidate` reads.
    private static let candidatePositions = [22, 4, 7, 8, 10, 11, 12, 14, 15, 16, 19]

    static func reassess(
        _ row: [DatabaseValue], _ engine: EligibilityEngine, overrides: [EligibilityOverride]
    ) -> StoredOutcome {
        func text(_ i: Int) -> String? { String.fromDatabaseValue(row[i]) }
        var columns = [DatabaseValue](repeating: .null, count: 23)
        for i in [0, 2, 3, 20, 21] { columns[i] = "".databaseValue }
        for (i, position) in candidatePositions.enumerated() { columns[position] = row[i] }
        let checks = engine.checks(CandidateColumns.candidate(columns: columns))
        let prepared = AssessmentRows.Prepared(ApplicationAssessment(checks: checks, evidence: []))
        let result =
            overrides.isEmpty
            ? prepared.computed
            : EligibilityAssessment(checks: checks, overrides: overrides).result
        let stored = text(18)
        var same = stored == result.rawValue && text(17) == prepared.reasonsJSON
        for (i, value) in prepared.results.enumerated() where same {
            same = text(11 + i) == value
        }
        guard !same else { return StoredOutcome(arguments: nil, resultChanged: false) }
        // Existentials, not `[DatabaseValue]`: GRDB maps those through a key path, which cost
        // a tenth of the checking time.
        var values: [(any DatabaseValueConvertible)?] = [row[0]]
        values.reserveCapacity(9)
        for value in prepared.results { values.append(value) }
        values.append(prepared.reasonsJSON)
        values.append(result.rawValue)
        return StoredOutcome(
            arguments: StatementArguments(values), resultChanged: stored != result.rawValue)
    }
}
