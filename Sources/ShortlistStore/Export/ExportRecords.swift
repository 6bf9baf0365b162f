import Foundation
import GRDB
import ShortlistCore

/// What one export wrote, as the audit trail records it: never a candidate's data, only what
/// was exported, in which format, to which file, and the SHA-256 of the bytes written.
public struct ExportRecord: Sendable, Equatable {
    /// `ranking`, `report` or `feedback`.
    public var kind: String
    public var format: String
    /// The file's name (or the folder's, for feedback sheets), without the rest of its path:
    /// a path can name a person's home folder.
    public var fileName: String
    /// SHA-256 of the output; for several files, of their names and hashes in name order.
    public var sha256: String
    public var files: Int
    public var options: [String: String]

    public init(
        kind: String, format: String, fileName: String, sha256: String, files: Int = 1,
        options: [String: String] = [:]
    ) {
        self.kind = kind
        self.format = format
        self.fileName = fileName
        self.sha256 = sha256
        self.files = files
        self.options = options
    }
}

/// The last change of the data that is not itself an export: what an export is "as of", so
/// that exporting twice gives the same bytes.
public struct DataState: Sendable, Equatable {
    /// Entries of the trail up to and including that change.
    public var seq: Int64
    public var headHash: String
    /// When it was made (UTC, `YYYY-MM-DDTHH:MM:SSZ`).
    public var at: String
}

extension SQLiteStore {
    /// Refuses anyone who may not export the ranking, report or feedback sheets (only the
    /// chair and the secretary may): asked before a byte is written, so a refusal leaves
    /// nothing behind. `recordExport` checks again in the transaction that records it.
    public func authoriseExport(by actor: Actor) throws {
        try read { db in try Authorisation.require(.exportResults, actor, db) }
    }

    /// Appends the export to the audit trail, checking the permission again.
    public func recordExport(_ record: ExportRecord, by actor: Actor) throws {
        var after = [
            "format": record.format, "file": record.fileName, "sha256": record.sha256,
        ]
        if record.files != 1 { after["files"] = String(record.files) }
        for (key, value) in record.options { after[key] = value }
        try audited(actor, .exportResults, action: "export.\(record.kind)") { _, _ in
            ((), nil, after)
        }
    }

    /// The last entry of the trail that is not an export; nil for an empty trail.
    public func dataState() throws -> DataState? {
        try read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT seq, hash, at FROM audit WHERE action NOT LIKE 'export.%'
                    ORDER BY seq DESC LIMIT 1
                    """
            ).map { DataState(seq: $0[0], headHash: $0[1], at: $0[2]) }
        }
    }

    /// Whether the database was made for a group (mode 0660): its exports are then shared
    /// with the same group.
    public func sharedGroup() -> gid_t? {
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & 0o060 != 0 else { return nil }
        return info.st_gid
    }
}

/// One application's name and eligibility result, as an export of every candidate lists it.
public struct CandidateLine: Sendable {
    public var applicationID: ApplicationID
    /// "Surname, Given names", or the application id in blind mode.
    public var name: String
    /// Overrides included; nil when never assessed.
    public var eligibility: EligibilityResult?
}

extension SQLiteStore {
    /// Every application in application-id order, one at a time, with the stored eligibility
    /// result that counts (overrides included): what a 100,000-row export needs and no more.
    public func forEachCandidateLine(_ body: (CandidateLine) throws -> Void) throws {
        try read { db in
            let blind = try blinds(db)
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT c.application_id, c.surname, c.given_names, e.result
                    FROM candidates c LEFT JOIN eligibility e ON e.candidate_id = c.id
                    ORDER BY c.application_id
                    """)
            while let row = try rows.next() {
                let id: String = row[0]
                let given: String = row[2]
                let name = blind ? id : (given.isEmpty ? row[1] : "\(row[1] as String), \(given)")
                try body(
                    CandidateLine(
                        applicationID: ApplicationID(id), name: name,
                        eligibility: (row[3] as String?).flatMap(EligibilityResult.init(rawValue:))
                    ))
            }
        }
    }
}

extension SQLiteStore {
    /// Individual members' marks leave the tool only in the chair's panel report, and only
    /// when asked for: the deliberations of the board are secret.
    public func authoriseMemberMarksExport(by actor: Actor) throws {
        try read { db in
            try Authorisation.require(.exportResults, actor, db)
            let role = try String.fetchOne(
                db, sql: "SELECT role FROM panel WHERE name = ? AND removed_at IS NULL",
                arguments: [actor.name])
            guard role == Role.chair.rawValue else {
                throw StoreError.invalid(
                    "\(actor.name) is \(role.map { "a \($0)" } ?? "not on the roster") and cannot export individual members' marks (--with-member-marks): only the chair can"
                )
            }
        }
    }
}
