#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// NoteRecords on PostgreSQL: notes, tags and versions as on SQLite, every writer in their
    /// own name (the row policy on `note_versions` checks it too). A server is the one live
    /// database everyone writes to: it is never an offline copy itself; it hands out SQLite
    /// copies (`PostgresStore+NoteCheckout.swift`) and merges their signed bundles.
    extension PostgresStore: NoteRecords {
        public func notes(for id: ApplicationID?, includeDeleted: Bool) throws -> [NoteState] {
            try transaction { session in
                let versions: [NoteVersion]
                if let id {
                    versions = try Self.noteVersions(
                        session.rows(
                            """
                            \(unescaped: Self.versionColumns) WHERE note_id IN (
                              SELECT note_id FROM note_versions WHERE application_id = \(id.rawValue))
                            """))
                } else {
                    versions = try Self.noteVersions(
                        session.rows("\(unescaped: Self.versionColumns)"))
                }
                let states = NoteState.states(of: versions)
                return includeDeleted ? states : states.filter { !$0.isDeleted }
            }
        }

        public func note(_ noteID: String) throws -> NoteState? {
            try withSession { session in try Self.noteState(noteID, session) }
        }

        public func tags(for id: ApplicationID) throws -> [String] {
            try withSession { session in
                try session.rows(
                    "SELECT DISTINCT tag COLLATE \"C\" AS t FROM note_tags WHERE application_id = \(id.rawValue) ORDER BY t"
                ).map { try $0.decode(String.self) }
            }
        }

        public func tags(for ids: [ApplicationID]) throws -> [ApplicationID: [String]] {
            guard !ids.isEmpty else { return [:] }
            return try withSession { session in
                var result: [ApplicationID: [String]] = [:]
                for row in try session.rows(
                    """
                    SELECT DISTINCT application_id, tag COLLATE "C" AS t FROM note_tags
                    WHERE application_id = ANY(\(ids.map(\.rawValue))) ORDER BY application_id, t
                    """)
                {
                    let (id, tag) = try row.decode((String, String).self)
                    result[ApplicationID(id), default: []].append(tag)
                }
                return result
            }
        }

        public func tagCounts() throws -> [(tag: String, candidates: Int)] {
            let rows = try withSession { session in
                try session.rows(
                    "SELECT tag, count(DISTINCT application_id) FROM note_tags GROUP BY tag ORDER BY tag COLLATE \"C\""
                ).map { row in
                    let (tag, count) = try row.decode((String, Int64).self)
                    return TagCount(tag: tag, candidates: Int(count))
                }
            }
            return rows.map { (tag: $0.tag, candidates: $0.candidates) }
        }

        /// A labelled tuple is not Sendable across `withSession`: this is.
        private struct TagCount: Sendable {
            var tag: String
            var candidates: Int
        }

        public func noteVersionCount() throws -> Int {
            try withSession { session in
                Int(try session.value("SELECT count(*) FROM note_versions", as: Int64.self) ?? 0)
            }
        }

        @discardableResult
        public func addNote(
            on id: ApplicationID, text: String, criterion: CriterionID?, tags: [String],
            by actor: Actor
        ) throws -> NoteState {
            let text = try NoteWriteRules.checkedText(text)
            let tags = try NoteWriteRules.checkedTags(tags)
            return try audited(actor, .annotate, action: "note.add", object: id.rawValue) {
                session, audit in
                try Self.requireLiveCandidate(id, session)
                if let criterion {
                    let known = Set(
                        try session.rows("SELECT id FROM profile_criteria").map {
                            CriterionID(try $0.decode(String.self))
                        })
                    guard known.contains(criterion) else {
                        throw StoreError.invalid(
                            "“\(criterion)” is not a criterion of this call; the criteria are "
                                + known.sorted().map(\.rawValue).joined(separator: ", "))
                    }
                }
                let version = NoteVersion(
                    noteID: UUID().uuidString.lowercased(),
                    versionID: UUID().uuidString.lowercased(),
                    counter: try Self.nextCounter(session), author: actor.name,
                    at: try Self.serverTime(session), applicationID: id, criterion: criterion,
                    text: text, tags: tags)
                try Self.insert(version, session)
                try Self.refreshNote(version.noteID, session)
                return (
                    try Self.noteState(version.noteID, session)!, nil,
                    NoteWriteRules.auditValues(version, audit)
                )
            }
        }

        @discardableResult
        public func editNote(_ noteID: String, text: String, tags: [String]?, by actor: Actor)
            throws -> NoteState
        {
            let text = try NoteWriteRules.checkedText(text)
            let tags = try tags.map(NoteWriteRules.checkedTags)
            return try writeVersion(noteID, action: "note.edit", by: actor) { state in
                try NoteWriteRules.require(.edit, state, actor)
                return (text, tags ?? state.latest.tags)
            }
        }

        @discardableResult
        public func deleteNote(_ noteID: String, by actor: Actor) throws -> NoteState {
            try writeVersion(noteID, action: "note.delete", by: actor) { state in
                try NoteWriteRules.require(.delete, state, actor)
                return (nil, [])
            }
        }

        @discardableResult
        public func resolveNoteConflict(
            _ noteID: String, text: String, tags: [String]?, by actor: Actor
        ) throws -> NoteState {
            let text = try NoteWriteRules.checkedText(text)
            let tags = try tags.map(NoteWriteRules.checkedTags)
            return try writeVersion(noteID, action: "note.resolve", by: actor) { state in
                try NoteWriteRules.require(.resolve, state, actor)
                return (text, tags ?? NoteTag.normalised(state.heads.flatMap(\.tags)))
            }
        }

        private func writeVersion(
            _ noteID: String, action: String, by actor: Actor,
            _ decide: (NoteState) throws -> (String?, [String])
        ) throws -> NoteState {
            let noteID = try resolveNoteID(noteID)
            let object = try note(noteID)?.applicationID.rawValue
            return try audited(actor, .annotate, action: action, object: object) {
                session, audit in
                guard let state = try Self.noteState(noteID, session) else {
                    throw StoreError.invalid("no note \(noteID) in this database")
                }
                try Self.requireLiveCandidate(state.applicationID, session)
                let (text, tags) = try decide(state)
                let version = NoteVersion(
                    noteID: noteID, versionID: UUID().uuidString.lowercased(),
                    counter: try Self.nextCounter(session), author: actor.name,
                    at: try Self.serverTime(session), applicationID: state.applicationID,
                    criterion: state.latest.criterion, text: text, tags: tags,
                    supersedes: state.heads.map(\.versionID))
                try Self.insert(version, session)
                try Self.refreshNote(noteID, session)
                return (
                    try Self.noteState(noteID, session)!, nil,
                    NoteWriteRules.auditValues(version, audit)
                )
            }
        }

        public func resolveNoteID(_ typed: String) throws -> String {
            let typed = typed.lowercased()
            return try withSession { session in
                if !(try session.rows(
                    "SELECT 1 FROM note_versions WHERE note_id = \(typed) LIMIT 1"
                ).isEmpty) {
                    return typed
                }
                guard typed.count >= 8 else {
                    throw StoreError.invalid(
                        "no note \(typed); give at least 8 characters of its id (`shortlist notes list`)"
                    )
                }
                let matches = try session.rows(
                    """
                    SELECT DISTINCT note_id FROM note_versions
                    WHERE starts_with(note_id, \(typed)) LIMIT 2
                    """
                ).map { try $0.decode(String.self) }
                switch matches.count {
                case 0: throw StoreError.invalid("no note \(typed) in this database")
                case 1: return matches[0]
                default:
                    throw StoreError.invalid(
                        "more than one note begins with \(typed): give more of its id")
                }
            }
        }

        public func notesFamilyID() throws -> String {
            try withSession { session in
                try session.value(
                    "SELECT value FROM meta WHERE key = 'database_id'", as: String.self) ?? ""
            }
        }

        /// A server is never a copy of another database.
        public func copyOrigin() throws -> String? { nil }

        public func notesToExport(by actor: Actor) throws -> NotesToExport {
            try withSession { session in
                let name = actor.name
                let last = try session.value(
                    "SELECT at FROM audit WHERE action = 'notes.export' AND actor = \(name) ORDER BY seq DESC LIMIT 1",
                    as: String.self)
                let rows: [PostgresRow]
                if let last {
                    // Times are to the second: a version of the export's own second went with it.
                    rows = try session.rows(
                        "\(unescaped: Self.versionColumns) WHERE author = \(name) AND at > \(last)")
                } else {
                    rows = try session.rows(
                        "\(unescaped: Self.versionColumns) WHERE author = \(name)")
                }
                let versions = try Self.noteVersions(rows).sorted {
                    ($0.counter, $0.versionID) < ($1.counter, $1.versionID)
                }
                return NotesToExport(lastExport: last, versions: versions)
            }
        }

        /// As on SQLite, unsigned: a server holds no copy's key, so no database merges the
        /// bundle as a copy's; it is a readable record of the notes.
        public func exportNotes(
            author: String?, since: Timestamp?, steps: WorkSteps, by actor: Actor
        ) throws -> NoteBundle {
            let permission: PanelAction = author == actor.name ? .exportOwnNotes : .mergeNotes
            return try audited(actor, permission, action: "notes.export") { session, _ in
                let from =
                    since.map { Timestamp(secondsSinceEpoch: $0.secondsSinceEpoch).description }
                    ?? ""
                let rows = try session.rows(
                    """
                    \(unescaped: Self.versionColumns)
                    WHERE (\(author)::text IS NULL OR author = \(author)) AND at >= \(from)
                    """)
                let versions = try Self.noteVersions(rows).sorted {
                    ($0.counter, $0.versionID) < ($1.counter, $1.versionID)
                }
                let family =
                    try session.value(
                        "SELECT value FROM meta WHERE key = 'database_id'", as: String.self) ?? ""
                let bundle = NoteBundle(
                    originDatabaseID: family, exportedFrom: family, exportedBy: actor.name,
                    exportedAt: try Self.serverTime(session), versions: versions)
                var after = ["versions": String(versions.count)]
                if let author { after["author"] = author }
                if let since { after["since"] = since.description }
                try steps.checkCancelled()
                return (bundle, nil, after)
            }
        }

        public func notesOfCopy() throws -> NoteBundle {
            throw StoreError.invalid(
                "\(location) is a PostgreSQL server, not an offline copy: its notes are live for everyone, with nothing to bring back"
            )
        }

        /// As SQLite's merge: the whole bundle or nothing, refused when it belongs to another
        /// panel, is unsigned, comes from a copy this panel did not issue or fails its signature
        /// (`NoteSignatureCheck`, shared), or when any version breaks `NoteMergeCheck`. The
        /// server's row policy lets only the chair and the secretary write others' versions.
        public func mergeNotes(
            _ bundle: NoteBundle, source: String, sha256: String, steps: WorkSteps, by actor: Actor
        ) throws -> NoteMergeReport {
            try transaction { session in
                try authorise(.mergeNotes, actor, in: session)
                let family =
                    try session.value(
                        "SELECT value FROM meta WHERE key = 'database_id'", as: String.self) ?? ""
                guard bundle.originDatabaseID == family else {
                    throw NoteBundleRefused.wrongDatabase(
                        file: source, bundleOrigin: bundle.originDatabaseID,
                        databaseOrigin: family)
                }
                let owner = try NoteSignatureCheck.verifiedOwner(of: bundle, source: source) {
                    copyID in
                    try session.rows(
                        "SELECT owner, public_key FROM note_copies WHERE copy_id = \(copyID)"
                    ).first.map {
                        let (owner, key) = try $0.decode((String, String).self)
                        return IssuedNoteCopy(owner: owner, publicKey: key)
                    }
                }
                var roster: [String: String] = [:]
                for row in try session.rows(
                    "SELECT name, role FROM panel WHERE removed_at IS NULL")
                {
                    let (name, role) = try row.decode((String, String).self)
                    roster[name] = role
                }
                let live = Set(
                    try session.rows(
                        "SELECT application_id FROM candidates WHERE purged_at IS NULL"
                    ).map { try $0.decode(String.self) })
                let check = NoteMergeCheck(
                    owner: owner, ownerIsChair: roster[owner] == Role.chair.rawValue,
                    roster: Set(roster.keys),
                    mergeTime: Timestamp(iso: now()) ?? Timestamp(secondsSinceEpoch: 0),
                    isLive: { live.contains($0.rawValue) })
                let outcome = check.check(
                    bundle.versions, held: try Self.heldVersions(for: bundle, session))
                guard outcome.refusals.isEmpty else {
                    throw NoteBundleRefused.versionsRefused(file: source, outcome.refusals)
                }
                var report = NoteMergeReport(alreadyHeld: outcome.alreadyHeld)
                var added: [NoteVersion] = []
                for (done, version) in outcome.new.enumerated() {
                    if done % 500 == 0 {
                        try steps.step(.init(done: done, total: outcome.new.count))
                    }
                    if try Self.insertNew(version, session) { added.append(version) }
                }
                if !outcome.new.isEmpty {
                    try steps.step(.init(done: outcome.new.count, total: outcome.new.count))
                }
                report.added = added.count
                guard !added.isEmpty else {
                    try steps.checkCancelled()
                    return report
                }
                let touched = Set(added.map(\.noteID)).sorted()
                for noteID in touched { try Self.refreshNote(noteID, session) }
                report.conflicts = try session.rows(
                    """
                    SELECT note_id FROM note_versions WHERE note_id = ANY(\(touched)) AND is_head
                    GROUP BY note_id HAVING count(*) > 1 ORDER BY note_id COLLATE "C"
                    """
                ).map { try $0.decode(String.self) }
                var after = [
                    "source": URL(fileURLWithPath: source).lastPathComponent, "sha256": sha256,
                    "exported_from": bundle.exportedFrom, "added": String(report.added),
                    "already_held": String(report.alreadyHeld), "copy_owner": owner,
                ]
                if !report.conflicts.isEmpty {
                    after["conflicts"] = String(report.conflicts.count)
                }
                try PostgresAuditAppend(session).append(action: "notes.merge", after: after)
                // Asked to stop after the last version: the entry and the versions go too.
                try steps.checkCancelled()
                return report
            }
        }

        /// A server holds no copy key: the bundle comes back marked as the server's, unsigned.
        public func sign(_ bundle: NoteBundle) throws -> NoteBundle {
            var bundle = bundle
            bundle.exportedFrom = try notesFamilyID()
            return bundle
        }

        /// The copies taken from the panel, from the trail's `notes.checkout` entries.
        public func offlineCopies() throws -> [OfflineCopy] {
            try withSession { session in
                try session.rows(
                    "SELECT actor, at, after FROM audit WHERE action = 'notes.checkout' ORDER BY seq"
                ).map { row in
                    let (actor, at, after) = try row.decode((String, String, String?).self)
                    let values = after.flatMap(AuditValues.decode) ?? [:]
                    return OfflineCopy(
                        copyID: values["copy_id"] ?? "unknown", takenBy: actor, takenAt: at)
                }
            }
        }
    }

    extension PostgresStore {
        static let versionColumns = """
            SELECT version_id, note_id, counter, author, at, application_id, criterion, text,
                tags, supersedes FROM note_versions
            """

        static func noteVersions(_ rows: [PostgresRow]) throws -> [NoteVersion] {
            try rows.map { row in
                let (
                    versionID, noteID, counter, author, at, application, criterion, text, tags,
                    supersedes
                ) =
                    try row.decode(
                        (
                            String, String, Int, String, String, String, String?, String?, String,
                            String
                        )
                        .self)
                return NoteVersion(
                    noteID: noteID, versionID: versionID, counter: Int64(counter), author: author,
                    at: at, applicationID: ApplicationID(application),
                    criterion: criterion.map { CriterionID($0) }, text: text,
                    tags: StoredLists.strings(tags),
                    supersedes: StoredLists.strings(supersedes))
            }
        }

        static func noteState(_ noteID: String, _ session: PostgresSession) throws -> NoteState? {
            NoteState.states(
                of: try noteVersions(
                    session.rows("\(unescaped: versionColumns) WHERE note_id = \(noteID)"))
            ).first
        }

        static func serverTime(_ session: PostgresSession) throws -> String {
            try session.value("SELECT \(unescaped: serverNow)", as: String.self) ?? ""
        }

        static func requireLiveCandidate(_ id: ApplicationID, _ session: PostgresSession) throws {
            guard
                let row = try session.rows(
                    "SELECT purged_at FROM candidates WHERE application_id = \(id.rawValue)"
                ).first
            else { throw StoreError.invalid("no application \(id) in this database") }
            if try row.decode(String?.self) != nil {
                throw StoreError.invalid("\(id) was erased: it cannot be annotated")
            }
        }

        /// The Lamport clock, as on SQLite.
        static func nextCounter(_ session: PostgresSession) throws -> Int64 {
            let highest = try session.value(
                "SELECT max(counter)::bigint FROM note_versions WHERE counter < \(NoteMergeCheck.maximumCounter)",
                as: Int64?.self)
            return (highest.flatMap { $0 } ?? 0) + 1
        }

        /// The same small entry as SQLite's: ids, and salted digests of the text and tags.

        static func insert(_ v: NoteVersion, _ session: PostgresSession) throws {
            let counter = Int(v.counter)
            try session.execute(
                """
                INSERT INTO note_versions (version_id, note_id, counter, author, at, application_id,
                    criterion, text, tags, supersedes)
                VALUES (\(v.versionID), \(v.noteID), \(counter), \(v.author), \(v.at),
                    \(v.applicationID.rawValue), \(v.criterion?.rawValue), \(v.text),
                    \(JSONText.array(v.tags)), \(JSONText.array(v.supersedes)))
                ON CONFLICT (version_id) DO NOTHING
                """)
            for parent in v.supersedes {
                try session.execute(
                    """
                    INSERT INTO note_supersedes (superseded, version_id) VALUES (\(parent), \(v.versionID))
                    ON CONFLICT DO NOTHING
                    """)
            }
        }

        /// Inserts a merged version unless one of its id is held: whether it was new.
        static func insertNew(_ v: NoteVersion, _ session: PostgresSession) throws -> Bool {
            let counter = Int(v.counter)
            guard
                try session.value(
                    """
                    INSERT INTO note_versions (version_id, note_id, counter, author, at, application_id,
                        criterion, text, tags, supersedes)
                    VALUES (\(v.versionID), \(v.noteID), \(counter), \(v.author), \(v.at),
                        \(v.applicationID.rawValue), \(v.criterion?.rawValue), \(v.text),
                        \(JSONText.array(v.tags)), \(JSONText.array(v.supersedes)))
                    ON CONFLICT (version_id) DO NOTHING RETURNING 1
                    """, as: Int.self) != nil
            else { return false }
            for parent in v.supersedes {
                try session.execute(
                    """
                    INSERT INTO note_supersedes (superseded, version_id) VALUES (\(parent), \(v.versionID))
                    ON CONFLICT DO NOTHING
                    """)
            }
            return true
        }

        /// What the panel holds of the notes and versions a bundle names, as SQLite's
        /// `heldVersions`: the history each merged version is checked against.
        static func heldVersions(for bundle: NoteBundle, _ session: PostgresSession) throws
            -> [NoteVersion]
        {
            var held: [String: NoteVersion] = [:]
            let notes = Array(Set(bundle.versions.map(\.noteID)))
            for version in try noteVersions(
                session.rows("\(unescaped: versionColumns) WHERE note_id = ANY(\(notes))"))
            {
                held[version.versionID] = version
            }
            // Then any named version not found by its note: a changed copy of a held version
            // must be seen, not silently ignored.
            let named = Set(bundle.versions.flatMap { [$0.versionID] + $0.supersedes })
                .filter { held[$0] == nil }.sorted()
            for version in try noteVersions(
                session.rows("\(unescaped: versionColumns) WHERE version_id = ANY(\(named))"))
            {
                held[version.versionID] = version
            }
            return Array(held.values)
        }

        /// The head flags and tag index of one note brought up to date.
        static func refreshNote(_ noteID: String, _ session: PostgresSession) throws {
            try session.execute(
                """
                UPDATE note_versions SET is_head = NOT EXISTS (
                    SELECT 1 FROM note_supersedes s WHERE s.superseded = note_versions.version_id)
                WHERE note_id = \(noteID)
                """)
            try session.execute("DELETE FROM note_tags WHERE note_id = \(noteID)")
            try session.execute(
                """
                INSERT INTO note_tags (application_id, tag, note_id)
                SELECT v.application_id, j.tag, v.note_id
                FROM note_versions v, jsonb_array_elements_text(v.tags::jsonb) AS j(tag)
                WHERE v.note_id = \(noteID) AND v.is_head AND v.text IS NOT NULL
                ON CONFLICT DO NOTHING
                """)
        }
    }
#endif
