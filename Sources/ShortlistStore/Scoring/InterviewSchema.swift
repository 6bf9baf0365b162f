import GRDB

/// Whether a database has the tables and columns of the interview-to-recruitment migrations
/// (v10–v13). A database from before them, opened read-only and so not migrated, reads as
/// having no slots, outcomes or checklists instead of failing on a missing column.
enum InterviewSchema {
    static func hasSlots(_ db: Database) throws -> Bool {
        try db.columns(in: "invitations").contains { $0.name == "slot_at" }
    }

    static func hasOutcomes(_ db: Database) throws -> Bool {
        try db.columns(in: "invitations").contains { $0.name == "outcome" }
    }

    static func hasChecklists(_ db: Database) throws -> Bool {
        try db.tableExists("recruitment_checks")
    }
}
