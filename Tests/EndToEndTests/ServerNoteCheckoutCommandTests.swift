#if Postgres
    import Foundation
    import ShortlistTestSupport
    import Testing

    /// `shortlist notes checkout` out of a panel on a PostgreSQL server, as the reviewer does it
    /// from the shell: the copy on their machine, notes written in it offline, the signed
    /// bundle exported, and the chair merging it into the server panel.
    @Suite(.enabled(if: ServerEndToEndPanel.isAvailable))
    struct ServerNoteCheckoutCommandTests {
        @Test func aReviewersCopyOfAServerPanelComesBackAsTheirNotes() throws {
            let panel = try ServerEndToEndPanel("shortlist-server-checkout", invited: 2)
            let copy = panel.folder.file("Ferreira-κόπια-复本.db").path
            let bundle = panel.folder.file("ferreira.json").path
            func run(_ arguments: [String], db: String, as user: String) throws
                -> BuiltBinary.Result
            {
                try BuiltBinary.run(
                    arguments + ["--db", db, "--user", user],
                    environment: ["SHORTLIST_DB": "", "SHORTLIST_USER": "", "NO_COLOR": ""])
            }

            let checkout = try run(
                ["notes", "checkout", "-o", copy], db: panel.url("reviewer"), as: "reviewer")
            #expect(checkout.status == 0, "\(checkout.stderr)")
            #expect(
                (checkout.stdout + checkout.stderr).contains("Copied 12 applications"),
                "\(checkout.stdout)\(checkout.stderr)")
            #expect(
                try panel.admin("SELECT owner FROM shortlist.note_copies") == "reviewer")
            #expect(
                try panel.admin(
                    "SELECT actor FROM shortlist.audit WHERE action = 'notes.checkout'")
                    == "reviewer")

            let id = panel.ids[0].rawValue
            let added = try run(
                ["notes", "add", id, "Ερώτηση για το Łódź; 日本語で", "--tag", "ask"], db: copy,
                as: "reviewer")
            #expect(added.status == 0, "\(added.stderr)")
            let exported = try run(["notes", "export", "-o", bundle], db: copy, as: "reviewer")
            #expect(exported.status == 0, "\(exported.stderr)")

            // A member may not merge; the chair may, once.
            let refused = try run(
                ["notes", "merge", bundle], db: panel.url("member1"), as: "member1")
            #expect(refused.status != 0)
            let merged = try run(["notes", "merge", bundle], db: panel.url("chair"), as: "chair")
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(
                (merged.stdout + merged.stderr).contains("Merged 1 new note version"),
                "\(merged.stdout)\(merged.stderr)")
            #expect(
                try panel.admin(
                    "SELECT v.author || '|' || v.text FROM shortlist.note_versions v WHERE v.application_id = '\(id)'"
                ) == "reviewer|Ερώτηση για το Łódź; 日本語で")
            #expect(
                try panel.admin(
                    "SELECT actor FROM shortlist.audit WHERE action = 'notes.merge'") == "chair")
        }
    }
#endif
