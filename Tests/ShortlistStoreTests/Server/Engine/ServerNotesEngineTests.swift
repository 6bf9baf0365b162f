#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// Notes through the PostgreSQL engine: versions, heads and tags as on SQLite, each writer in
    /// their own name (the server's row policy too), and no offline copy from a server.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerNotesEngineTests {
        @Test func aNoteIsWrittenInTheAuthorsNameAndReadByThePanelWithItsTags() throws {
            let panel = try ServerPanel()
            try panel.prepareScoring()
            let member1 = try panel.scoringEngine("member1")
            let added = try member1.addNote(
                on: ApplicationID("APP-3"), text: "Łucja: staż w Łodzi, CV s. 2",
                criterion: CriterionID("A1"), tags: ["Follow-up", "cv", " cv"], by: member1.actor)
            #expect(added.latest.author == "member1")
            // Trimmed, once each, in byte order (capitals first), as on SQLite.
            #expect(added.latest.tags == ["Follow-up", "cv"])
            let reviewer = try panel.scoringEngine("reviewer")
            let read = try reviewer.notes(for: ApplicationID("APP-3"), includeDeleted: false)
            #expect(read.map(\.latest.text) == ["Łucja: staż w Łodzi, CV s. 2"])
            #expect(try reviewer.tags(for: ApplicationID("APP-3")) == ["Follow-up", "cv"])
            #expect(
                try reviewer.tags(for: [ApplicationID("APP-3"), ApplicationID("APP-4")]) == [
                    ApplicationID("APP-3"): ["Follow-up", "cv"]
                ])
            #expect(try reviewer.tagCounts().map(\.tag) == ["Follow-up", "cv"])
            #expect(try reviewer.noteVersionCount() == 1)
            #expect(
                try reviewer.resolveNoteID(String(added.noteID.prefix(8))) == added.noteID)
            // An unknown criterion and empty text are refused, as on SQLite.
            #expect(throws: StoreError.self) {
                try member1.addNote(
                    on: ApplicationID("APP-3"), text: "x", criterion: CriterionID("Z9"), tags: [],
                    by: member1.actor)
            }
            #expect(throws: StoreError.self) {
                try member1.addNote(
                    on: ApplicationID("APP-3"), text: "  ", criterion: nil, tags: [],
                    by: member1.actor)
            }
            // The trail holds the text as a digest; the chair's verify checks it.
            let entry = try panel.admin(
                "SELECT actor, after FROM audit WHERE action = 'note.add'"
            ).rows.first
            #expect(entry?[0] == "member1")
            #expect(entry?[1].contains("Łodzi") == false)
            #expect(try panel.scoringEngine("chair").verifyAuditTrail(expectedHead: nil).isIntact)
        }

        @Test func onlyTheAuthorEditsTheChairDeletesAndNobodyWritesInAnothersName() throws {
            let panel = try ServerPanel()
            let member1 = try panel.scoringEngine("member1")
            let note = try member1.addNote(
                on: ApplicationID("APP-4"), text: "王小明 — 面试准备", criterion: nil, tags: ["zh"],
                by: member1.actor)
            let edited = try member1.editNote(
                note.noteID, text: "王小明 — 面试准备好了", tags: nil, by: member1.actor)
            #expect(edited.latest.text == "王小明 — 面试准备好了")
            #expect(edited.heads.count == 1)
            #expect(edited.latest.tags == ["zh"])
            let member2 = try panel.scoringEngine("member2")
            #expect(throws: StoreError.self) {
                try member2.editNote(note.noteID, text: "changed", tags: nil, by: member2.actor)
            }
            #expect(throws: StoreError.self) {
                try member2.addNote(
                    on: ApplicationID("APP-4"), text: "as member1", criterion: nil, tags: [],
                    by: ServerPanel.impersonating("member1"))
            }
            // Past the store, straight on member2's connection: the server's row policy refuses.
            #expect(throws: (any Error).self) {
                try member2.transaction { session in
                    try session.execute(
                        """
                        INSERT INTO note_versions (version_id, note_id, counter, author, at, application_id, text, tags, supersedes)
                        VALUES ('v-forged', 'n-forged', 99, 'member1', 'x', 'APP-4', 'forged', '[]', '[]')
                        """)
                }
            }
            let chair = try panel.scoringEngine("chair")
            let deleted = try chair.deleteNote(note.noteID, by: chair.actor)
            #expect(deleted.isDeleted)
            #expect(try chair.notes(for: ApplicationID("APP-4"), includeDeleted: false).isEmpty)
            #expect(try chair.notes(for: nil, includeDeleted: true).count == 1)
            #expect(try chair.tags(for: ApplicationID("APP-4")).isEmpty)
            #expect(try chair.noteVersionCount() == 3)
        }

        @Test func aServerIsNoOfflineCopyAndMergesNone() throws {
            let panel = try ServerPanel()
            let secretary = try panel.scoringEngine("secretary")
            #expect(try secretary.copyOrigin() == nil)
            #expect(try secretary.offlineCopies().isEmpty)
            let copy = #expect(throws: StoreError.self) { try secretary.notesOfCopy() }
            #expect("\(copy!)".contains("not an offline copy"))
            let bundle = NoteBundle(
                originDatabaseID: "x", exportedFrom: "y", exportedBy: "member1",
                exportedAt: "2026-02-03T10:00:00Z", versions: [])
            // Another panel's bundle is refused as SQLite refuses it (ServerNoteMergeTests).
            #expect(
                throws: NoteBundleRefused.wrongDatabase(
                    file: "notes.json", bundleOrigin: "x",
                    databaseOrigin: try secretary.notesFamilyID())
            ) {
                try secretary.mergeNotes(
                    bundle, source: "notes.json", sha256: "", by: secretary.actor)
            }
            // Their own notes since their last export, then the export itself, audited.
            let member4 = try panel.scoringEngine("member4")
            try member4.addNote(
                on: ApplicationID("APP-2"), text: "Мария: вопрос о Брюсселе", criterion: nil,
                tags: [], by: member4.actor)
            #expect(try member4.notesToExport(by: member4.actor).versions.count == 1)
            let exported = try member4.exportNotes(
                author: "member4", since: nil, by: member4.actor)
            #expect(exported.versions.count == 1)
            #expect(exported.signature == nil)
            #expect(throws: PermissionDenied.self) {
                try member4.exportNotes(author: nil, since: nil, by: member4.actor)
            }
        }
    }
#endif
