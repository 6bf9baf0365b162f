import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
    /// The applications with at least one eligibility rule overridden by the chair, so that a
    /// list can mark their result as a decision rather than what the data gave. Overrides are
    /// few (each one a written decision of the chair), so the whole set is small.
    public func overriddenApplications() throws -> Set<ApplicationID> {
        try read { db in
            Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT c.application_id FROM overrides o
                        JOIN candidates c ON c.id = o.candidate_id
                        """
                ).map(ApplicationID.init(rawValue:)))
        }
    }
}
