#if Postgres
    import Foundation
    import ShortlistCore

    /// AuditRecords on PostgreSQL.
    extension PostgresStore: AuditRecords {
        public func auditLog(candidate: ApplicationID?, by actor: Actor, limit: Int?) throws
            -> [AuditEntry]
        {
            throw PostgresStore.unported("auditLog")
        }

        public func auditLog(filter: AuditFilter, by actor: Actor, limit: Int?, newest: Bool) throws
            -> [AuditEntry]
        {
            throw PostgresStore.unported("auditLog")
        }

        public func auditHead() throws -> DataState? {
            throw PostgresStore.unported("auditHead")
        }

        public func verifyAuditTrail(expectedHead: String?) throws -> AuditVerification {
            throw PostgresStore.unported("verifyAuditTrail")
        }

        public func dataState() throws -> DataState? {
            throw PostgresStore.unported("dataState")
        }
    }
#endif
