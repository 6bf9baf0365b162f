#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// The texts' search vectors the store builds itself (`PostgresTextVector`): the same
    /// answers as SQLite's index on random multi-script texts, the server's own vector where
    /// both fold alike, every path that writes texts writing the vector, and what the server
    /// still refuses.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerTextVectorTests {
        /// Words in Polish, Greek, Cyrillic, CJK and English, with digits.
        static let pool = [
            "policy", "water", "digital", "twin", "twins", "twinning", "river", "basin", "data",
            "science", "scientist", "management", "project", "Łódź", "Gdańsk", "Żółć", "Kraków",
            "Crème", "brûlée", "Θεσσαλονίκη", "ΑΘΗΝΑ", "Гидрология", "Москва", "водный", "数字孪生",
            "東京都", "2025", "3", "ab12",
        ]
        /// Between words: FTS5 and the store cut at every one of them.
        static let separators = [" ", ", ", ".\n", " – ", "-", "'s ", " (", ") ", "/", ": "]

        /// A random text of `count` words from `pool`.
        static func text(_ count: Int, _ random: inout SeededRandom) -> String {
            var out = ""
            for index in 0..<count {
                if index > 0 { out += separators[random.below(separators.count)] }
                out += pool[random.below(pool.count)]
            }
            return out
        }

        @Test func searchAnswersAreSQLitesOnRandomMultiScriptTexts() throws {
            var random = SeededRandom(seed: 21)
            let people = (1...60).map { n in
                FixtureCandidates.make(
                    n, "Kowalska-\(n)", "Αννα", nationality: "PL",
                    cv: Self.text(3 + random.below(40), &random))
            }
            .map { candidate in
                var candidate = candidate
                candidate.motivation = Self.text(1 + random.below(12), &random)
                return candidate
            }
            let folder = TemporaryDirectory("text-vectors")
            let local = try TestDatabase.create(at: folder.file("local.db"), candidates: people)
            let panel = try ServerPanel()
            let secretary = try panel.engine(as: "secretary")
            #expect(try secretary.insertCandidates(people, by: secretary.actor) == people.count)
            let server = try panel.engine(as: "member1")
            defer { _ = try? server.close() }  // a failed expectation must not leak the connection

            var queries = Self.pool.flatMap { [$0, $0.lowercased(), $0.uppercased()] }
            queries += ["gdansk", "KRAKOW", "creme", "brulee", "athna"]
            queries += ["twin*", "sci*", "Гидро*", "数字*", "manag*", "2*", "Łó*"]
            for candidate in people.prefix(20) {
                let words = TextQuery.tokens(candidate.cvText)
                guard words.count >= 3 else { continue }
                let at = random.below(words.count - 2)
                queries.append("\"\(words[at]) \(words[at + 1])\"")
                queries.append("\"\(words[at]) \(words[at + 1]) \(words[at + 2].prefix(2))\"")
                // The last CV word and the first motivation word: a phrase across the two
                // matches on neither engine.
                if let first = TextQuery.tokens(candidate.motivation).first {
                    queries.append("\"\(words.last!) \(first)\"")
                }
            }
            let chair = try local.acting(as: "chair")
            func answers(_ query: String) throws -> (sqlite: [String], server: [String]) {
                (
                    try ids(local, local.compile("text:\(query)", for: chair)),
                    try ids(server, server.compile("text:\(query)", for: server.actor))
                        .filter { $0.hasPrefix("APP-00") }
                )
            }
            var compared = 0
            for query in queries {
                let (expected, found) = try answers(query)
                #expect(found == expected, "text:\(query)")
                compared += expected.isEmpty ? 0 : 1
            }
            // Most queries find someone: the comparison is not of empty answers.
            #expect(compared > queries.count / 2)
            // SQLite's index keeps ł and the Greek accents; the server folds them as the
            // names are folded (and as it did with `unaccent`): it finds the word as written
            // and without them.
            for (folded, written) in [
                ("lodz", "Łódź"), ("zolc", "Żółć"), ("θεσσαλονικη", "Θεσσαλονίκη"),
            ] {
                let (_, found) = try answers(folded)
                let (expected, _) = try answers(written)
                #expect(found == expected && !found.isEmpty, "text:\(folded)")
            }
        }

        func ids(_ store: any PanelDatabase, _ filter: CompiledFilter) throws -> [String] {
            try store.candidates(order: .applicationID, page: .first(limit: 500), filter: filter)
                .map(\.summary.applicationID.rawValue)
        }

        @Test func whereBothFoldAlikeTheVectorIsTheServersOwn() throws {
            // Words the server's parser and `unaccent` cut and fold as the store does (the
            // pool has no final sigma or Hangul, which SearchFolding folds further).
            let panel = try ServerPanel()
            var random = SeededRandom(seed: 2026)
            var rows: [String] = []
            for n in 0..<40 {
                // The server's parser reads `a-b` as three words and `a/b` as a path, and its
                // `unaccent` keeps й: those are SQLite's way here, not the server's.
                let text = Self.text(1 + random.below(60), &random)
                    .replacingOccurrences(of: "-", with: " ")
                    .replacingOccurrences(of: "'s", with: " s")
                    .replacingOccurrences(of: "/", with: " ")
                    .replacingOccurrences(of: "й", with: "и")
                let vector = PostgresTextVector.text(cv: text, motivation: "")
                rows.append(
                    "(\(n), \(ServerPanel.literal(text)), \(ServerPanel.literal(vector)))")
            }
            let differing = try panel.admin(
                """
                SELECT n, v, to_tsvector('simple', shortlist.search_fold(t))::text
                FROM (VALUES \(rows.joined(separator: ", "))) AS x (n, t, v)
                WHERE v::tsvector <> to_tsvector('simple', shortlist.search_fold(t))
                """
            ).rows
            #expect(differing == [])
        }

        @Test func positionsKeepPhrasesAndTheMotivationApart() {
            #expect(
                PostgresTextVector.text(cv: "Data, data – DATA science", motivation: "Data")
                    == "'data':1,2,3,6 'science':4")
            #expect(PostgresTextVector.text(cv: "", motivation: "") == "")
            // The binary form the import binds: lexemes in order, each a C string with its
            // count of positions and the positions, in network order.
            #expect(
                PostgresTextVector.binary(cv: "b a B", motivation: "").bytes == [
                    0, 0, 0, 2, 97, 0, 0, 1, 0, 2, 98, 0, 0, 2, 0, 1, 0, 3,
                ])
            #expect(
                PostgresTextVector.text(cv: "Łódź 数字孪生", motivation: "Москва")
                    == "'lodz':1 'москва':4 '数字孪生':2")
            // A quote or backslash never reaches a lexeme, and a word too long to store is
            // skipped as `to_tsvector` skips it.
            let long = String(repeating: "x", count: PostgresTextVector.longestLexeme + 1)
            #expect(
                PostgresTextVector.text(cv: "a'b \\c \(long) d", motivation: "")
                    == "'a':1 'b':2 'c':3 'd':5")
            #expect(
                PostgresTextQuery.tsquery("\"o'neil data scien\"")
                    == "'o' <-> 'neil' <-> 'data' <-> 'scien':*")
            #expect(PostgresTextQuery.tsquery("ŁÓDŹ twin*") == "('lodz') & ('twin':*)")
        }

        @Test func everyPathThatWritesTextsWritesTheirVector() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "secretary")
            var people = Array(FixtureCandidates.all.prefix(2))
            people[0].cvText = "Hydrologist in Θεσσαλονίκη"
            people[1].cvText = "Инженер в Łódź"
            people[1].motivation = ""
            try store.importApplications(by: store.actor) { batch in
                for (line, candidate) in people.enumerated() {
                    _ = try batch.apply(PreparedCandidate(candidate), line: line + 2)
                }
                return Self.log(read: 2, inserted: 2)
            }
            func vector(_ id: String) throws -> String? {
                let output = try panel.admin(
                    "SELECT t.text_vector::text FROM shortlist.candidate_texts t JOIN shortlist.candidates c ON c.id = t.candidate_id WHERE c.application_id = '\(id)'"
                )
                return output.rows.first?.first
            }
            #expect(try vector("APP-0000002") == "'lodz':3 'в':2 'инженер':1")
            // A changed CV in a later import: the vector follows it.
            var changed = people[1]
            changed.cvText = "数字孪生 Gdańsk"
            changed.motivation = ""
            try store.importApplications(by: store.actor) { batch in
                _ = try batch.apply(PreparedCandidate(changed), line: 2)
                return Self.log(read: 1, inserted: 0)
            }
            #expect(try vector("APP-0000002") == "'gdansk':2 '数字孪生':1")
            // Erased: nothing of the texts is left in the vector either.
            #expect(
                try store.purge([ApplicationID("APP-0000002")], reason: "asked", by: store.actor)
                    == 1)
            #expect(
                try panel.admin(
                    "SELECT length(t.text_vector), t.cv_text FROM shortlist.candidate_texts t JOIN shortlist.candidates c ON c.id = t.candidate_id WHERE c.application_id = 'APP-0000002'"
                ).rows == [["0", ""]])
        }

        @Test func theServerRefusesTextsWithoutAVectorAndAMemberWritingOne() throws {
            let panel = try ServerPanel()
            #expect(throws: (any Error).self) {
                try panel.run(
                    "secretary", "INSERT INTO candidate_texts VALUES (1, 'Δεδομένα', 'policy')")
            }
            try panel.run(
                "secretary",
                "INSERT INTO candidate_texts VALUES \(ServerPanel.textsRow(1, "Δεδομένα", "policy"))"
            )
            #expect(throws: (any Error).self) {
                try panel.run(
                    "member1", "UPDATE candidate_texts SET text_vector = '' WHERE candidate_id = 1")
            }
            #expect(
                try panel.admin("SELECT text_vector::text FROM shortlist.candidate_texts").rows
                    == [["'policy':3 'δεδομενα':1"]])
        }

        static func log(read: Int, inserted: Int) -> ImportLogEntry {
            ImportLogEntry(
                startedAt: Timestamp(iso: "2026-02-10T09:00:00Z")!, user: "secretary",
                fileName: "βιογραφικά.csv", fileSHA256: String(repeating: "cd", count: 32),
                format: "csv", recordsRead: read, inserted: inserted, updated: read - inserted,
                unchanged: 0, withWarnings: 0, rejected: 0)
        }
    }

#endif
