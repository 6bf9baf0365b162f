#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// The interview scoring of invited candidates as the connected role may see it, read from
    /// the server: who is expected and who submitted from `score_progress()` (no marks), the
    /// cards and marks the row policies let through with plain SELECTs, and for the secretary
    /// and reviewers, who never SELECT a mark, the means of `combined_results()`. Nothing
    /// sealed is read and then dropped: the server never sends it.
    struct PostgresScoringData {
        struct Candidate {
            var rowID: Int64
            var applicationID: ApplicationID
            /// The cards the role may see (its own, and others' as sealing allows).
            var cards: [String: Scorecard]
            var state: ScoringState
            var excused: [String]
            var combinedVisible: Bool
            /// The means per criterion the server combined, for a role that reads no mark.
            var means: [CriterionID: Double]
        }

        /// Invited candidates still present (no outcome), by application id; `only` narrows them.
        static func load(
            _ session: PostgresSession, viewer: Actor, only ids: [ApplicationID]? = nil
        ) throws -> [ApplicationID: Candidate] {
            var candidates: [ApplicationID: Candidate] = [:]
            let progress: [PostgresRow]
            if let ids {
                progress = try session.rows(
                    """
                    SELECT c.id, p.application_id, p.expected, p.submitted
                    FROM score_progress() p JOIN candidates c ON c.application_id = p.application_id
                    WHERE p.application_id = ANY(\(ids.map(\.rawValue)))
                    """)
            } else {
                progress = try session.rows(
                    """
                    SELECT c.id, p.application_id, p.expected, p.submitted
                    FROM score_progress() p JOIN candidates c ON c.application_id = p.application_id
                    """)
            }
            for row in progress {
                let (rowID, id, expected, submitted) = try row.decode(
                    (Int64, String, [String], [String]).self)
                let applicationID = ApplicationID(id)
                candidates[applicationID] = Candidate(
                    rowID: rowID, applicationID: applicationID, cards: [:],
                    state: ScoringState(
                        expected: Set(expected), submitted: Set(submitted), conflicted: []),
                    excused: [], combinedVisible: false, means: [:])
            }
            guard !candidates.isEmpty else { return [:] }
            let rowIDs = candidates.values.map(\.rowID)
            let byRow = Dictionary(
                uniqueKeysWithValues: candidates.values.map { ($0.rowID, $0.applicationID) })
            for row in try session.rows(
                "SELECT candidate_id, member FROM conflicts WHERE candidate_id = ANY(\(rowIDs))")
            {
                let (rowID, member) = try row.decode((Int64, String).self)
                if let id = byRow[rowID] { candidates[id]?.state.conflicted.insert(member) }
            }
            for row in try session.rows(
                "SELECT candidate_id, member FROM excusals WHERE candidate_id = ANY(\(rowIDs)) ORDER BY member"
            ) {
                let (rowID, member) = try row.decode((Int64, String).self)
                if let id = byRow[rowID] { candidates[id]?.excused.append(member) }
            }
            // The row policies hand over only the cards this role may see.
            for row in try session.rows(
                "SELECT candidate_id, member, note, submitted_at FROM scorecards WHERE candidate_id = ANY(\(rowIDs))"
            ) {
                let (rowID, member, note, submittedAt) = try row.decode(
                    (Int64, String, String, String?).self)
                guard let id = byRow[rowID] else { continue }
                candidates[id]?.cards[member] = Scorecard(
                    member: member, note: note, submittedAt: submittedAt)
            }
            for row in try session.rows(
                "SELECT candidate_id, member, criterion, mark, comment FROM scorecard_marks WHERE candidate_id = ANY(\(rowIDs))"
            ) {
                let (rowID, member, criterion, mark, comment) = try row.decode(
                    (Int64, String, String, Int, String).self)
                guard let id = byRow[rowID] else { continue }
                candidates[id]?.cards[member]?.marks[CriterionID(criterion)] = mark
                if !comment.isEmpty {
                    candidates[id]?.cards[member]?.comments[CriterionID(criterion)] = comment
                }
            }
            let role = try session.value("SELECT my_role()", as: String?.self).flatMap { $0 }
                .flatMap(Role.init(rawValue:))
            for (id, data) in candidates {
                candidates[id]?.combinedVisible = Sealing.combinedVisible(
                    to: viewer.name, role: role, data.state)
            }
            if role != .chair && role != .member {
                for row in try session.rows(
                    "SELECT application_id, criterion, mean FROM combined_results()")
                {
                    let (id, criterion, mean) = try row.decode((String, String, Double).self)
                    candidates[ApplicationID(id)]?.means[CriterionID(criterion)] = mean
                }
            }
            return candidates
        }

        /// The combined result the role may see, or sealed: from the visible submitted cards of
        /// the members still expected, or (for a role that reads no mark) the server's means.
        static func result(_ data: Candidate, _ scheme: ScoringScheme, role: Role?)
            -> Sealed<CandidateResult>
        {
            guard data.combinedVisible else { return .sealed }
            if role == .chair || role == .member {
                let cards = data.cards.values.filter {
                    $0.isSubmitted && data.state.expected.contains($0.member)
                }.map(\.marks)
                return .visible(CandidateResult(cards: cards, scheme: scheme))
            }
            return .visible(CandidateResult(means: data.means, scheme: scheme))
        }
    }

    extension PostgresStore {
        /// The row of an invited candidate without an outcome (a no-show cannot be scored).
        static func invitedRowID(_ id: ApplicationID, _ session: PostgresSession) throws -> Int64 {
            let rowID = try rowID(of: id, session)
            guard
                let row = try session.rows(
                    "SELECT outcome, outcome_by FROM invitations WHERE candidate_id = \(rowID)"
                ).first
            else {
                throw ScorecardRules.notInvited(id)
            }
            let (outcome, by) = try row.decode((String?, String?).self)
            if let outcome {
                let text = InvitationOutcome(rawValue: outcome)?.text ?? outcome
                throw ScorecardRules.notScorable(id, text, recordedBy: by ?? "?")
            }
            return rowID
        }

        static func finalisation(_ session: PostgresSession) throws -> (at: String, by: String)? {
            try session.rows(
                "SELECT finalised_at, finalised_by FROM ranking_finalisation WHERE id = 1"
            ).first.map { try $0.decode((String, String).self) }
        }

    }
#endif
