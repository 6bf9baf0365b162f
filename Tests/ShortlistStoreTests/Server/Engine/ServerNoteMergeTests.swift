#if Postgres
    import Foundation
    import GRDB
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// A reviewer's signed bundle merged into a panel on the server, as into a SQLite panel
    /// (SQLiteNoteSigningTests): the signature is checked by the same code, against the public
    /// key the panel recorded for the copy, and anything edited after signing is refused whole.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerNoteMergeTests {
        let folder = TemporaryDirectory("server-merge")

        /// The panel with an id of its own, as `shortlist init` gives it.
        func panel() throws -> ServerPanel {
            let panel = try ServerPanel()
            try panel.run(
                "secretary",
                "INSERT INTO meta (key, value) VALUES ('database_id', '\(UUID().uuidString.lowercased())')"
            )
            return panel
        }

        /// A copy as a checkout issues one: a SQLite file holding a private key of its own, the
        /// public key recorded on the server under the copy's id with its owner (by the
        /// secretary, who may write `note_copies`). `recorded: false` leaves the server unaware.
        func issue(_ name: String, of panel: ServerPanel, owner: String, recorded: Bool = true)
            throws -> SQLiteStore
        {
            let copy = try TestDatabase.create(at: folder.file(name))
            let copyID = try #require(try copy.metadata()["database_id"])
            let publicKey = try copy.write { db in try SQLiteStore.makeCopyKey(copyID: copyID, db) }
            if recorded {
                try panel.run(
                    "secretary",
                    "INSERT INTO note_copies VALUES ('\(copyID)', '\(owner)', '\(publicKey)', '2026-02-04T09:00:00Z')"
                )
            }
            return copy
        }

        func bundle(_ panel: ServerPanel, _ texts: [String], author: String = "reviewer") throws
            -> NoteBundle
        {
            let versions = texts.enumerated().map { n, text in
                NoteVersion(
                    noteID: UUID().uuidString.lowercased(),
                    versionID: UUID().uuidString.lowercased(), counter: Int64(n + 1),
                    author: author, at: "2026-02-04T10:00:0\(n)Z",
                    applicationID: ApplicationID("APP-2"), text: text)
            }
            return NoteBundle(
                originDatabaseID: try panel.scoringEngine("secretary").notesFamilyID(),
                exportedFrom: "", exportedBy: author, exportedAt: "2026-02-04T11:00:00Z",
                versions: versions)
        }

        @Test func aSignedBundleMergesOnceAndIsAudited() throws {
            let panel = try panel()
            let copy = try issue("reviewer.sqlite", of: panel, owner: "reviewer")
            let signed = try copy.sign(
                bundle(panel, ["Γλώσσες: άριστα", "Опыт в Брюсселе", "日本語も話せる"]))
            let secretary = try panel.scoringEngine("secretary")
            let report = try secretary.mergeNotes(
                signed, source: "/media/usb/reviewer.json", sha256: "abc", by: secretary.actor)
            #expect(report == NoteMergeReport(added: 3))
            #expect(
                try secretary.notes(for: ApplicationID("APP-2"), includeDeleted: false).compactMap(
                    \.latest.text
                ).sorted() == ["Γλώσσες: άριστα", "Опыт в Брюсселе", "日本語も話せる"])
            let entry = try #require(try secretary.auditLog(by: secretary.actor).last)
            #expect(entry.action == "notes.merge" && entry.actor == "secretary")
            let after = try #require(entry.after)
            for part in [
                "\"added\":\"3\"", "\"copy_owner\":\"reviewer\"", "\"source\":\"reviewer.json\"",
            ] {
                #expect(after.contains(part), "\(after)")
            }
            #expect(!after.contains("Брюсселе"))
            // Merging twice is merging once.
            let again = try secretary.mergeNotes(
                signed, source: "reviewer.json", sha256: "abc", by: secretary.actor)
            #expect(again == NoteMergeReport(added: 0, alreadyHeld: 3))
            // The chair may merge too; every other role may not, on the store and the server.
            let member1 = try panel.scoringEngine("member1")
            #expect(throws: PermissionDenied.self) {
                try member1.mergeNotes(
                    signed, source: "reviewer.json", sha256: "abc", by: member1.actor)
            }
        }

        @Test func aBundleEditedAfterSigningIsRefusedWhole() throws {
            let panel = try panel()
            let copy = try issue("reviewer.sqlite", of: panel, owner: "reviewer")
            let signed = try copy.sign(bundle(panel, ["Wałęsa: dobre przykłady", "Second"]))
            let secretary = try panel.scoringEngine("secretary")
            let head = try secretary.verifyAuditTrail(expectedHead: nil).headHash
            var edited = signed
            edited.versions[0].text = "Wałęsa: słabe przykłady"
            #expect(throws: NoteBundleRefused.badSignature(file: "b.json")) {
                try secretary.mergeNotes(edited, source: "b.json", sha256: "-", by: secretary.actor)
            }
            // Claiming to come from another copy, or dropping a version, breaks it alike.
            var dropped = signed
            dropped.versions.removeLast()
            #expect(throws: NoteBundleRefused.badSignature(file: "b.json")) {
                try secretary.mergeNotes(
                    dropped, source: "b.json", sha256: "-", by: secretary.actor)
            }
            // A copy the server never issued, however well it signs.
            let stray = try issue("stray.sqlite", of: panel, owner: "reviewer", recorded: false)
            let unissued = try stray.sign(bundle(panel, ["Stray"]))
            #expect(
                throws: NoteBundleRefused.copyNotIssued(
                    file: "s.json", copyID: unissued.exportedFrom)
            ) {
                try secretary.mergeNotes(
                    unissued, source: "s.json", sha256: "-", by: secretary.actor)
            }
            // The reviewer signs only for themselves: member4's note in their bundle is refused.
            let forged = try copy.sign(bundle(panel, ["Ирина said so"], author: "member4"))
            #expect(throws: NoteBundleRefused.self) {
                try secretary.mergeNotes(forged, source: "f.json", sha256: "-", by: secretary.actor)
            }
            #expect(try secretary.noteVersionCount() == 0)
            #expect(try secretary.verifyAuditTrail(expectedHead: nil).headHash == head)
        }

        @Test func aMemberCannotWriteAnotherAuthorsVersionPastTheStore() throws {
            let panel = try panel()
            // What a merge writes, straight on member1's connection: the row policy refuses.
            let refusal = try panel.refused(
                "member1",
                """
                INSERT INTO note_versions (version_id, note_id, counter, author, at, application_id, text, tags, supersedes)
                VALUES ('v1', 'n1', 1, 'reviewer', '2026-02-04T10:00:00Z', 'APP-2', 'Mine now', '[]', '[]')
                """)
            #expect(refusal.contains("row-level security"), "\(refusal)")
        }
    }
#endif
