import Foundation
import GRDB
import ShortlistCore

extension Store {
    /// The id that copies of one database share: the origin's id in the origin and in every
    /// copy checked out from it.
    public func notesFamilyID() throws -> String {
        try read { db in try Self.familyID(db) }
    }

    static func familyID(_ db: Database) throws -> String {
        let rows = try Row.fetchAll(
            db, sql: "SELECT key, value FROM meta WHERE key IN ('database_id', 'copy_of')")
        let meta = Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0[1] as String) })
        return meta["copy_of"] ?? meta["database_id"] ?? ""
    }

    /// The database this one is a copy of, if it is one.
    public func copyOrigin() throws -> String? {
        try metadata()["copy_of"]
    }

    /// The notes to take to another copy: versions written by `author` (everyone's when nil)
    /// at or after `since`. Anyone may export their own; everyone's, or another person's, only
    /// those who may merge (the chair and the secretary). Audited.
    public func exportNotes(author: String?, since: Timestamp?, by actor: Actor) throws
        -> NoteBundle
    {
        let permission: PanelAction = author == actor.name ? .exportOwnNotes : .mergeNotes
        return try audited(actor, permission, action: "notes.export") { db, _ in
            var conditions: [String] = []
            var arguments: [String] = []
            if let author {
                conditions.append("author = ?")
                arguments.append(author)
            }
            if let since {
                // Stored times are UTC text, which sorts as time does.
                conditions.append("at >= ?")
                arguments.append(Timestamp(secondsSinceEpoch: since.secondsSinceEpoch).description)
            }
            let versions = try Self.versions(
                db, where: conditions.isEmpty ? "1" : conditions.joined(separator: " AND "),
                arguments
            ).sorted { ($0.counter, $0.versionID) < ($1.counter, $1.versionID) }
            let bundle = NoteBundle(
                originDatabaseID: try Self.familyID(db),
                exportedFrom: try String.fetchOne(
                    db, sql: "SELECT value FROM meta WHERE key = 'database_id'") ?? "",
                exportedBy: actor.name, exportedAt: now(), versions: versions)
            var after = ["versions": String(versions.count)]
            if let author { after["author"] = author }
            if let since { after["since"] = since.description }
            return (bundle, nil, after)
        }
    }

    /// Every note version of this database as a bundle, for merging a whole copy: reading a
    /// file one can open needs no role (the merge into the destination checks one).
    public func notesOfCopy() throws -> NoteBundle {
        try read { db in
            NoteBundle(
                originDatabaseID: try Self.familyID(db),
                exportedFrom: try String.fetchOne(
                    db, sql: "SELECT value FROM meta WHERE key = 'database_id'") ?? "",
                exportedBy: "", exportedAt: now(),
                versions: try Self.versions(db, where: "1", []))
        }
    }

    /// Merges a bundle: the union of its versions with the database's, in one transaction.
    /// Refused whole when it belongs to another database. Versions by someone not on the
    /// roster, or on a candidate this database does not hold (or erased), are refused and
    /// counted; the rest are merged. Scores are never touched. A merge that adds nothing
    /// writes nothing, so merging twice is merging once. `source` names the file for errors
    /// and the audit trail.
    public func mergeNotes(
        _ bundle: NoteBundle, source: String, sha256: String, by actor: Actor
    ) throws -> NoteMergeReport {
        try write { db in
            try Authorisation.require(.mergeNotes, actor, db)
            let family = try Self.familyID(db)
            guard bundle.originDatabaseID == family else {
                throw NoteBundleRefused.wrongDatabase(
                    file: source, bundleOrigin: bundle.originDatabaseID, databaseOrigin: family)
            }
            let roster = Set(
                try String.fetchAll(db, sql: "SELECT name FROM panel WHERE removed_at IS NULL"))
            let live = Set(
                try String.fetchAll(
                    db, sql: "SELECT application_id FROM candidates WHERE purged_at IS NULL"))
            var report = NoteMergeReport()
            var accepted: [NoteVersion] = []
            accepted.reserveCapacity(bundle.versions.count)
            for version in bundle.versions {
                if !roster.contains(version.author) {
                    report.refusedAuthors[version.author, default: 0] += 1
                } else if !live.contains(version.applicationID.rawValue) {
                    report.refusedApplications[version.applicationID, default: 0] += 1
                } else {
                    accepted.append(version)
                }
            }
            let added = try Self.insertVersions(accepted, db)
            report.added = added.count
            report.alreadyHeld = accepted.count - added.count
            guard !added.isEmpty else { return report }
            let touched = Set(added.map(\.noteID))
            try Self.refreshNotes(touched, db)
            report.conflicts = try Self.conflicted(touched, db)
            var after = [
                "source": URL(fileURLWithPath: source).lastPathComponent, "sha256": sha256,
                "exported_from": bundle.exportedFrom, "added": String(report.added),
                "already_held": String(report.alreadyHeld), "refused": String(report.refused),
                "authors": Set(added.map(\.author)).sorted().joined(separator: ","),
            ]
            if !report.conflicts.isEmpty { after["conflicts"] = String(report.conflicts.count) }
            try AuditWriter(db).append(
                at: now(), actor: actor.name, action: "notes.merge", object: nil, before: nil,
                after: after)
            return report
        }
    }
}
