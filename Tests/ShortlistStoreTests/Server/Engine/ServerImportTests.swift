#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// Loads and imports through the PostgreSQL engine: what SQLite's do (one transaction,
    /// the import log, the same trail entries), and what the server refuses.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerImportTests {
        @Test func theSecretaryLoadsCandidatesWithTheirTextsAndOneTrailEntry() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            let loaded = try store.insertCandidates(FixtureCandidates.all, by: store.actor)
            #expect(loaded == 12)
            #expect(try panel.count("SELECT count(*) FROM candidates") == 16)
            #expect(
                try panel.count(
                    "SELECT count(*) FROM candidate_texts t JOIN candidates c ON c.id = t.candidate_id WHERE c.application_id LIKE 'APP-00%'"
                ) == 12)
            // The folded and transliterated names are the store's, searchable on the server.
            #expect(
                try panel.rows(
                    "member2",
                    "SELECT application_id FROM candidates WHERE name_vector @@ to_tsquery('simple', '\(SearchFolding.fold("Παπαδόπουλος"))') AND application_id LIKE 'APP-00%'"
                ) == [["APP-0000001"]])
            #expect(
                try panel.rows(
                    "member2",
                    "SELECT surname, diploma_recognised, function_group, years_experience FROM candidates WHERE application_id = 'APP-0000004'"
                ) == [["Müller", "t", "4", "12.5"]])
            #expect(
                try panel.rows(
                    "chair", "SELECT actor, action, after FROM audit ORDER BY seq DESC LIMIT 1")
                    == [["secretary", "candidates.load", #"{"count":"12"}"#]])
        }

        @Test func aCancelledLoadKeepsNothing() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            let trail = try panel.count("SELECT count(*) FROM audit")
            let many = (1...2_500).map {
                FixtureCandidates.make($0, "Wiśniewska-\($0)", "Анна", nationality: "PL")
            }
            var reported: [Int] = []
            #expect(throws: LoadCancelled.self) {
                try store.insertCandidates(many, by: store.actor) { done in
                    reported.append(done)
                    return done < 2_000
                }
            }
            #expect(reported == [1_000, 2_000])
            #expect(try panel.count("SELECT count(*) FROM candidates") == 4)
            #expect(try panel.count("SELECT count(*) FROM candidate_texts") == 0)
            #expect(try panel.count("SELECT count(*) FROM audit") == trail)
            // The connection is usable after the rollback.
            #expect(try store.insertCandidates(Array(many.prefix(3)), by: store.actor) == 3)
        }

        @Test func onlyTheSecretaryLoadsAndOnlyInTheirOwnName() throws {
            let panel = try ServerPanel()
            let member = try panel.engine(as: "member1")
            #expect(throws: PermissionDenied.self) {
                try member.insertCandidates([FixtureCandidates.all[0]], by: member.actor)
            }
            let secretary = try panel.engine(as: "secretary")
            let chair = try panel.engine(as: "chair").actor
            let error = #expect(throws: StoreError.self) {
                try secretary.insertCandidates([FixtureCandidates.all[0]], by: chair)
            }
            #expect("\(error!)".contains("you cannot act as chair"))
            // The server refuses the member's write without the store's check, too.
            #expect(
                try panel.refused(
                    "member1",
                    "INSERT INTO candidates (id, application_id, surname, given_names, name_key, name_search) VALUES (99, 'APP-99', 'Ковальчик', 'Олег', 'k', 'k')"
                ).contains("permission denied"))
            #expect(try panel.count("SELECT count(*) FROM candidates") == 4)
        }

        @Test func anImportInsertsFlagsRepeatsAndCaseTwinsAndIsLogged() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            let people = FixtureCandidates.all
            var outcomes: [ImportOutcome] = []
            var twin = people[1]
            twin.applicationID = ApplicationID("app-0000002")
            let committed = try store.importApplications(by: store.actor) { batch in
                for (line, candidate) in [people[0], people[1], people[0], twin, people[9]]
                    .enumerated()
                {
                    outcomes.append(try batch.apply(PreparedCandidate(candidate), line: line + 2))
                }
                return Self.log(read: 5, inserted: 3, rejected: 2)
            }
            #expect(committed)
            #expect(outcomes.count == 5)
            #expect(
                outcomes[0] == .inserted && outcomes[1] == .inserted && outcomes[4] == .inserted)
            #expect(outcomes[2] == .duplicate(firstLine: 2))
            guard case .refused(let field, let reason) = outcomes[3] else {
                Issue.record("a case twin is refused, not \(outcomes[3])")
                return
            }
            #expect(field == .applicationID)
            #expect(reason.contains("“APP-0000002” at line 3 of this file"))
            #expect(
                try panel.rows(
                    "secretary",
                    "SELECT application_id, import_number, import_line FROM candidates WHERE import_number IS NOT NULL ORDER BY id"
                ) == [
                    ["APP-0000001", "1", "2"], ["APP-0000002", "1", "3"],
                    ["APP-0000010", "1", "6"],
                ])
            let log = try store.importLog()
            #expect(log.count == 1)
            #expect(log.first?.fileName == "καταλογος-2026.csv")
            #expect(log.first?.inserted == 3 && log.first?.rejected == 2)
            let entry = try panel.rows(
                "chair", "SELECT actor, action, object, after FROM audit ORDER BY seq DESC LIMIT 1")
            #expect(entry.first?.prefix(3) == ["secretary", "import", "import 1"])
            #expect(entry.first?.last?.contains(#""written_sha256":""#) == true)
        }

        @Test func aChangedRecordUpdatesItsRowWithAnEntryAndAnotherPersonIsRefused() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            let people = Array(FixtureCandidates.all.prefix(3))
            try store.importApplications(by: store.actor) { batch in
                for (line, candidate) in people.enumerated() {
                    _ = try batch.apply(PreparedCandidate(candidate), line: line + 2)
                }
                return Self.log(read: 3, inserted: 3, rejected: 0)
            }
            let rowID = try panel.count(
                "SELECT id FROM candidates WHERE application_id = 'APP-0000003'")
            var renamed = people[2]
            renamed.surname = "Żółć-Kowalska"
            var impostor = people[1]
            impostor.castRegistrationID = "CAST99999999"
            var outcomes: [ImportOutcome] = []
            try store.importApplications(by: store.actor) { batch in
                for (line, candidate) in [people[0], impostor, renamed].enumerated() {
                    outcomes.append(try batch.apply(PreparedCandidate(candidate), line: line + 2))
                }
                return Self.log(read: 3, inserted: 0, rejected: 1)
            }
            #expect(outcomes[0] == .unchanged)
            guard case .refused(.castRegistrationID, _) = outcomes[1] else {
                Issue.record("another person's record is refused, not \(outcomes[1])")
                return
            }
            #expect(outcomes[2] == .updated)
            // The row keeps its id, so what is attached to it stays.
            #expect(
                try panel.rows(
                    "member4",
                    "SELECT id, surname, name_search, import_number FROM candidates WHERE application_id = 'APP-0000003'"
                ) == [
                    [
                        "\(rowID)", "Żółć-Kowalska",
                        SearchFolding.fold("Żółć-Kowalska") + " " + SearchFolding.fold("Łukasz"),
                        "2",
                    ]
                ])
            #expect(
                try panel.rows(
                    "secretary",
                    "SELECT cast_registration_id FROM candidates WHERE application_id = 'APP-0000002'"
                ) == [["CAST01000002"]])
            let update = try panel.rows(
                "chair",
                "SELECT object, after::jsonb ->> 'changed', after::jsonb ->> 'import' FROM audit WHERE action = 'candidate.update'"
            )
            #expect(update == [["APP-0000003", "surname", "2"]])
            #expect(try store.importLog().map(\.inserted) == [3, 0])
        }

        @Test func anImportRefusedMidwayOrNotKeptLeavesNothing() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            let trail = try panel.count("SELECT count(*) FROM audit")
            struct Interrupted: Error {}
            #expect(throws: Interrupted.self) {
                try store.importApplications(by: store.actor) { batch in
                    for (line, candidate) in FixtureCandidates.all.enumerated() {
                        _ = try batch.apply(PreparedCandidate(candidate), line: line + 2)
                    }
                    throw Interrupted()
                }
            }
            let kept = try store.importApplications(by: store.actor) { batch in
                _ = try batch.apply(PreparedCandidate(FixtureCandidates.all[0]), line: 2)
                return nil
            }
            #expect(!kept)
            #expect(try panel.count("SELECT count(*) FROM candidates") == 4)
            #expect(try panel.count("SELECT count(*) FROM imports") == 0)
            #expect(try panel.count("SELECT count(*) FROM audit") == trail)
            #expect(try store.importLog().isEmpty)
        }

        @Test func afterTheRankingIsFinalAChangedApplicationStopsTheWholeImport() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            try store.importApplications(by: store.actor) { batch in
                _ = try batch.apply(PreparedCandidate(FixtureCandidates.all[10]), line: 2)
                return Self.log(read: 1, inserted: 1, rejected: 0)
            }
            try panel.run(
                "chair",
                "INSERT INTO ranking_finalisation (id, finalised_at, finalised_by) VALUES (1, '2026-03-01T12:00:00Z', 'chair')"
            )
            var changed = FixtureCandidates.all[10]
            changed.givenNames = "花子"
            let error = #expect(throws: StoreError.self) {
                try store.importApplications(by: store.actor) { batch in
                    _ = try batch.apply(PreparedCandidate(FixtureCandidates.all[11]), line: 2)
                    _ = try batch.apply(PreparedCandidate(changed), line: 3)
                    return Self.log(read: 2, inserted: 1, rejected: 0)
                }
            }
            #expect("\(error!)".contains("finalised by chair"))
            #expect(
                try panel.rows(
                    "secretary",
                    "SELECT application_id, given_names FROM candidates WHERE import_number IS NOT NULL"
                ) == [["APP-0000011", "太郎"]])
            #expect(try store.importLog().count == 1)
        }

        @Test func inBlindModeNewApplicationsArriveButAnUpdateIsRefusedWhole() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            let chair = try panel.engine(as: "chair")
            try chair.setBlindMode(true, reason: "ślepa ocena", by: chair.actor)
            try store.importApplications(by: store.actor) { batch in
                _ = try batch.apply(PreparedCandidate(FixtureCandidates.all[4]), line: 2)
                return Self.log(read: 1, inserted: 1, rejected: 0)
            }
            var changed = FixtureCandidates.all[4]
            changed.givenNames = "Saoirse"
            #expect(throws: StoreError.self) {
                try store.importApplications(by: store.actor) { batch in
                    _ = try batch.apply(PreparedCandidate(FixtureCandidates.all[5]), line: 2)
                    _ = try batch.apply(PreparedCandidate(changed), line: 3)
                    return Self.log(read: 2, inserted: 1, rejected: 0)
                }
            }
            try chair.setBlindMode(false, reason: "koniec", by: chair.actor)
            #expect(
                try panel.rows(
                    "secretary",
                    "SELECT application_id, given_names FROM candidates WHERE import_number IS NOT NULL"
                ) == [["APP-0000005", "Siobhán"]])
            #expect(try store.importLog().count == 1)
        }

        static func log(read: Int, inserted: Int, rejected: Int) -> ImportLogEntry {
            ImportLogEntry(
                startedAt: Timestamp(iso: "2026-02-10T09:00:00Z")!, user: "secretary",
                fileName: "καταλογος-2026.csv", fileSHA256: String(repeating: "ab", count: 32),
                format: "csv", recordsRead: read, inserted: inserted, updated: 0, unchanged: 0,
                withWarnings: 0, rejected: rejected)
        }
    }
#endif
