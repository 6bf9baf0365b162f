import Foundation
import GRDB
import ShortlistCore

extension SQLiteStore {
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
    /// those who may merge (the chair and the secretary). Signed with the copy's key in a copy
    /// (docs/offline-notes.md); unsigned elsewhere, and then no database will merge it. Audited;
    /// asked to stop (`steps`, checked after the entry is written), nothing is kept.
    public func exportNotes(
        author: String?, since: Timestamp?, steps: WorkSteps, by actor: Actor
    ) throws -> NoteBundle {
        let permission: PanelAction = author == actor.name ? .exportOwnNotes : .mergeNotes
        return try audited(actor, permission, action: "notes.export", steps: steps) { db, _ in
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
            try steps.step(.init(done: versions.count, total: versions.count))
            let bundle = try Self.signed(
                NoteBundle(
                    originDatabaseID: try Self.familyID(db),
                    exportedFrom: try String.fetchOne(
                        db, sql: "SELECT value FROM meta WHERE key = 'database_id'") ?? "",
                    exportedBy: actor.name, exportedAt: now(), versions: versions), db)
            var after = ["versions": String(versions.count)]
            if let author { after["author"] = author }
            if let since { after["since"] = since.description }
            return (bundle, nil, after)
        }
    }

    /// Every note version of this database as a bundle signed with its key, for merging a
    /// whole copy: holding the copy's file is holding its key, and the merge then applies the
    /// same rules as to an exported bundle. Reading a file one can open needs no role (the
    /// merge into the destination checks one).
    public func notesOfCopy() throws -> NoteBundle {
        try read { db in
            try Self.signed(
                NoteBundle(
                    originDatabaseID: try Self.familyID(db),
                    exportedFrom: try String.fetchOne(
                        db, sql: "SELECT value FROM meta WHERE key = 'database_id'") ?? "",
                    exportedBy: "", exportedAt: now(),
                    versions: try Self.versions(db, where: "1", []).sorted {
                        ($0.counter, $0.versionID) < ($1.counter, $1.versionID)
                    }), db)
        }
    }

    /// Merges a bundle: the union of its versions with the database's, in one transaction,
    /// whole or not at all. Refused whole when it belongs to another database, is unsigned,
    /// comes from a copy this database did not issue, or its signature fails; and when any
    /// version breaks a rule (NoteMergeCheck: only the copy owner's versions, the rules of
    /// `notes edit/delete/resolve`, known parents, sane counters and times), naming each.
    /// Versions held byte for byte count as already held. Scores are never touched. A merge
    /// that adds nothing writes nothing, so merging twice is merging once. `source` names the
    /// file for errors and the audit trail.
    /// `steps` hears how many of the new versions were written, and stops the merge (rolled
    /// back) when asked to.
    public func mergeNotes(
        _ bundle: NoteBundle, source: String, sha256: String, steps: WorkSteps, by actor: Actor
    ) throws -> NoteMergeReport {
        try write { db in
            try Authorisation.require(.mergeNotes, actor, db)
            let family = try Self.familyID(db)
            guard bundle.originDatabaseID == family else {
                throw NoteBundleRefused.wrongDatabase(
                    file: source, bundleOrigin: bundle.originDatabaseID, databaseOrigin: family)
            }
            let owner = try Self.verifiedOwner(of: bundle, source: source, db)
            let roster = Dictionary(
                try Row.fetchAll(
                    db, sql: "SELECT name, role FROM panel WHERE removed_at IS NULL"
                ).map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { a, _ in a })
            let live = Set(
                try String.fetchAll(
                    db, sql: "SELECT application_id FROM candidates WHERE purged_at IS NULL"))
            let check = NoteMergeCheck(
                owner: owner, ownerIsChair: roster[owner] == Role.chair.rawValue,
                roster: Set(roster.keys),
                mergeTime: Timestamp(iso: now()) ?? Timestamp(secondsSinceEpoch: 0),
                isLive: { live.contains($0.rawValue) })
            let outcome = check.check(bundle.versions, held: try Self.heldVersions(for: bundle, db))
            guard outcome.refusals.isEmpty else {
                throw NoteBundleRefused.versionsRefused(file: source, outcome.refusals)
            }
            var report = NoteMergeReport(alreadyHeld: outcome.alreadyHeld)
            let accepted = outcome.new
            let added = try Self.insertVersions(accepted, db, steps: steps)
            report.added = added.count
            guard !added.isEmpty else {
                try steps.checkCancelled()
                return report
            }
            let touched = Set(added.map(\.noteID))
            try Self.refreshNotes(touched, db)
            report.conflicts = try Self.conflicted(touched, db)
            var after = [
                "source": URL(fileURLWithPath: source).lastPathComponent, "sha256": sha256,
                "exported_from": bundle.exportedFrom, "added": String(report.added),
                "already_held": String(report.alreadyHeld), "copy_owner": owner,
            ]
            if !report.conflicts.isEmpty { after["conflicts"] = String(report.conflicts.count) }
            try AuditWriter(db).append(
                at: now(), actor: actor.name, action: "notes.merge", object: nil, before: nil,
                after: after)
            // Asked to stop after the last version: the entry and the versions go too.
            try steps.checkCancelled()
            return report
        }
    }

    /// What the database holds of the notes and versions a bundle names: the history a merge
    /// checks each version against.
    static func heldVersions(for bundle: NoteBundle, _ db: Database) throws -> [NoteVersion] {
        var held: [String: NoteVersion] = [:]
        func load(_ column: String, _ values: [String]) throws {
            var start = 0
            while start < values.count {
                let chunk = Array(values[start..<min(start + 500, values.count)])
                start += chunk.count
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for version in try versions(db, where: "\(column) IN (\(marks))", chunk) {
                    held[version.versionID] = version
                }
            }
        }
        try load("note_id", Array(Set(bundle.versions.map(\.noteID))))
        // Then any named version not found by its note (a new one, or one claiming another
        // note): a changed copy of a held version must be seen, not silently ignored.
        let named = Set(bundle.versions.flatMap { [$0.versionID] + $0.supersedes })
        try load("version_id", named.filter { held[$0] == nil }.sorted())
        return Array(held.values)
    }
}
