#if Postgres
    import Foundation
    import ShortlistCore

    /// InterviewRecords on PostgreSQL.
    extension PostgresStore: InterviewRecords {
        public func invite(_ ids: [ApplicationID], by actor: Actor) throws {
            throw PostgresStore.unported("invite")
        }

        public func withdrawInvitation(_ ids: [ApplicationID], by actor: Actor) throws {
            throw PostgresStore.unported("withdrawInvitation")
        }

        public func invitedCandidates() throws -> [ApplicationID] {
            throw PostgresStore.unported("invitedCandidates")
        }

        public func eligibleApplicationIDs(limit: Int) throws -> [ApplicationID] {
            throw PostgresStore.unported("eligibleApplicationIDs")
        }

        @discardableResult
        public func scheduleInterview(
            _ id: ApplicationID, _ slot: InterviewSlot, force: Bool, by actor: Actor
        ) throws -> [String] {
            throw PostgresStore.unported("scheduleInterview")
        }

        public func interviewSlots() throws -> [ApplicationID: InterviewSlot] {
            throw PostgresStore.unported("interviewSlots")
        }

        public func recordOutcome(
            _ id: ApplicationID, _ outcome: InvitationOutcome, reason: String, by actor: Actor
        ) throws {
            throw PostgresStore.unported("recordOutcome")
        }

        public func clearOutcome(_ id: ApplicationID, by actor: Actor) throws {
            throw PostgresStore.unported("clearOutcome")
        }

        public func invitationOutcomes() throws -> [ApplicationID: InvitationOutcomeRecord] {
            throw PostgresStore.unported("invitationOutcomes")
        }

        public func setRecruitmentChecks(
            _ id: ApplicationID, _ settings: [(RecruitmentItem, Bool)], by actor: Actor
        ) throws {
            throw PostgresStore.unported("setRecruitmentChecks")
        }

        public func recruitmentChecklist(_ id: ApplicationID) throws -> [RecruitmentCheck] {
            throw PostgresStore.unported("recruitmentChecklist")
        }

        public func recruitmentMissing() throws -> [ApplicationID: [RecruitmentItem]] {
            throw PostgresStore.unported("recruitmentMissing")
        }

        public func letterTemplate() throws -> String? {
            throw PostgresStore.unported("letterTemplate")
        }

        public func setLetterTemplate(_ text: String?, by actor: Actor) throws {
            throw PostgresStore.unported("setLetterTemplate")
        }

        public func candidateScoring(_ id: ApplicationID, for viewer: Actor) throws
            -> CandidateScoring
        {
            throw PostgresStore.unported("candidateScoring")
        }

        public func scoreProgress(of ids: [ApplicationID], for viewer: Actor) throws
            -> [ApplicationID: ScoreProgress]
        {
            throw PostgresStore.unported("scoreProgress")
        }

        public func setMarks(
            _ id: ApplicationID, marks: [CriterionID: Int], cleared: Set<CriterionID>,
            comments: [CriterionID: String], note: String?, by actor: Actor
        ) throws {
            throw PostgresStore.unported("setMarks")
        }

        public func submitScorecard(_ id: ApplicationID, by actor: Actor) throws {
            throw PostgresStore.unported("submitScorecard")
        }

        public func reopenScorecard(
            _ id: ApplicationID, member: String, reason: String, by actor: Actor
        )
            throws
        {
            throw PostgresStore.unported("reopenScorecard")
        }

        public func excuse(member: String, from id: ApplicationID, reason: String, by actor: Actor)
            throws
        {
            throw PostgresStore.unported("excuse")
        }

        public func withdrawExcuse(
            member: String, from id: ApplicationID, reason: String, by actor: Actor
        )
            throws
        {
            throw PostgresStore.unported("withdrawExcuse")
        }

        public func excusedMembers(of id: ApplicationID) throws -> [String] {
            throw PostgresStore.unported("excusedMembers")
        }
    }
#endif
