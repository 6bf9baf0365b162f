import ShortlistCore

/// What exports read and record: the permission to export, every candidate's line, and the
/// audit record of an export written.
public protocol ExportReads: Sendable {
    func authoriseExport(by actor: Actor) throws
    func authoriseMemberMarksExport(by actor: Actor) throws
    func recordExport(_ record: ExportRecord, by actor: Actor) throws
    func forEachCandidateLine(_ body: (CandidateLine) throws -> Void) throws
}
