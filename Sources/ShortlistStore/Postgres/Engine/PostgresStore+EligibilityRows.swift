#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// The stored checks, the profile's rows and the reassessment of every application, on a
    /// server (SQLite's in AssessmentRows, ProfileStorage and Reassessment).
    extension PostgresStore {

        static func checks(_ results: [String?], _ reasonsJSON: String) -> [RuleCheck] {
            let reasons = StoredLists.strings(reasonsJSON)
            return EligibilityRule.allCases.enumerated().map { i, rule in
                RuleCheck(
                    rule, results[i].flatMap(RuleResult.init(rawValue:)) ?? .needsCheck,
                    i < reasons.count ? reasons[i] : "")
            }
        }

        static func checks(of candidateID: Int64, _ session: PostgresSession) throws -> [RuleCheck]?
        {
            try session.rows(
                #"SELECT nationality, military, education, languages, "cast", deadline, reasons FROM eligibility WHERE candidate_id = \#(candidateID)"#
            ).first.map { row in
                let c = try row.decode(
                    (String, String, String, String, String, String, String).self)
                return checks([c.0, c.1, c.2, c.3, c.4, c.5], c.6)
            }
        }

        /// The result that counts after an override changed (the chair may write only it).
        static func refreshResult(of candidateID: Int64, _ session: PostgresSession) throws {
            guard let checks = try checks(of: candidateID, session) else { return }
            let result = EligibilityAssessment(
                checks: checks,
                overrides: try PostgresAssessmentRows.overrides(of: candidateID, session)
            ).result
            try session.execute(
                "UPDATE eligibility SET result = \(result.rawValue) WHERE candidate_id = \(candidateID)"
            )
        }

        static func scheme(_ session: PostgresSession) throws -> ScoringScheme? {
            guard
                let row = try session.rows(
                    """
                    SELECT scale_minimum, scale_maximum, anchors, overall_pass_mark, reserve_limit,
                        divergence_threshold, comment_at_ends
                    FROM profile_scoring WHERE id = 1
                    """
                ).first
            else { return nil }
            let (minimum, maximum, anchors, pass, reserve, divergence, comment) = try row.decode(
                (Int, Int, String, Double, Int?, Double, Bool).self)
            guard
                let scale = RatingScale(
                    minimum: minimum, maximum: maximum, anchors: StoredLists.strings(anchors))
            else { return nil }
            let criteria = try session.rows(
                "SELECT id, weight, pass_mark FROM profile_criteria ORDER BY position"
            ).map { row in
                let (id, weight, passMark) = try row.decode((String, Double, Double?).self)
                return ScoringScheme.CriterionRule(
                    id: CriterionID(id), weight: weight, passMark: passMark)
            }
            return ScoringScheme(
                criteria: criteria,
                rules: ScoringRules(
                    scale: scale, overallPassMark: pass, reserveListLimit: reserve,
                    divergenceThreshold: divergence, commentRequiredAtScaleEnds: comment))
        }

        static func writeProfile(_ profile: ProfileDocument, _ session: PostgresSession) throws {
            try session.execute(
                """
                INSERT INTO call_profile (id, toml, sha256, reference)
                VALUES (1, \(profile.toml), \(sha256Hex(profile.toml)), \(profile.reference))
                ON CONFLICT (id) DO UPDATE SET toml = excluded.toml, sha256 = excluded.sha256,
                    reference = excluded.reference
                """)
            try session.execute("DELETE FROM profile_criteria")
            for (position, (id, group)) in profile.criteria.enumerated() {
                let rule = profile.scheme?.rule(id)
                try session.execute(
                    """
                    INSERT INTO profile_criteria (id, grp, position, weight, pass_mark)
                    VALUES (\(id.rawValue), \(group.rawValue), \(Int32(position)), \(rule?.weight ?? 1), \(rule?.passMark))
                    """)
            }
            try session.execute("DELETE FROM profile_scoring")
            if let rules = profile.scheme?.rules {
                try session.execute(
                    """
                    INSERT INTO profile_scoring (id, scale_minimum, scale_maximum, anchors, overall_pass_mark,
                        reserve_limit, divergence_threshold, comment_at_ends)
                    VALUES (1, \(Int32(rules.scale.minimum)), \(Int32(rules.scale.maximum)),
                        \(JSONText.array(rules.scale.anchors)), \(rules.overallPassMark),
                        \(rules.reserveListLimit.map(Int32.init)), \(rules.divergenceThreshold),
                        \(rules.commentRequiredAtScaleEnds))
                    """)
            }
            try session.execute(
                """
                INSERT INTO meta (key, value) VALUES ('call_reference', \(profile.reference))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """)
        }

        /// The candidate columns the rules look at, in `CandidateColumns.candidate`'s order,
        /// without names, contact or birth date: the rules never read them, and in blind mode
        /// the server withholds them.
        static let reassessmentSelect = #"""
            SELECT c.application_id, c.cast_registration_id, '', '', c.nationalities, NULL::text,
                NULL::text, c.submitted_at, c.function_group, c.cast_profile, c.cast_status,
                c.education_level, c.education_years, c.degree_field, c.diploma_recognised,
                c.languages, c.military_service, c.years_experience, c.current_employer,
                c.invalid_fields, '', '', c.id
            FROM candidates c WHERE c.purged_at IS NULL ORDER BY c.id
            """#

        /// Checks every application again and writes the outcomes that changed, overrides
        /// applied, as SQLite's `reassessEligibility` does.
        static func reassessEligibility(
            _ engine: EligibilityEngine, _ session: PostgresSession, steps: WorkSteps = .unwatched,
            stages: Int = 1
        ) throws -> Reassessment {
            var overrides: [Int64: [EligibilityOverride]] = [:]
            for row in try session.rows("SELECT DISTINCT candidate_id FROM overrides") {
                let id = try row.decode(Int64.self)
                overrides[id] = try PostgresAssessmentRows.overrides(of: id, session)
            }
            var stored: [Int64: [String]] = [:]
            for row in try session.rows(
                #"SELECT candidate_id, nationality, military, education, languages, "cast", deadline, reasons, result FROM eligibility"#
            ) {
                let c = try row.decode(
                    (Int64, String, String, String, String, String, String, String, String).self)
                stored[c.0] = [c.1, c.2, c.3, c.4, c.5, c.6, c.7, c.8]
            }
            var summary = Reassessment()
            let rows = try session.rows(PostgresQuery(unsafeSQL: reassessmentSelect))
            for row in rows {
                // As on SQLite: a step every 4,096 applications, where Esc can stop it.
                if summary.assessed % 4096 == 0 {
                    try steps.step(.init(done: summary.assessed, total: rows.count, stages: stages))
                }
                // The id follows the candidate's columns, as `reassessmentSelect` lists them.
                let id = try row.makeRandomAccess()[PostgresCandidateColumns.candidateColumnCount]
                    .decode(Int64.self)
                let checks = engine.checks(try PostgresCandidateColumns.candidate(row))
                let prepared = AssessmentRows.Prepared(
                    ApplicationAssessment(checks: checks, evidence: []))
                let result =
                    overrides[id].map {
                        EligibilityAssessment(checks: checks, overrides: $0).result
                    } ?? prepared.computed
                summary.assessed += 1
                let now = prepared.results + [prepared.reasonsJSON, result.rawValue]
                guard stored[id] != now else { continue }
                let r = prepared.results
                try session.execute(
                    """
                    INSERT INTO eligibility (candidate_id, nationality, military, education, languages,
                        "cast", deadline, reasons, result)
                    VALUES (\(id), \(r[0]), \(r[1]), \(r[2]), \(r[3]), \(r[4]), \(r[5]),
                        \(prepared.reasonsJSON), \(result.rawValue))
                    ON CONFLICT (candidate_id) DO UPDATE SET nationality = excluded.nationality,
                        military = excluded.military, education = excluded.education,
                        languages = excluded.languages, "cast" = excluded."cast",
                        deadline = excluded.deadline, reasons = excluded.reasons, result = excluded.result
                    """)
                summary.rewritten += 1
                if stored[id]?.last != result.rawValue { summary.resultsChanged += 1 }
            }
            try steps.step(.init(done: summary.assessed, total: rows.count, stages: stages))
            return summary
        }

        /// Counts every CV's keyword evidence again under the profile's phrases.
        static func recountEvidence(
            _ matcher: EvidenceMatcher, _ session: PostgresSession, steps: WorkSteps = .unwatched
        ) throws {
            try session.execute("DELETE FROM evidence")
            let texts = try session.rows(
                "SELECT t.candidate_id, t.cv_text FROM candidate_texts t JOIN candidates c ON c.id = t.candidate_id WHERE c.purged_at IS NULL ORDER BY t.candidate_id"
            ).map { try $0.decode((Int64, String).self) }
            let counted = texts.parallelMap { item in (item.0, matcher.counts(in: item.1)) }
            for (done, (id, counts)) in counted.enumerated() {
                if done % 4096 == 0 {
                    try steps.step(.init(done: done, total: counted.count, stage: 1, stages: 2))
                }
                for (criterion, hits) in zip(matcher.criteria, counts) where hits > 0 {
                    try session.execute(
                        "INSERT INTO evidence (candidate_id, criterion, hits, phrases) VALUES (\(id), \(criterion.rawValue), \(Int32(clamping: hits)), '[]')"
                    )
                }
            }
            try steps.step(.init(done: counted.count, total: counted.count, stage: 1, stages: 2))
        }
    }
#endif
