#if Postgres
    import Foundation
    import ShortlistCore

    /// EligibilityRecords on PostgreSQL.
    extension PostgresStore: EligibilityRecords {
        public func eligibility(of id: ApplicationID) throws -> EligibilityAssessment? {
            throw PostgresStore.unported("eligibility")
        }

        public func evidence(of id: ApplicationID) throws -> [CriterionEvidence] {
            throw PostgresStore.unported("evidence")
        }

        public func overrideEligibility(
            _ id: ApplicationID, rule: EligibilityRule, to decision: EligibilityOverride.Decision,
            reason: String, by actor: Actor
        ) throws {
            throw PostgresStore.unported("overrideEligibility")
        }

        public func withdrawOverride(
            _ id: ApplicationID, rule: EligibilityRule, reason: String, by actor: Actor
        ) throws {
            throw PostgresStore.unported("withdrawOverride")
        }

        public func overriddenApplications() throws -> Set<ApplicationID> {
            throw PostgresStore.unported("overriddenApplications")
        }

        public func forEachEligibility(_ body: (EligibilityLine) throws -> Void) throws {
            throw PostgresStore.unported("forEachEligibility")
        }

        public func eligibilityCounts() throws -> EligibilityCounts {
            throw PostgresStore.unported("eligibilityCounts")
        }

        public func storedProfile() throws -> StoredProfile? {
            throw PostgresStore.unported("storedProfile")
        }

        public func profileCriteria() throws -> [(CriterionID, CriterionGroup)] {
            throw PostgresStore.unported("profileCriteria")
        }

        public func scoringScheme() throws -> ScoringScheme? {
            throw PostgresStore.unported("scoringScheme")
        }

        @discardableResult
        public func replaceProfile(
            _ profile: ProfileDocument, assessor: ApplicationAssessor, recountEvidence: Bool,
            by actor: Actor
        ) throws -> Reassessment {
            throw PostgresStore.unported("replaceProfile")
        }

        public func gridAdoption() throws -> GridAdoption? {
            throw PostgresStore.unported("gridAdoption")
        }

        @discardableResult
        public func adoptGrid(by actor: Actor) throws -> GridAdoption {
            throw PostgresStore.unported("adoptGrid")
        }

        public func lockProfile(by actor: Actor) throws {
            throw PostgresStore.unported("lockProfile")
        }
    }
#endif
