#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// `AssessmentRows` on a server: the eligibility row of an application and its evidence.
    enum PostgresAssessmentRows {
        /// Stores an assessment. A new row has no evidence to replace and no overrides yet.
        static func write(
            _ prepared: AssessmentRows.Prepared, for candidateID: Int64, isNew: Bool,
            _ session: PostgresSession
        ) throws {
            var result = prepared.computed
            let overrides = isNew ? [] : try Self.overrides(of: candidateID, session)
            if !overrides.isEmpty {
                result = EligibilityAssessment(checks: prepared.checks, overrides: overrides).result
            }
            if !isNew {
                try session.execute("DELETE FROM evidence WHERE candidate_id = \(candidateID)")
            }
            let r = prepared.results
            try session.execute(
                """
                INSERT INTO eligibility (candidate_id, nationality, military, education, languages,
                    "cast", deadline, reasons, result)
                VALUES (\(candidateID), \(r[0]), \(r[1]), \(r[2]), \(r[3]), \(r[4]), \(r[5]),
                    \(prepared.reasonsJSON), \(result.rawValue))
                ON CONFLICT (candidate_id) DO UPDATE SET nationality = excluded.nationality,
                    military = excluded.military, education = excluded.education,
                    languages = excluded.languages, "cast" = excluded."cast",
                    deadline = excluded.deadline, reasons = excluded.reasons, result = excluded.result
                """)
            for item in prepared.evidence {
                try session.execute(
                    """
                    INSERT INTO evidence (candidate_id, criterion, hits, phrases)
                    VALUES (\(candidateID), \(item.criterion), \(Int32(clamping: item.hits)), \(item.phrasesJSON))
                    """)
            }
        }

        static func overrides(of candidateID: Int64, _ session: PostgresSession) throws
            -> [EligibilityOverride]
        {
            try session.rows(
                "SELECT rule, result, reason FROM overrides WHERE candidate_id = \(candidateID) ORDER BY rule"
            ).compactMap { row in
                let (rule, result, reason) = try row.decode((String, String, String).self)
                guard let rule = EligibilityRule(rawValue: rule),
                    let decision = EligibilityOverride.Decision(rawValue: result)
                else { return nil }
                return EligibilityOverride(rule, decision, reason: reason)
            }
        }
    }
#endif
