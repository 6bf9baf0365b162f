#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// EligibilityRecords on PostgreSQL: the stored assessments and overrides, the call
    /// profile and its adoption. The server's grants give overrides to the chair alone and
    /// the profile to the chair and the secretary; the stored outcomes of a reassessment are
    /// the secretary's to write.
    extension PostgresStore: EligibilityRecords {
        public func eligibility(of id: ApplicationID) throws -> EligibilityAssessment? {
            try transaction { session in
                let rowID = try Self.rowID(of: id, session)
                guard let checks = try Self.checks(of: rowID, session) else { return nil }
                let assessment = EligibilityAssessment(
                    checks: checks,
                    overrides: try PostgresAssessmentRows.overrides(of: rowID, session))
                return try blinds(session) ? assessment.blinded() : assessment
            }
        }

        public func evidence(of id: ApplicationID) throws -> [CriterionEvidence] {
            try transaction { session in
                let rowID = try Self.rowID(of: id, session)
                return try session.rows(
                    #"SELECT criterion, hits, phrases FROM evidence WHERE candidate_id = \#(rowID) ORDER BY criterion COLLATE "C""#
                ).map { row in
                    let (criterion, hits, phrases) = try row.decode((String, Int, String).self)
                    return CriterionEvidence(
                        criterion: CriterionID(criterion), hits: hits,
                        phrases: StoredLists.strings(phrases))
                }
            }
        }

        public func overrideEligibility(
            _ id: ApplicationID, rule: EligibilityRule, to decision: EligibilityOverride.Decision,
            reason: String, by actor: Actor
        ) throws {
            try WriteRules.requireReason(reason, OverrideRules.needsReason)
            try transaction { session in
                try authorise(.overrideEligibility, actor, in: session)
                try Self.refuseIfFinal(session, "eligibility overrides")
                let rowID = try Self.rowID(of: id, session)
                let previous = try session.value(
                    "SELECT result FROM overrides WHERE candidate_id = \(rowID) AND rule = \(rule.rawValue)",
                    as: String.self)
                let computed = try Self.checks(of: rowID, session)?.first { $0.rule == rule }?
                    .result
                try session.execute(
                    """
                    INSERT INTO overrides (candidate_id, rule, result, reason, decided_by, decided_at)
                    VALUES (\(rowID), \(rule.rawValue), \(decision.rawValue), \(reason), \(actor.name), \(now()))
                    ON CONFLICT (candidate_id, rule) DO UPDATE SET result = excluded.result,
                        reason = excluded.reason, decided_by = excluded.decided_by,
                        decided_at = excluded.decided_at
                    """)
                try Self.refreshResult(of: rowID, session)
                let audit = PostgresAuditAppend(session)
                let (before, after) = OverrideRules.overrideTrail(
                    rule, previous: previous, computed: computed, to: decision, reason: reason,
                    audit)
                try audit.append(
                    action: "eligibility.override", object: id.rawValue, before: before,
                    after: after)
            }
        }

        public func withdrawOverride(
            _ id: ApplicationID, rule: EligibilityRule, reason: String, by actor: Actor
        ) throws {
            try transaction { session in
                try authorise(.overrideEligibility, actor, in: session)
                try Self.refuseIfFinal(session, "eligibility overrides")
                let rowID = try Self.rowID(of: id, session)
                guard
                    let previous = try session.value(
                        "SELECT result FROM overrides WHERE candidate_id = \(rowID) AND rule = \(rule.rawValue)",
                        as: String.self)
                else { throw OverrideRules.noOverride(id, rule) }
                try session.execute(
                    "DELETE FROM overrides WHERE candidate_id = \(rowID) AND rule = \(rule.rawValue)"
                )
                try Self.refreshResult(of: rowID, session)
                let audit = PostgresAuditAppend(session)
                let (before, after) = OverrideRules.withdrawalTrail(
                    rule, previous: previous, reason: reason, audit)
                try audit.append(
                    action: "eligibility.override-withdrawn", object: id.rawValue, before: before,
                    after: after)
            }
        }

        public func overriddenApplications() throws -> Set<ApplicationID> {
            try withSession { session in
                Set(
                    try session.rows(
                        "SELECT DISTINCT c.application_id FROM overrides o JOIN candidates c ON c.id = o.candidate_id"
                    ).map { ApplicationID(try $0.decode(String.self)) })
            }
        }

        /// Every application's eligibility in application-id order (bytewise, as SQLite), a
        /// page at a time. In blind mode the names are not asked for: the server withholds them.
        public func forEachEligibility(_ body: (EligibilityLine) throws -> Void) throws {
            try transaction { session in
                let blind = try blinds(session)
                var overrides: [Int64: [EligibilityOverride]] = [:]
                for row in try session.rows(
                    "SELECT candidate_id, rule, result, reason FROM overrides ORDER BY rule")
                {
                    let (id, rule, result, reason) = try row.decode(
                        (Int64, String, String, String).self)
                    guard let rule = EligibilityRule(rawValue: rule),
                        let decision = EligibilityOverride.Decision(rawValue: result)
                    else { continue }
                    overrides[id, default: []].append(
                        EligibilityOverride(rule, decision, reason: reason))
                }
                var last = ""
                var first = true
                while true {
                    let names: PostgresQuery =
                        blind
                        ? #"""
                        SELECT c.id, c.application_id, '', '', e.nationality, e.military, e.education,
                            e.languages, e."cast", e.deadline, e.reasons
                        FROM candidates c LEFT JOIN eligibility e ON e.candidate_id = c.id
                        WHERE \#(first) OR c.application_id COLLATE "C" > \#(last)
                        ORDER BY c.application_id COLLATE "C" LIMIT \#(Self.pageSize)
                        """#
                        : #"""
                        SELECT c.id, c.application_id, c.surname, c.given_names, e.nationality,
                            e.military, e.education, e.languages, e."cast", e.deadline, e.reasons
                        FROM candidates c LEFT JOIN eligibility e ON e.candidate_id = c.id
                        WHERE \#(first) OR c.application_id COLLATE "C" > \#(last)
                        ORDER BY c.application_id COLLATE "C" LIMIT \#(Self.pageSize)
                        """#
                    let rows = try session.rows(names)
                    for row in rows {
                        let columns = try row.decode(
                            (
                                Int64, String, String, String, String?, String?, String?, String?,
                                String?, String?, String?
                            ).self)
                        let applicationID = ApplicationID(columns.1)
                        let name =
                            blind
                            ? columns.1
                            : (columns.3.isEmpty ? columns.2 : "\(columns.2), \(columns.3)")
                        var assessment: EligibilityAssessment?
                        if let reasonsJSON = columns.10 {
                            let results = [
                                columns.4, columns.5, columns.6, columns.7, columns.8, columns.9,
                            ]
                            let assessed = EligibilityAssessment(
                                checks: Self.checks(results, reasonsJSON),
                                overrides: overrides[columns.0] ?? [])
                            assessment = blind ? assessed.blinded() : assessed
                        }
                        try body(
                            EligibilityLine(
                                applicationID: applicationID, name: name, assessment: assessment))
                        last = columns.1
                    }
                    first = false
                    if rows.count < Self.pageSize { return }
                }
            }
        }

        public func storedProfile() throws -> StoredProfile? {
            try withSession { session in
                try session.rows(
                    "SELECT toml, sha256, reference, locked_at, locked_by FROM call_profile"
                ).first.map { row in
                    let (toml, sha, reference, at, by) = try row.decode(
                        (String, String, String, String?, String?).self)
                    return StoredProfile(
                        toml: toml, sha256: sha, reference: reference, lockedAt: at, lockedBy: by)
                }
            }
        }

        public func profileCriteria() throws -> [(CriterionID, CriterionGroup)] {
            try withSession { session in try Self.criteria(session) }
        }

        public func scoringScheme() throws -> ScoringScheme? {
            try transaction { session in try Self.scheme(session) }
        }

        @discardableResult
        public func replaceProfile(
            _ profile: ProfileDocument, assessor: ApplicationAssessor, recountEvidence: Bool,
            steps: WorkSteps, by actor: Actor
        ) throws -> Reassessment {
            try transaction { session in
                try authorise(.editProfile, actor, in: session)
                if let locked = try session.value(
                    "SELECT locked_by FROM call_profile WHERE locked_at IS NOT NULL",
                    as: String?.self)
                {
                    throw StoreError.invalid(
                        "the panel's grid was adopted by \(locked ?? "?"); criteria, weights, scale and pass marks can no longer change"
                    )
                }
                let before = try session.value("SELECT sha256 FROM call_profile", as: String.self)
                try Self.writeProfile(profile, session)
                let reassessment = try Self.reassessEligibility(
                    assessor.engine, session, steps: steps, stages: recountEvidence ? 2 : 1)
                if recountEvidence {
                    try Self.recountEvidence(assessor.matcher, session, steps: steps)
                }
                try PostgresAuditAppend(session).append(
                    action: "profile.replace", before: before.map { ["sha256": $0] },
                    after: ["reference": profile.reference, "sha256": sha256Hex(profile.toml)]
                        .merging(reassessment.auditFields) { old, _ in old })
                // A stop asked for after the last step still rolls the whole replacement back.
                try steps.checkCancelled()
                return reassessment
            }
        }

        public func gridAdoption() throws -> GridAdoption? {
            try withSession { session in try Self.gridAdoption(session) }
        }

        @discardableResult
        public func adoptGrid(by actor: Actor) throws -> GridAdoption {
            try transaction { session in
                try authorise(.lockProfile, actor, in: session)
                guard
                    let sha = try session.value(
                        "SELECT sha256 FROM call_profile WHERE locked_at IS NULL", as: String.self)
                else {
                    if let adoption = try Self.gridAdoption(session) {
                        throw StoreError.invalid(
                            "the panel's grid was already adopted by \(adoption.by) at \(adoption.at); it can no longer change"
                        )
                    }
                    throw StoreError.invalid("this database has no call profile to adopt")
                }
                guard let scheme = try Self.scheme(session) else {
                    throw StoreError.invalid(
                        "the call profile has no scoring scheme to adopt (`shortlist profile replace FILE`)"
                    )
                }
                let grid = sha256Hex(
                    GridDigest.canonical(scheme, groups: try Self.criteria(session)))
                let at = now()
                try session.execute(
                    "UPDATE call_profile SET locked_at = \(at), locked_by = \(actor.name), grid_sha256 = \(grid)"
                )
                try PostgresAuditAppend(session).append(
                    action: "profile.adopt", after: ["grid_sha256": grid, "profile_sha256": sha])
                return GridAdoption(by: actor.name, at: at, gridSHA256: grid)
            }
        }

        public func lockProfile(by actor: Actor) throws {
            try adoptGrid(by: actor)
        }
    }
#endif
