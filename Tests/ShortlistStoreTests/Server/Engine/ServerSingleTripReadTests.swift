#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// A page, a detail and a search keystroke read in one or two statements that read the
    /// names as if blind mode were off and say beside them whether it is: blind mode switched
    /// on while a store is open must be heeded at its next read, by a role the grants refuse
    /// (the server's refusal) and by one they do not (the administrator: the mode beside the
    /// names); and the application-id order, paged by the id alone, must be the list's.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerSingleTripReadTests {
        /// The fixture's four and 26 more, with Greek, Cyrillic, Polish and CJK names, whose
        /// ids sort between and after the fixture's.
        func panel() throws -> ServerPanel {
            let panel = try ServerPanel()
            try panel.admin(
                """
                INSERT INTO shortlist.candidates (id, application_id, surname, given_names, name_key,
                    name_search, name_latin)
                SELECT n, 'APP-' || (n * 7 % 31) || '-' || n,
                    (ARRAY['Ζαχαρίου', 'Смирнова', 'Żółkiewska', '李'])[n % 4 + 1], 'Ανna',
                    (ARRAY['zachariou', 'smirnova', 'zolkiewska', '李'])[n % 4 + 1] || ' ' || n,
                    (ARRAY['ζαχαριου', 'смирнова', 'zolkiewska', '李'])[n % 4 + 1],
                    (ARRAY['zachariou', 'smirnova', '', 'li'])[n % 4 + 1]
                FROM generate_series(5, 30) n;
                INSERT INTO shortlist.candidate_texts VALUES \(ServerPanel.textsRow(1, "Υδρολογία", "Łódź"));
                """)
            return panel
        }

        func ids(_ rows: [CandidateRow]) -> [String] { rows.map(\.summary.applicationID.rawValue) }

        func order(_ panel: ServerPanel, by key: String) throws -> [String] {
            try panel.admin(
                "SELECT application_id FROM shortlist.candidates ORDER BY \(key), id"
            ).rows.compactMap(\.first)
        }

        @Test func blindModeSwitchedOnWhileOpenIsHeededAtTheNextRead() throws {
            let panel = try panel()
            let store = try panel.open("member1")
            defer { _ = try? store.close() }  // a failed expectation must not leak the connection
            let byName = try order(panel, by: "name_key")
            let named = try store.candidates(order: .name, page: .first(limit: 50))
            #expect(ids(named) == byName)
            #expect(try store.candidate(ApplicationID("APP-1"))?.surname == "Παπαδόπουλος")
            let greek = try #require(CandidateSearch("ζαχαρ"))
            #expect(try store.nextMatch(greek, from: nil, inclusive: true, order: .name) != nil)

            try panel.run("chair", "SELECT set_blind_mode(true)")
            let blind = try store.candidates(order: .name, page: .first(limit: 50))
            // The name order is the id's when the names are withheld, and no name is shown.
            #expect(ids(blind) == (try order(panel, by: "application_id")))
            #expect(blind.allSatisfy { $0.summary.isBlinded && $0.summary.givenNames.isEmpty })
            let candidate = try #require(try store.candidate(ApplicationID("APP-1")))
            #expect(candidate.surname == "APP-1")
            #expect(candidate.email == nil)
            #expect(candidate.cvText == "Υδρολογία")
            #expect(try store.nextMatch(greek, from: nil, inclusive: true, order: .name) == nil)
            // The ids' words only: APP-4-5 is the one id with a word 4 and a word 5.
            let byID = try #require(CandidateSearch("app 4 5"))
            #expect(
                try store.nextMatch(byID, from: nil, inclusive: true, order: .name)?.applicationID
                    == ApplicationID("APP-4-5"))

            try panel.run("chair", "SELECT set_blind_mode(false)")
            #expect(ids(try store.candidates(order: .name, page: .first(limit: 50))) == byName)
            #expect(try store.candidate(ApplicationID("APP-2"))?.surname == "Иванова")
        }

        @Test func aRoleTheGrantsLeaveTheNamesToStillReadsBlind() throws {
            let panel = try panel()
            try panel.run("chair", "SELECT set_blind_mode(true)")
            // The administrator keeps every grant: only the mode read beside the names can
            // withhold them.
            #expect(
                try panel.admin("SELECT surname FROM shortlist.candidates WHERE id = 2").rows
                    == [["Иванова"]])
            let store = try panel.open(ServerCluster.admin)
            defer { _ = try? store.close() }  // as above
            let rows = try store.candidates(order: .name, page: .first(limit: 50))
            #expect(ids(rows) == (try order(panel, by: "application_id")))
            #expect(
                rows.allSatisfy {
                    $0.summary.isBlinded && $0.summary.surname == $0.summary.applicationID.rawValue
                })
            let candidate = try #require(try store.candidate(ApplicationID("APP-2")))
            #expect(candidate.surname == "APP-2")
            #expect(candidate.email == nil)
            let cyrillic = try #require(CandidateSearch("иван"))
            #expect(
                try store.nextMatch(cyrillic, from: nil, inclusive: true, order: .name) == nil)
            #expect(
                try store.nextMatch(cyrillic, from: nil, inclusive: true, order: .applicationID)
                    == nil)
        }

        @Test func theApplicationIdOrderPagedByTheIdAloneIsTheList() throws {
            let panel = try panel()
            let store = try panel.open("member2")
            defer { _ = try? store.close() }  // as above
            let expected = try order(panel, by: "application_id")
            #expect(expected.count == 30)
            // Forwards from the first page by anchors, then backwards from the last.
            var forward = try store.candidates(order: .applicationID, page: .first(limit: 7))
            while let last = forward.last,
                case let more = try store.candidates(
                    order: .applicationID, page: .after(last.anchor, limit: 7)),
                !more.isEmpty
            {
                forward += more
            }
            #expect(ids(forward) == expected)
            var backward = try store.candidates(order: .applicationID, page: .last(limit: 4))
            while let first = backward.first,
                case let more = try store.candidates(
                    order: .applicationID, page: .before(first.anchor, limit: 4)),
                !more.isEmpty
            {
                backward = more + backward
            }
            #expect(ids(backward) == expected)
            #expect(
                ids(try store.candidates(order: .applicationID, page: .offset(11, limit: 5)))
                    == Array(expected[11..<16]))
            for (position, id) in expected.enumerated() where position % 6 == 0 {
                #expect(
                    try store.position(of: ApplicationID(id), order: .applicationID) == position)
            }

            // The search keeps to the same order: every Смирнова in turn, then round again.
            let cyrillic = try #require(CandidateSearch("смирн"))
            let smirnovas = try panel.admin(
                "SELECT application_id FROM shortlist.candidates WHERE surname = 'Смирнова' ORDER BY application_id"
            ).rows.compactMap(\.first)
            var found: [String] = []
            var from: ApplicationID? = nil
            var hit: SearchHit?
            repeat {
                hit = try store.nextMatch(
                    cyrillic, from: from, inclusive: from == nil, order: .applicationID)
                let current = try #require(hit)
                if current.wrapped { break }
                found.append(current.applicationID.rawValue)
                #expect(current.position == expected.firstIndex(of: current.applicationID.rawValue))
                #expect(current.matches == smirnovas.count)
                from = current.applicationID
            } while found.count <= smirnovas.count
            #expect(found == smirnovas)
            #expect(hit?.applicationID.rawValue == smirnovas.first)
            let firstSmirnova = ApplicationID(try #require(smirnovas.first))
            let back = try #require(
                try store.nextMatch(
                    cyrillic, from: firstSmirnova, forward: false, inclusive: false,
                    order: .applicationID))
            #expect(back.applicationID.rawValue == smirnovas.last)
            #expect(back.wrapped)
            // From someone who is not in the list at all: from the start, not wrapped.
            let fromNobody = try #require(
                try store.nextMatch(
                    cyrillic, from: ApplicationID("NOBODY"), inclusive: false,
                    order: .applicationID))
            #expect(fromNobody.applicationID.rawValue == smirnovas.first)
            #expect(!fromNobody.wrapped)
        }
    }
#endif
