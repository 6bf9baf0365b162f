#if Postgres
    import Foundation
    import ShortlistCore

    /// InterviewRecords on PostgreSQL: cards written by their authors under the server's row
    /// policies, read as those policies let them through; the chair's writes on others' cards
    /// through the schema's definer functions (`reopen_scorecard`, `excuse_member`).
    extension PostgresStore: InterviewRecords {
        public func invite(_ ids: [ApplicationID], by actor: Actor) throws {
            try audited(
                actor, .invite, action: "invitation.add", object: InvitationRules.object(ids)
            ) { session, _ in
                try Self.refuseIfFinal(session, "invitations")
                let rows = try InvitationRules.eligibleRows(
                    ids,
                    verdict: { id in
                        let rowID = try Self.rowID(of: id, session)
                        let result = try session.value(
                            "SELECT result FROM eligibility WHERE candidate_id = \(rowID)",
                            as: String.self)
                        return (rowID, result)
                    }, why: { _ in "" })
                let by = actor.name
                for rowID in rows {
                    try session.execute(
                        """
                        INSERT INTO invitations (candidate_id, invited_by, invited_at)
                        VALUES (\(rowID), \(by), \(unescaped: Self.serverNow)) ON CONFLICT DO NOTHING
                        """)
                }
                return ((), nil, InvitationRules.invitedTrail(ids))
            }
        }

        public func withdrawInvitation(_ ids: [ApplicationID], by actor: Actor) throws {
            // Another member's draft is sealed from the chair and the secretary: it stays, unread
            // and no longer expected (nothing counts a card of a candidate not invited).
            try audited(
                actor, .invite, action: "invitation.withdraw", object: InvitationRules.object(ids)
            ) { session, _ in
                try Self.refuseIfFinal(session, "invitations")
                for id in ids {
                    let rowID = try Self.rowID(of: id, session)
                    let submitted =
                        try session.value(
                            "SELECT cardinality(submitted) FROM score_progress() WHERE application_id = \(id.rawValue)",
                            as: Int.self) ?? 0
                    if submitted > 0 { throw InvitationRules.hasSubmittedCards(id) }
                    try session.execute("DELETE FROM invitations WHERE candidate_id = \(rowID)")
                }
                return ((), InvitationRules.invitedTrail(ids), nil)
            }
        }

        public func invitedCandidates() throws -> [ApplicationID] {
            try withSession { session in
                try session.rows(
                    "SELECT c.application_id FROM invitations i JOIN candidates c ON c.id = i.candidate_id ORDER BY c.application_id"
                ).map { ApplicationID(try $0.decode(String.self)) }
            }
        }

        public func eligibleApplicationIDs(limit: Int) throws -> [ApplicationID] {
            try withSession { session in
                try session.rows(
                    """
                    SELECT c.application_id FROM eligibility e JOIN candidates c ON c.id = e.candidate_id
                    WHERE e.result = 'eligible' ORDER BY c.application_id LIMIT \(limit)
                    """
                ).map { ApplicationID(try $0.decode(String.self)) }
            }
        }

        @discardableResult
        public func scheduleInterview(
            _ id: ApplicationID, _ slot: InterviewSlot, force: Bool, by actor: Actor
        ) throws -> [String] {
            try audited(actor, .invite, action: "invitation.slot", object: id.rawValue) {
                session, audit in
                try Self.refuseIfFinal(session, "invitations")
                let rowID = try Self.rowID(of: id, session)
                let was = try session.rows(
                    "SELECT slot_at, slot_place, slot_languages FROM invitations WHERE candidate_id = \(rowID)"
                ).first.map { try $0.decode((String?, String?, String?).self) }
                if was == nil {
                    let result = try session.value(
                        "SELECT result FROM eligibility WHERE candidate_id = \(rowID)",
                        as: String.self)
                    guard result == EligibilityResult.eligible.rawValue else {
                        throw InvitationRules.refusedOne(
                            InvitationRules.uninvitable(id, result, why: ""))
                    }
                    let by = actor.name
                    try session.execute(
                        """
                        INSERT INTO invitations (candidate_id, invited_by, invited_at)
                        VALUES (\(rowID), \(by), \(unescaped: Self.serverNow))
                        """)
                }
                let epoch = Int64(slot.time.secondsSinceEpoch)
                let others = try session.rows(
                    """
                    SELECT c.application_id FROM invitations i JOIN candidates c ON c.id = i.candidate_id
                    WHERE i.slot_epoch = \(epoch) AND i.candidate_id <> \(rowID) ORDER BY c.application_id
                    """
                ).map { try $0.decode(String.self) }
                if !others.isEmpty, !force { throw InvitationRules.slotTaken(slot, by: others) }
                let (at, place, languages) = (
                    slot.time.description, slot.place, slot.languageList
                )
                try session.execute(
                    """
                    UPDATE invitations SET slot_at = \(at), slot_epoch = \(epoch), slot_place = \(place),
                      slot_languages = \(languages) WHERE candidate_id = \(rowID)
                    """)
                let warnings = try session.rows(
                    """
                    SELECT k.member, c.application_id FROM conflicts k
                    JOIN candidates c ON c.id = k.candidate_id
                    JOIN invitations i ON i.candidate_id = k.candidate_id
                    WHERE i.slot_epoch = \(epoch) ORDER BY k.member, c.application_id
                    """
                ).map { row in
                    let (member, application) = try row.decode((String, String).self)
                    return InvitationRules.conflictWarning(member, application, slot)
                }
                let (before, after) = InvitationRules.slotTrail(
                    was: was.flatMap {
                        InterviewSlot(storedAt: $0.0, place: $0.1, languages: $0.2)
                    },
                    now: slot, audit)
                return (warnings, before, after)
            }
        }

        public func interviewSlots() throws -> [ApplicationID: InterviewSlot] {
            try withSession { session in
                var slots: [ApplicationID: InterviewSlot] = [:]
                for row in try session.rows(
                    """
                    SELECT c.application_id, i.slot_at, i.slot_place, i.slot_languages
                    FROM invitations i JOIN candidates c ON c.id = i.candidate_id
                    WHERE i.slot_at IS NOT NULL
                    """)
                {
                    let (id, at, place, languages) = try row.decode(
                        (String, String?, String?, String?).self)
                    if let slot = InterviewSlot(storedAt: at, place: place, languages: languages) {
                        slots[ApplicationID(id)] = slot
                    }
                }
                return slots
            }
        }

        public func recordOutcome(
            _ id: ApplicationID, _ outcome: InvitationOutcome, reason: String, by actor: Actor
        ) throws {
            let reason = try InvitationRules.outcomeReason(reason, for: outcome)
            try audited(actor, .invite, action: outcome.auditAction, object: id.rawValue) {
                session, audit in
                try Self.refuseIfFinal(session, "no-shows and withdrawals")
                let rowID = try Self.rowID(of: id, session)
                let was = try Self.outcome(rowID, session)
                let (raw, by) = (outcome.rawValue, actor.name)
                let changed = try session.rows(
                    """
                    UPDATE invitations SET outcome = \(raw), outcome_reason = \(reason),
                      outcome_by = \(by), outcome_at = \(unescaped: Self.serverNow)
                    WHERE candidate_id = \(rowID) RETURNING candidate_id
                    """)
                guard changed.count == 1 else { throw InvitationRules.notInvited(id) }
                let (before, after) = InvitationRules.outcomeTrail(
                    was: was, now: outcome, reason: reason, audit)
                return ((), before, after)
            }
        }

        public func clearOutcome(_ id: ApplicationID, by actor: Actor) throws {
            try audited(actor, .invite, action: "invitation.attended", object: id.rawValue) {
                session, _ in
                try Self.refuseIfFinal(session, "no-shows and withdrawals")
                let rowID = try Self.rowID(of: id, session)
                guard let was = try Self.outcome(rowID, session) else {
                    throw InvitationRules.noOutcome(id)
                }
                try session.execute(
                    """
                    UPDATE invitations SET outcome = NULL, outcome_reason = NULL, outcome_by = NULL,
                      outcome_at = NULL WHERE candidate_id = \(rowID)
                    """)
                let (before, after) = InvitationRules.attendedTrail(was: was)
                return ((), before, after)
            }
        }

        public func invitationOutcomes() throws -> [ApplicationID: InvitationOutcomeRecord] {
            try withSession { session in
                var found: [ApplicationID: InvitationOutcomeRecord] = [:]
                for row in try session.rows(
                    """
                    SELECT c.application_id, i.outcome, i.outcome_reason, i.outcome_by, i.outcome_at
                    FROM invitations i JOIN candidates c ON c.id = i.candidate_id
                    WHERE i.outcome IS NOT NULL
                    """)
                {
                    let (id, outcome, reason, by, at) = try row.decode(
                        (String, String, String?, String?, String?).self)
                    if let record = InvitationOutcomeRecord(
                        stored: outcome, reason: reason, by: by, at: at)
                    {
                        found[ApplicationID(id)] = record
                    }
                }
                return found
            }
        }

        public func setRecruitmentChecks(
            _ id: ApplicationID, _ settings: [(RecruitmentItem, Bool)], by actor: Actor
        ) throws {
            guard !settings.isEmpty else { throw InvitationRules.noChecks }
            try audited(actor, .invite, action: "recruitment.check", object: id.rawValue) {
                session, _ in
                let rowID = try Self.rowID(of: id, session)
                guard
                    !(try session.rows("SELECT 1 FROM invitations WHERE candidate_id = \(rowID)")
                        .isEmpty)
                else {
                    throw InvitationRules.checklistNotInvited(id)
                }
                var before: [String: String] = [:]
                var after: [String: String] = [:]
                let by = actor.name
                for (item, met) in settings {
                    let key = item.rawValue
                    if let was = try session.value(
                        "SELECT met FROM recruitment_checks WHERE candidate_id = \(rowID) AND item = \(key)",
                        as: Bool.self)
                    {
                        before[key] = InvitationRules.word(was)
                    }
                    after[key] = InvitationRules.word(met)
                    try session.execute(
                        """
                        INSERT INTO recruitment_checks (candidate_id, item, met, recorded_by, recorded_at)
                        VALUES (\(rowID), \(key), \(met), \(by), \(unescaped: Self.serverNow))
                        ON CONFLICT (candidate_id, item) DO UPDATE SET met = excluded.met,
                          recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                        """)
                }
                return ((), before.isEmpty ? nil : before, after)
            }
        }

        public func recruitmentChecklist(_ id: ApplicationID) throws -> [RecruitmentCheck] {
            try withSession { session in
                let rowID = try Self.rowID(of: id, session)
                return try session.rows(
                    "SELECT item, met, recorded_by, recorded_at FROM recruitment_checks WHERE candidate_id = \(rowID)"
                ).compactMap { row in
                    let (item, met, by, at) = try row.decode((String, Bool, String, String).self)
                    return RecruitmentItem(rawValue: item).map {
                        RecruitmentCheck(item: $0, met: met, recordedBy: by, recordedAt: at)
                    }
                }.sorted { $0.item < $1.item }
            }
        }

        public func recruitmentMissing() throws -> [ApplicationID: [RecruitmentItem]] {
            let met = try withSession { session in
                var met: [ApplicationID: Set<RecruitmentItem>] = [:]
                for row in try session.rows(
                    """
                    SELECT c.application_id, r.item FROM invitations i
                    JOIN candidates c ON c.id = i.candidate_id
                    LEFT JOIN recruitment_checks r ON r.candidate_id = i.candidate_id AND r.met
                    """)
                {
                    let (id, item) = try row.decode((String, String?).self)
                    met[ApplicationID(id), default: []].formUnion(
                        [item.flatMap(RecruitmentItem.init)].compactMap { $0 })
                }
                return met
            }
            return met.mapValues { done in RecruitmentItem.allCases.filter { !done.contains($0) } }
        }

        public func letterTemplate() throws -> String? {
            try withSession { session in
                try session.value("SELECT text FROM letter_template WHERE id = 1", as: String.self)
            }
        }

        public func setLetterTemplate(_ text: String?, by actor: Actor) throws {
            try audited(actor, .invite, action: "invitation.template") { session, audit in
                let was = try session.value(
                    "SELECT text FROM letter_template WHERE id = 1", as: String.self)
                if let text {
                    let by = actor.name
                    try session.execute(
                        """
                        INSERT INTO letter_template (id, text, changed_by, changed_at)
                        VALUES (1, \(text), \(by), \(unescaped: Self.serverNow))
                        ON CONFLICT (id) DO UPDATE SET text = excluded.text,
                          changed_by = excluded.changed_by, changed_at = excluded.changed_at
                        """)
                } else {
                    try session.execute("DELETE FROM letter_template")
                }
                return (
                    (), was.map { ["text": audit.digest($0)] },
                    ["text": text.map { audit.digest($0) } ?? "built-in"]
                )
            }
        }

        public func candidateScoring(_ id: ApplicationID, for viewer: Actor) throws
            -> CandidateScoring
        {
            try transaction { session in
                let rowID = try Self.rowID(of: id, session)
                let conflicted =
                    !(try session.rows(
                        "SELECT 1 FROM conflicts WHERE member = \(viewer.name) AND candidate_id = \(rowID)"
                    ).isEmpty)
                guard let scheme = try Self.scheme(session),
                    let data = try PostgresScoringData.load(session, viewer: viewer, only: [id])[id]
                else {
                    return CandidateScoring(
                        applicationID: id, invited: false, own: nil, others: [], result: .sealed,
                        expected: [], submitted: [], excused: [], viewerIsConflicted: conflicted)
                }
                let others = data.cards.values.filter { $0.member != viewer.name }
                    .sorted { $0.member < $1.member }
                return CandidateScoring(
                    applicationID: id, invited: true,
                    own: conflicted ? nil : data.cards[viewer.name], others: others,
                    result: PostgresScoringData.result(data, scheme, role: viewer.role),
                    expected: data.state.expected.sorted(),
                    submitted: data.state.submittedExpected.sorted(),
                    excused: data.excused.sorted(), viewerIsConflicted: conflicted)
            }
        }

        public func scoreProgress(of ids: [ApplicationID], for viewer: Actor) throws
            -> [ApplicationID: ScoreProgress]
        {
            guard !ids.isEmpty else { return [:] }
            return try transaction { session in
                guard let scheme = try Self.scheme(session) else { return [:] }
                var progress: [ApplicationID: ScoreProgress] = [:]
                for data in try PostgresScoringData.load(session, viewer: viewer, only: ids).values
                {
                    progress[data.applicationID] = ScoreProgress(
                        applicationID: data.applicationID, isComplete: data.state.isComplete,
                        submittedCount: data.state.submittedExpected.count,
                        expectedCount: data.state.expected.count,
                        result: PostgresScoringData.result(data, scheme, role: viewer.role))
                }
                return progress
            }
        }

        public func setMarks(
            _ id: ApplicationID, marks: [CriterionID: Int], cleared: Set<CriterionID>,
            comments: [CriterionID: String], note: String?, by actor: Actor
        ) throws {
            try audited(actor, .score, action: "score.set", object: id.rawValue) {
                session, audit in
                let (rowID, scheme) = try Self.openCard(id, for: actor, session)
                try ScorecardRules.checkCriteria(
                    marks: marks, cleared: cleared, comments: comments, in: scheme)
                let old = try Self.cardMarks(rowID, actor.name, session)
                let member = actor.name
                // The row policy lets the author alone write, and only while the card is a draft.
                try session.execute(
                    """
                    INSERT INTO scorecards (candidate_id, member, note, updated_at)
                    VALUES (\(rowID), \(member), \(note ?? ""), \(unescaped: Self.serverNow))
                    ON CONFLICT (candidate_id, member) DO UPDATE SET updated_at = excluded.updated_at,
                        note = COALESCE(\(note), scorecards.note)
                    """)
                let edit = try ScorecardEdit(
                    marks: marks, cleared: cleared, comments: comments, note: note, old: old, audit)
                for (criterion, mark) in edit.marks {
                    try session.execute(
                        """
                        INSERT INTO scorecard_marks (candidate_id, member, criterion, mark)
                        VALUES (\(rowID), \(member), \(criterion.rawValue), \(mark))
                        ON CONFLICT (candidate_id, member, criterion) DO UPDATE SET mark = excluded.mark
                        """)
                }
                for criterion in edit.cleared {
                    try session.execute(
                        """
                        DELETE FROM scorecard_marks WHERE candidate_id = \(rowID) AND member = \(member)
                          AND criterion = \(criterion.rawValue)
                        """)
                }
                for (criterion, comment) in edit.comments {
                    try session.execute(
                        """
                        UPDATE scorecard_marks SET comment = \(comment) WHERE candidate_id = \(rowID)
                          AND member = \(member) AND criterion = \(criterion.rawValue)
                        """)
                }
                return ((), edit.trailBefore, edit.after)
            }
        }

        public func submitScorecard(_ id: ApplicationID, by actor: Actor) throws {
            try audited(actor, .score, action: "score.submit", object: id.rawValue) {
                session, audit in
                let (rowID, scheme) = try Self.openCard(id, for: actor, session)
                let marks = try Self.cardMarks(rowID, actor.name, session)
                try ScorecardRules.checkSubmittable(id, marks, in: scheme)
                let member = actor.name
                try session.execute(
                    """
                    UPDATE scorecards SET submitted_at = \(unescaped: Self.serverNow), updated_at = \(unescaped: Self.serverNow)
                    WHERE candidate_id = \(rowID) AND member = \(member)
                    """)
                return ((), nil, ScorecardRules.submittedTrail(marks, audit))
            }
        }

        public func reopenScorecard(
            _ id: ApplicationID, member: String, reason: String, by actor: Actor
        )
            throws
        {
            try WriteRules.requireReason(
                reason, ScorecardRules.reopenNeedsReason)
            try audited(actor, .reopenScorecard, action: "score.reopen", object: id.rawValue) {
                session, audit in
                try Self.refuseIfFinal(session, "scorecards")
                let rowID = try Self.rowID(of: id, session)
                let submitted =
                    try session.value(
                        "SELECT \(member) = ANY(submitted) FROM score_progress() WHERE application_id = \(id.rawValue)",
                        as: Bool.self) ?? false
                guard submitted else { throw ScorecardRules.notSubmitted(member, id) }
                // The author's row: the row policy keeps everyone else out, the chair's function
                // checks the caller is the chair.
                try session.execute("SELECT reopen_scorecard(\(rowID), \(member))")
                let (before, after) = ScorecardRules.reopenTrail(member, reason: reason, audit)
                return ((), before, after)
            }
        }

        public func excuse(member: String, from id: ApplicationID, reason: String, by actor: Actor)
            throws
        {
            try WriteRules.requireReason(reason, ScorecardRules.excuseNeedsReason)
            try audited(actor, .excuseMember, action: "score.excuse", object: id.rawValue) {
                session, audit in
                try Self.refuseIfFinal(session, "scorecards")
                let rowID = try Self.invitedRowID(id, session)
                let role = try session.value(
                    "SELECT role FROM panel WHERE name = \(member) AND removed_at IS NULL",
                    as: String.self)
                guard ScorecardRules.scores(role) else {
                    throw ScorecardRules.notScoringMember(member)
                }
                let submitted =
                    try session.value(
                        "SELECT \(member) = ANY(submitted) FROM score_progress() WHERE application_id = \(id.rawValue)",
                        as: Bool.self) ?? false
                if submitted { throw ScorecardRules.alreadySubmitted(member, id) }
                try session.execute("SELECT excuse_member(\(rowID), \(member), \(reason))")
                return ((), nil, ["member": member, "reason": audit.digest(reason: reason)])
            }
        }

        public func withdrawExcuse(
            member: String, from id: ApplicationID, reason: String, by actor: Actor
        )
            throws
        {
            try WriteRules.requireReason(
                reason, ScorecardRules.withdrawExcuseNeedsReason)
            try audited(
                actor, .excuseMember, action: "score.excuse-withdraw", object: id.rawValue
            ) { session, audit in
                try Self.refuseIfFinal(session, "scorecards")
                let rowID = try Self.invitedRowID(id, session)
                let removed = try session.rows(
                    "DELETE FROM excusals WHERE candidate_id = \(rowID) AND member = \(member) RETURNING member"
                )
                guard !removed.isEmpty else { throw ScorecardRules.notExcused(member, id) }
                let (before, after) = ScorecardRules.excuseWithdrawnTrail(
                    member, reason: reason, audit)
                return ((), before, after)
            }
        }

        public func excusedMembers(of id: ApplicationID) throws -> [String] {
            try withSession { session in
                let rowID = try Self.rowID(of: id, session)
                return try session.rows(
                    "SELECT member FROM excusals WHERE candidate_id = \(rowID) ORDER BY member"
                ).map { try $0.decode(String.self) }
            }
        }
    }

    extension PostgresStore {
        /// The server's time as SQL, written as the trail writes it: one clock for every
        /// member's machine.
        static let serverNow =
            #"to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#

        /// The row of an invited candidate whose card the actor may still change, and the scheme.
        static func openCard(_ id: ApplicationID, for actor: Actor, _ session: PostgresSession)
            throws -> (Int64, ScoringScheme)
        {
            try refuseIfFinal(session, "scorecards")
            try requireOpenRound(actor, "score", session)
            guard let scheme = try scheme(session) else { throw ScorecardRules.noScheme }
            let rowID = try invitedRowID(id, session)
            let member = actor.name
            if !(try session.rows(
                "SELECT 1 FROM conflicts WHERE member = \(member) AND candidate_id = \(rowID)"
            ).isEmpty) {
                throw ScorecardRules.conflicted(member, id, cannot: "score")
            }
            if !(try session.rows(
                "SELECT 1 FROM excusals WHERE candidate_id = \(rowID) AND member = \(member)"
            ).isEmpty) {
                throw ScorecardRules.excused(member, id)
            }
            if try session.value(
                "SELECT submitted_at FROM scorecards WHERE candidate_id = \(rowID) AND member = \(member)",
                as: String?.self
            ).flatMap({ $0 }) != nil {
                throw ScorecardRules.locked(member, id)
            }
            return (rowID, scheme)
        }

        static func outcome(_ rowID: Int64, _ session: PostgresSession) throws
            -> InvitationOutcomeRecord?
        {
            guard
                let row = try session.rows(
                    "SELECT outcome, outcome_reason, outcome_by, outcome_at FROM invitations WHERE candidate_id = \(rowID)"
                ).first
            else { return nil }
            let (outcome, reason, by, at) = try row.decode(
                (String?, String?, String?, String?).self)
            return InvitationOutcomeRecord(stored: outcome, reason: reason, by: by, at: at)
        }

        /// The acting member's own marks and comments (the row policy shows them their own).
        static func cardMarks(_ rowID: Int64, _ member: String, _ session: PostgresSession) throws
            -> CardMarks
        {
            var marks: CardMarks = [:]
            for row in try session.rows(
                "SELECT criterion, mark, comment FROM scorecard_marks WHERE candidate_id = \(rowID) AND member = \(member)"
            ) {
                let (criterion, mark, comment) = try row.decode((String, Int, String).self)
                marks[CriterionID(criterion)] = (mark, comment)
            }
            return marks
        }
    }
#endif
