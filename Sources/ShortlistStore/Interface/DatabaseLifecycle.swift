import Foundation
import ShortlistCore

/// The life of a database once open: where it is, whether it may be written, what it says of
/// itself, erasure, and closing. Opening and creating are the engine's (`DatabaseEngine`).
public protocol DatabaseLifecycle: Sendable {
    var location: DatabaseLocation { get }
    var isReadOnly: Bool { get }
    /// Where the store's timestamps come from; tests and reproducible exports replace it.
    var clock: @Sendable () -> Date { get }
    /// Values the database keeps about itself: format, database id, creation time, call.
    func metadata() throws -> [String: String]
    /// Notes how a demo database was generated, so that `demo` can reuse it.
    func recordDemoParameters(count: Int, seed: UInt64) throws
    /// Erases applications and everything attached to them, leaving no trace of their data.
    @discardableResult
    func purge(_ ids: [ApplicationID], reason: String, by actor: Actor) throws -> Int
    @discardableResult
    func purge(submittedBefore date: Timestamp, reason: String, by actor: Actor) throws -> Int
    /// Finishes every write and lets go of the database.
    func close() throws
}

/// Everything a panel's database does, whatever the engine: what the interface, the exchange
/// formats and the command line hold.
public typealias PanelDatabase = CandidatePaging & CandidateFiltering & EligibilityRecords
    & ScreeningRecords & InterviewRecords & RankingRecords & NoteRecords & AuditRecords
    & RosterRecords & BulkLoading & ExportReads & ChangeReporting & DatabaseLifecycle
