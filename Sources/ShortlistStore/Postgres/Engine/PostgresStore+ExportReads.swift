#if Postgres
    import Foundation
    import ShortlistCore

    /// ExportReads on PostgreSQL.
    extension PostgresStore: ExportReads {
        public func authoriseExport(by actor: Actor) throws {
            throw PostgresStore.unported("authoriseExport")
        }

        public func authoriseMemberMarksExport(by actor: Actor) throws {
            throw PostgresStore.unported("authoriseMemberMarksExport")
        }

        public func recordExport(_ record: ExportRecord, by actor: Actor) throws {
            throw PostgresStore.unported("recordExport")
        }

        public func forEachCandidateLine(_ body: (CandidateLine) throws -> Void) throws {
            throw PostgresStore.unported("forEachCandidateLine")
        }
    }
#endif
