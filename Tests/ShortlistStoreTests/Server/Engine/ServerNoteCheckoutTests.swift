#if Postgres
    import Foundation
    import GRDB
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// Offline copies checked out of a server panel: the copy is a SQLite file filled from what
    /// the reviewer's own connection reads, its public key recorded by `record_note_copy` in the
    /// reviewer's name, and its signed bundle merged back as any copy's (SQLiteNoteCopyTests on
    /// the SQLite side).
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerNoteCheckoutTests {
        let folder = TemporaryDirectory("server-checkout")

        /// The panel with an id of its own, as `shortlist init` gives it, and a note by member2.
        func panel() throws -> (ServerPanel, family: String) {
            let panel = try ServerPanel()
            let family = UUID().uuidString.lowercased()
            try panel.run(
                "secretary", "INSERT INTO meta (key, value) VALUES ('database_id', '\(family)')")
            let member2 = try panel.engine(as: "member2")
            try member2.addNote(
                on: ApplicationID("APP-1"), text: "Καλή εμπειρία στις Βρυξέλλες", tags: ["ερώτηση"],
                by: member2.actor)
            return (panel, family)
        }

        /// member4 taken off the roster as the engine does it: unbound, then removed.
        static let removeMember4 = """
            SELECT unbind_login('member4');
            UPDATE panel SET removed_at = '2026-02-05T09:00:00Z' WHERE name = 'member4';
            """

        /// The copy's file, its journal files included, as bytes: what a stolen laptop gives.
        func bytes(of url: URL) -> Data {
            var data = Data()
            for suffix in ["", "-wal", "-shm"] {
                data += FileManager.default.contents(atPath: url.path + suffix) ?? Data()
            }
            return data
        }

        func readOnly(_ url: URL) throws -> DatabaseQueue {
            var configuration = Configuration()
            configuration.readonly = true
            return try DatabaseQueue(path: url.path, configuration: configuration)
        }

        @Test func aReviewerChecksOutAnnotatesOfflineAndTheChairMergesIt() throws {
            let (panel, family) = try panel()
            let reviewer = try panel.engine(as: "reviewer")
            let url = folder.file("山田.sqlite")
            let result = try reviewer.checkoutCopy(to: url, by: reviewer.actor)
            #expect(result.originDatabaseID == family)
            #expect(result.candidates == 4 && result.noteVersions == 1)

            // Recorded on the server in the reviewer's name, by the server's clock, audited.
            #expect(
                try panel.rows(
                    "secretary",
                    "SELECT owner, public_key FROM note_copies WHERE copy_id = '\(result.copyDatabaseID)'"
                )
                    == [["reviewer", result.publicKey]])
            let chair = try panel.engine(as: "chair")
            let entry = try #require(try chair.auditLog(by: chair.actor).last)
            #expect(entry.action == "notes.checkout" && entry.actor == "reviewer")
            #expect(
                entry.after
                    == "{\"candidates\":\"4\",\"copy_id\":\"\(result.copyDatabaseID)\",\"note_versions\":\"1\"}"
            )
            #expect(try chair.verifyAuditTrail(expectedHead: nil).firstProblem == nil)
            #expect(
                try reviewer.offlineCopies().map(\.copyID) == [result.copyDatabaseID])

            // The copy: the applications with their names, the notes, the roster's display names
            // (no server login: a role is not a login on the reviewer's machine).
            let copy = try DatabaseEngines.open(.file(url))
            #expect(try copy.copyOrigin() == family)
            #expect(try copy.notesFamilyID() == family)
            #expect(
                try copy.notes(for: ApplicationID("APP-1")).map(\.latest.text)
                    == ["Καλή εμπειρία στις Βρυξέλλες"])
            let roster = try copy.panelMembers()
            #expect(roster.first { $0.name == "member3" }?.displayName == "Piotr Zieliński")
            #expect(roster.first { $0.name == "reviewer" }?.displayName == "山田 花子")
            #expect(roster.allSatisfy { $0.login == nil })
            #expect(bytes(of: url).range(of: Data("Wałęsa".utf8)) != nil)

            // Offline: the reviewer writes, exports the signed bundle.
            let offline = try copy.actor(named: "reviewer", login: "yamada")
            for (id, text) in [
                ("APP-2", "Опыт в Брюсселе: проверить"), ("APP-3", "Wałęsa: dobre przykłady"),
                ("APP-4", "日本語も話せる"),
            ] {
                try copy.addNote(on: ApplicationID(id), text: text, by: offline)
            }
            let bundle = try copy.exportNotes(author: "reviewer", since: nil, by: offline)
            try copy.close()
            #expect(bundle.signature != nil && bundle.exportedFrom == result.copyDatabaseID)

            // Back on the server: the chair merges it, audited.
            let report = try chair.mergeNotes(
                bundle, source: "/media/usb/yamada.json", sha256: "abc", by: chair.actor)
            #expect(report == NoteMergeReport(added: 3))
            #expect(
                try chair.notes(for: ApplicationID("APP-3")).map(\.latest.text)
                    == ["Wałęsa: dobre przykłady"])
            #expect(
                try chair.notes(for: ApplicationID("APP-4")).map(\.latest.author) == ["reviewer"])
            let merged = try #require(try chair.auditLog(by: chair.actor).last)
            #expect(merged.action == "notes.merge")
            #expect(merged.after?.contains("\"copy_owner\":\"reviewer\"") == true)
        }

        @Test func theCopyHoldsNoScoringScreeningConflictsNorTheOriginsTrail() throws {
            let (panel, _) = try panel()
            try panel.run(
                "member1",
                "INSERT INTO screening (candidate_id, member, criterion, mark, marked_at) VALUES (2, 'member1', 'A1', 'met', '2026-02-03T09:00:00Z')"
            )
            // The chair sees every submitted card: the copy must still hold none of them.
            let chair = try panel.engine(as: "chair")
            let url = folder.file("chair.sqlite")
            try chair.checkoutCopy(to: url, by: chair.actor)
            let queue = try readOnly(url)
            try queue.read { db in
                for table in [
                    "invitations", "scorecards", "scorecard_marks", "excusals", "screening",
                    "screening_notes", "conflicts", "imports", "declarations",
                    "ranking_finalisation", "saved_filters", "recruitment_checks",
                ] {
                    #expect(
                        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") == 0, "\(table)")
                }
                // Its own trail only: made, its roster, the checkout; nothing of the origin's.
                let actions = Set(try String.fetchAll(db, sql: "SELECT action FROM audit"))
                #expect(!actions.contains { $0.hasPrefix("score.") || $0.hasPrefix("note.") })
                #expect(actions.contains("notes.checkout"))
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM note_copy_key") == 1)
                #expect(
                    try String.fetchOne(
                        db, sql: "SELECT value FROM meta WHERE key = 'checked_out_by'")
                        == "chair")
            }
            // Neither a submitted mark's comment nor member2's draft is anywhere in the file.
            let data = bytes(of: url)
            for secret in [
                "Κατανοητό και σαφές", "draft: ask about Łódź", "former colleague at JRC",
            ] {
                #expect(data.range(of: Data(secret.utf8)) == nil, "\(secret)")
            }
        }

        @Test func blindModeKeepsTheNamesOffTheServerAndOutOfTheCopy() throws {
            let (panel, _) = try panel()
            let chair = try panel.engine(as: "chair")
            try chair.setBlindMode(true, reason: "ślepa ocena", by: chair.actor)
            let reviewer = try panel.engine(as: "reviewer")
            let url = folder.file("blind.sqlite")
            let result = try reviewer.checkoutCopy(to: url, by: reviewer.actor)
            #expect(result.candidates == 4)
            try readOnly(url).read { db in
                #expect(
                    try String.fetchAll(
                        db, sql: "SELECT DISTINCT surname || given_names FROM candidates")
                        == [""])
                #expect(
                    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'blind_mode'")
                        == "on")
                let withheld =
                    try String.fetchOne(
                        db, sql: "SELECT value FROM meta WHERE key = 'copy_withheld'") ?? ""
                #expect(
                    withheld.contains("candidates.surname") && withheld.contains("candidates.email")
                )
            }
            let data = bytes(of: url)
            for name in [
                "Παπαδόπουλος", "Иванова", "Wałęsa", "小明", "papadopoulos", "x.wang@example.eu",
            ] {
                #expect(data.range(of: Data(name.utf8)) == nil, "\(name)")
            }
        }

        @Test func aFileThatCannotBeWrittenRecordsNothing() throws {
            let (panel, _) = try panel()
            let reviewer = try panel.engine(as: "reviewer")
            let chair = try panel.engine(as: "chair")
            let head = try chair.verifyAuditTrail(expectedHead: nil).headHash
            let taken = folder.file("taken.sqlite")
            try Data("mine".utf8).write(to: taken)
            #expect(throws: StoreError.self) {
                try reviewer.checkoutCopy(to: taken, by: reviewer.actor)
            }
            // The file that was there is left as it was; a folder that cannot be made (it is a
            // file) makes nothing either.
            #expect(FileManager.default.contents(atPath: taken.path) == Data("mine".utf8))
            #expect(throws: (any Error).self) {
                try reviewer.checkoutCopy(
                    to: taken.appendingPathComponent("copy.sqlite"), by: reviewer.actor)
            }
            #expect(try panel.count("SELECT count(*) FROM note_copies") == 0)
            #expect(try chair.verifyAuditTrail(expectedHead: nil).headHash == head)
        }

        @Test func aRefusedRecordRemovesTheFile() throws {
            let (panel, _) = try panel()
            let reviewer = try panel.engine(as: "reviewer")
            // The administrator withdraws the function: the record fails after the file is full.
            try panel.admin(
                "REVOKE EXECUTE ON FUNCTION shortlist.record_note_copy(text, text) FROM \(panel.roles.panel)"
            )
            let url = folder.file("refused.sqlite")
            let refusal = #expect(throws: StoreError.self) {
                try reviewer.checkoutCopy(to: url, by: reviewer.actor)
            }
            #expect("\(refusal.map { "\($0)" } ?? "")".contains("permission denied"))
            for suffix in ["", "-wal", "-shm"] {
                #expect(!FileManager.default.fileExists(atPath: url.path + suffix), "\(suffix)")
            }
            #expect(try panel.count("SELECT count(*) FROM note_copies") == 0)
        }

        @Test func theServerRecordsACopyOnlyForWhoeverIsConnected() throws {
            let (panel, _) = try panel()
            let copyID = UUID().uuidString.lowercased()
            let key = Data(repeating: 7, count: 32).base64EncodedString()
            // Nobody names the owner: there is no such argument.
            #expect(
                try panel.refused(
                    "member1", "SELECT record_note_copy('\(copyID)', '\(key)', 'chair')"
                ).contains("does not exist"))
            // Writing the table directly is the secretary's alone.
            #expect(
                try panel.refused(
                    "member1",
                    "INSERT INTO note_copies VALUES ('\(copyID)', 'member1', '\(key)', '2026-02-04T09:00:00Z')"
                ).contains("permission denied"))
            // A role of the panel's group bound to no roster entry.
            let stray = "stray_\(panel.database)"
            try panel.admin("CREATE ROLE \(stray) LOGIN; GRANT \(panel.roles.panel) TO \(stray)")
            let strayCall = try ServerCluster.psql(
                stray, panel.database,
                "SET search_path = shortlist; SELECT record_note_copy('\(copyID)', '\(key)')")
            #expect(strayCall.err.contains("is not on the panel roster"), "\(strayCall.err)")
            // A role outside the panel's group may not call it at all.
            let outsider = "outsider_\(panel.database)"
            try panel.admin(
                "CREATE ROLE \(outsider) LOGIN; GRANT CONNECT ON DATABASE \(panel.database) TO \(outsider); GRANT USAGE ON SCHEMA shortlist TO \(outsider)"
            )
            let outsiderCall = try ServerCluster.psql(
                outsider, panel.database, "SELECT shortlist.record_note_copy('\(copyID)', '\(key)')"
            )
            #expect(outsiderCall.err.contains("permission denied"), "\(outsiderCall.err)")
            // A roster entry removed from the panel (unbound, as removal does) no longer
            // annotates, nor checks out.
            try panel.run("secretary", Self.removeMember4)
            #expect(
                try panel.refused("member4", "SELECT record_note_copy('\(copyID)', '\(key)')")
                    .contains("permission denied"))
            // What is not a copy's id or key is refused.
            #expect(
                try panel.refused("member1", "SELECT record_note_copy('../x', '\(key)')")
                    .contains("UUID"))
            #expect(
                try panel.refused("member1", "SELECT record_note_copy('\(copyID)', 'bm90IGEga2V5')")
                    .contains("32 bytes"))
            #expect(try panel.count("SELECT count(*) FROM note_copies") == 0)
            // The reviewer's own call records the reviewer, and only once.
            try panel.run("reviewer", "SELECT record_note_copy('\(copyID)', '\(key)')")
            #expect(
                try panel.rows("secretary", "SELECT owner FROM note_copies") == [["reviewer"]])
            #expect(
                try panel.refused("chair", "SELECT record_note_copy('\(copyID)', '\(key)')")
                    .contains("already recorded"))
        }

        @Test func everyRoleThatMayAnnotateRecordsItsOwnCopy() throws {
            // The function's list of roles is the permission matrix's, not a second opinion.
            let annotating = Role.allCases.filter { Permissions.allows($0, .annotate) }
            #expect(
                ServerSetupScript.noteCopiesPart.contains(
                    "NOT IN (" + annotating.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                        + ")"))
            let (panel, _) = try panel()
            let key = Data(repeating: 9, count: 32).base64EncodedString()
            for name in ["chair", "member2", "secretary", "reviewer"] {
                try panel.run(
                    name, "SELECT record_note_copy('\(UUID().uuidString.lowercased())', '\(key)')")
            }
            #expect(
                try panel.rows("secretary", "SELECT owner FROM note_copies ORDER BY owner")
                    == [["chair"], ["member2"], ["reviewer"], ["secretary"]])
        }

        @Test func theBundleOfACopyWhoseRecordWasRefusedIsNotMerged() throws {
            let (panel, family) = try panel()
            // member4 makes a copy by hand, is taken off the roster, and the record is refused.
            let url = folder.file("member4.sqlite")
            let copy = try TestDatabase.create(at: url)
            let copyID = try #require(try copy.metadata()["database_id"])
            let key = try copy.write { db in
                try db.execute(
                    sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('copy_of', ?)",
                    arguments: [family])
                return try SQLiteStore.makeCopyKey(copyID: copyID, db)
            }
            try panel.run("secretary", Self.removeMember4)
            #expect(
                try panel.refused("member4", "SELECT record_note_copy('\(copyID)', '\(key)')")
                    .contains("permission denied"))
            let bundle = try copy.sign(
                NoteBundle(
                    originDatabaseID: family, exportedFrom: "", exportedBy: "member4",
                    exportedAt: "2026-02-05T10:00:00Z",
                    versions: [
                        NoteVersion(
                            noteID: UUID().uuidString.lowercased(),
                            versionID: UUID().uuidString.lowercased(), counter: 1,
                            author: "member4", at: "2026-02-05T10:00:00Z",
                            applicationID: ApplicationID("APP-2"), text: "Ирина: без записи")
                    ]))
            let chair = try panel.engine(as: "chair")
            #expect(throws: NoteBundleRefused.copyNotIssued(file: "m4.json", copyID: copyID)) {
                try chair.mergeNotes(bundle, source: "m4.json", sha256: "-", by: chair.actor)
            }
            #expect(try chair.noteVersionCount() == 1)
        }
    }
#endif
