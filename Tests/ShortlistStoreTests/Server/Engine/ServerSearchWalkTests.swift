#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// The search as a keystroke asks it on a server: counted, then the next match found by
    /// walking the list's index when many match (more than `walkAbove`), or among the few that
    /// do; the application id matched word by word inside the names' vector, as FTS5 does.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerSearchWalkTests {
        /// How many namesakes the walk is tried on: more than the engine sorts.
        static let namesakes = PostgresStore.walkAbove + 100

        /// The fixture's four candidates and `namesakes` Kowalskas: in name order after
        /// Ivanova and before Papadopoulos; in id order after every APP-.
        func panel() throws -> ServerPanel {
            let panel = try ServerPanel()
            try panel.admin(
                """
                INSERT INTO shortlist.candidates (id, application_id, surname, given_names, name_key,
                    name_search, name_latin)
                SELECT n, 'KOW-' || lpad(n::text, 4, '0'), 'Kowalska', 'Zofia Żaneta',
                    'kowalska zofia zaneta ' || lpad(n::text, 4, '0'), 'kowalska zofia zaneta', ''
                FROM generate_series(5, \(4 + Self.namesakes)) n;
                """)
            return panel
        }

        /// The list in name order as the administrator reads it.
        func nameOrder(_ panel: ServerPanel) throws -> [String] {
            try panel.admin(
                "SELECT application_id FROM shortlist.candidates ORDER BY name_key, id"
            ).rows.compactMap(\.first)
        }

        @Test func manyMatchesAreWalkedInListOrderAndWrap() throws {
            let panel = try panel()
            let order = try nameOrder(panel)
            let store = try panel.open("member2")
            defer { _ = try? store.close() }  // a failed expectation must not leak the connection
            let search = try #require(CandidateSearch("kowal"))
            let first = try #require(
                try store.nextMatch(search, from: nil, inclusive: true, order: .name))
            let firstKowalska = try #require(order.firstIndex { $0.hasPrefix("KOW-") })
            #expect(first.applicationID.rawValue == order[firstKowalska])
            #expect(first.position == firstKowalska)
            #expect(first.matches == Self.namesakes)
            #expect(!first.wrapped)

            let middle = firstKowalska + Self.namesakes / 2
            let next = try #require(
                try store.nextMatch(
                    search, from: ApplicationID(order[middle]), inclusive: false, order: .name))
            #expect(next.applicationID.rawValue == order[middle + 1])
            #expect(next.position == middle + 1)
            let same = try #require(
                try store.nextMatch(
                    search, from: ApplicationID(order[middle]), inclusive: true, order: .name))
            #expect(same.applicationID.rawValue == order[middle])

            let lastKowalska = try #require(order.lastIndex { $0.hasPrefix("KOW-") })
            let wrapped = try #require(
                try store.nextMatch(
                    search, from: ApplicationID(order[lastKowalska]), inclusive: false,
                    order: .name))
            #expect(wrapped.applicationID.rawValue == order[firstKowalska])
            #expect(wrapped.wrapped)
            let backwards = try #require(
                try store.nextMatch(
                    search, from: ApplicationID(order[firstKowalska]), forward: false,
                    inclusive: false, order: .name))
            #expect(backwards.applicationID.rawValue == order[lastKowalska])
            #expect(backwards.position == lastKowalska)
            #expect(backwards.wrapped)

            // From candidates who do not match: Ivanova, before the Kowalskas, and Wałęsa,
            // after them.
            let fromIvanova = try #require(
                try store.nextMatch(
                    search, from: ApplicationID("APP-2"), inclusive: false, order: .name))
            #expect(fromIvanova.applicationID.rawValue == order[firstKowalska])
            #expect(!fromIvanova.wrapped)
            let fromWalesa = try #require(
                try store.nextMatch(
                    search, from: ApplicationID("APP-3"), inclusive: false, order: .name))
            #expect(fromWalesa.applicationID.rawValue == order[firstKowalska])
            #expect(fromWalesa.wrapped)
        }

        @Test func theWalkKeepsToTheApplicationIdOrderAndTheFilter() throws {
            let panel = try panel()
            let store = try panel.open("chair")
            defer { _ = try? store.close() }  // as above
            let search = try #require(CandidateSearch("zofia"))
            let first = try #require(
                try store.nextMatch(search, from: nil, inclusive: true, order: .applicationID))
            // APP-1…APP-4 come first in id order; the Kowalskas follow, KOW-0005 first.
            #expect(first.applicationID == ApplicationID("KOW-0005"))
            #expect(first.position == 4)
            let back = try #require(
                try store.nextMatch(
                    search, from: ApplicationID("KOW-0005"), forward: false, inclusive: false,
                    order: .applicationID))
            #expect(back.applicationID.rawValue == String(format: "KOW-%04d", 4 + Self.namesakes))
            #expect(back.wrapped)

            // Only the invited (the fixture's four, none a Kowalska): nobody matches.
            #expect(
                try store.nextMatch(
                    search, from: nil, inclusive: true, order: .name, scope: .invited) == nil)
            let greek = try #require(CandidateSearch("παπαδ"))
            let invited = try #require(
                try store.nextMatch(
                    greek, from: nil, inclusive: true, order: .name, scope: .invited))
            #expect(invited.applicationID == ApplicationID("APP-1"))
            #expect(invited.matches == 1)
        }

        @Test func applicationIdsAreFoundWordByWordAmongTheNames() throws {
            let panel = try panel()
            let store = try panel.open("reviewer")
            defer { _ = try? store.close() }  // as above
            #expect(try store.searchNames("0007", limit: 5) == [ApplicationID("KOW-0007")])
            #expect(try store.searchNames("kow-001", limit: 20).count == 10)
            // Words of the id and of the name together, as FTS5 matches a row's columns.
            #expect(
                try store.searchNames("Kowalska 0009", limit: 5) == [ApplicationID("KOW-0009")])
            let byID = try #require(CandidateSearch("app 3"))
            let hit = try #require(
                try store.nextMatch(byID, from: nil, inclusive: true, order: .name))
            #expect(hit.applicationID == ApplicationID("APP-3"))
            #expect(hit.matches == 1)
            // Only word starts: "pp" is inside "app", and "7" inside "0007" (every id's
            // number starts with 0).
            #expect(try store.searchNames("pp", limit: 5) == [])
            #expect(try store.searchNames("7", limit: 5) == [])
        }
    }
#endif
