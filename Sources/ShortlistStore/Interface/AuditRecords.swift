import ShortlistCore

/// The audit trail: read as the viewer may see it, its head, and the verification of its
/// chain.
public protocol AuditRecords: Sendable {
    func auditLog(candidate: ApplicationID?, by actor: Actor, limit: Int?) throws -> [AuditEntry]
    /// The trail across candidates as `shortlist audit log` filters it.
    func auditLog(filter: AuditFilter, by actor: Actor, limit: Int?, newest: Bool) throws
        -> [AuditEntry]
    func auditHead() throws -> DataState?
    func verifyAuditTrail(expectedHead: String?) throws -> AuditVerification
    /// The trail's head and the data's fingerprint, as an export records them.
    func dataState() throws -> DataState?
}

extension AuditRecords {
    public func auditLog(candidate: ApplicationID? = nil, by actor: Actor, limit: Int? = nil)
        throws -> [AuditEntry]
    {
        try auditLog(candidate: candidate, by: actor, limit: limit)
    }

    public func auditLog(
        filter: AuditFilter, by actor: Actor, limit: Int? = nil, newest: Bool = false
    ) throws -> [AuditEntry] {
        try auditLog(filter: filter, by: actor, limit: limit, newest: newest)
    }

    public func verifyAuditTrail(expectedHead: String? = nil) throws -> AuditVerification {
        try verifyAuditTrail(expectedHead: expectedHead)
    }
}
