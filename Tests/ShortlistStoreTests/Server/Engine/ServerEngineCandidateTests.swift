#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// Paging, search and filters through the engine, as a member reads them: the orders and
    /// anchors of SQLite's list, names folded and transliterated, blind mode as the server's
    /// grants enforce it, saved filters audited in the saver's name only.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerEngineCandidateTests {
        /// The fixture's four candidates with experience, nationalities and a CV each.
        func panel() throws -> ServerPanel {
            let panel = try ServerPanel()
            try panel.admin(
                """
                UPDATE shortlist.candidates SET years_experience = 12, nationalities = 'EL' WHERE id = 1;
                UPDATE shortlist.candidates SET years_experience = 3, nationalities = 'BG' WHERE id = 2;
                UPDATE shortlist.candidates SET years_experience = 7.5, nationalities = 'PL' WHERE id = 3;
                INSERT INTO shortlist.candidate_texts VALUES
                    \(ServerPanel.textsRow(1, "Digital twins of river basins in Θεσσαλονίκη", "policy")),
                    \(ServerPanel.textsRow(2, "Гидрология", "water")),
                    \(ServerPanel.textsRow(3, "Water policy in Łódź", "digital transformation and twinning")),
                    \(ServerPanel.textsRow(4, "数字孪生", "policy"));
                """)
            return panel
        }

        func ids(_ rows: [CandidateRow]) -> [String] { rows.map(\.summary.applicationID.rawValue) }

        @Test func pagesInNameAndIdOrderWithAnchorsAndPositions() throws {
            let panel = try panel()
            let store = try panel.open("member1")
            defer { _ = try? store.close() }  // a failed expectation must not leak the connection
            #expect(try store.candidateCount(scope: .all, filter: nil) == 4)
            let first = try store.candidates(order: .name, page: .first(limit: 2))
            #expect(ids(first) == ["APP-2", "APP-1"])
            #expect(first[1].summary.surname == "Παπαδόπουλος")
            let next = try store.candidates(order: .name, page: .after(first[1].anchor, limit: 2))
            #expect(ids(next) == ["APP-3", "APP-4"])
            #expect(next[1].summary.displayName == "王, 小明")
            #expect(
                ids(try store.candidates(order: .name, page: .before(next[0].anchor, limit: 5)))
                    == ["APP-2", "APP-1"])
            #expect(ids(try store.candidates(order: .name, page: .last(limit: 1))) == ["APP-4"])
            #expect(
                ids(try store.candidates(order: .name, page: .offset(1, limit: 2)))
                    == ["APP-1", "APP-3"])
            #expect(
                ids(try store.candidates(order: .applicationID, page: .first(limit: 3)))
                    == ["APP-1", "APP-2", "APP-3"])
            #expect(try store.position(of: ApplicationID("APP-3"), order: .name) == 2)
            #expect(try store.position(of: ApplicationID("APP-4"), order: .applicationID) == 3)
            #expect(try store.position(of: ApplicationID("APP-9"), order: .name) == nil)
            let candidate = try #require(try store.candidate(ApplicationID("APP-3")))
            #expect(candidate.surname == "Wałęsa")
            #expect(candidate.email == "l.walesa@example.eu")
            #expect(candidate.cvText == "Water policy in Łódź")
            #expect(candidate.yearsExperience == .value(7.5))
            #expect(try store.candidate(ApplicationID("APP-9")) == nil)
        }

        @Test func namesAreFoundFoldedAndTransliterated() throws {
            let panel = try panel()
            let store = try panel.open("reviewer")
            defer { _ = try? store.close() }  // as above
            #expect(try store.searchNames("παπαδ", limit: 10) == [ApplicationID("APP-1")])
            #expect(try store.searchNames("Papad", limit: 10) == [ApplicationID("APP-1")])
            #expect(try store.searchNames("ИВАН", limit: 10) == [ApplicationID("APP-2")])
            #expect(try store.searchNames("Wałęsa", limit: 10) == [ApplicationID("APP-3")])
            #expect(try store.searchNames("小", limit: 10) == [ApplicationID("APP-4")])
            #expect(try store.searchNames("wang xiao", limit: 10) == [ApplicationID("APP-4")])
            #expect(try store.searchNames("app 4", limit: 10) == [ApplicationID("APP-4")])
            #expect(try store.searchNames("app", limit: 2).count == 2)
            #expect(try store.searchNames("  -- ", limit: 10) == [])
        }

        @Test func searchWalksTheListAndWrapsAtTheEnds() throws {
            let panel = try panel()
            let store = try panel.open("member3")
            defer { _ = try? store.close() }  // as above
            let policy = try #require(CandidateSearch("text:policy"))
            // Name order: APP-2, APP-1, APP-3, APP-4; the CVs of APP-1, APP-3 and APP-4 say policy.
            let first = try #require(
                try store.nextMatch(policy, from: nil, inclusive: true, order: .name))
            #expect(first.applicationID == ApplicationID("APP-1"))
            #expect(first.position == 1)
            #expect(first.matches == 3)
            #expect(!first.wrapped)
            let next = try #require(
                try store.nextMatch(
                    policy, from: first.applicationID, inclusive: false, order: .name))
            #expect(next.applicationID == ApplicationID("APP-3"))
            let last = try #require(
                try store.nextMatch(
                    policy, from: ApplicationID("APP-4"), inclusive: false, order: .name))
            #expect(last.applicationID == ApplicationID("APP-1"))
            #expect(last.wrapped)
            let back = try #require(
                try store.nextMatch(
                    policy, from: ApplicationID("APP-3"), forward: false, inclusive: false,
                    order: .name))
            #expect(back.applicationID == ApplicationID("APP-1"))
            let greek = try #require(CandidateSearch("Παπα"))
            let hit = try #require(
                try store.nextMatch(greek, from: nil, inclusive: true, order: .applicationID))
            #expect(hit.applicationID == ApplicationID("APP-1"))
            #expect(hit.matches == 1)
            let phrase = try #require(CandidateSearch("\"digital twin\""))
            let sorted = try #require(
                try store.nextMatch(
                    phrase, from: nil, inclusive: true, order: .name,
                    sortedBy: [SortKey(.experience, descending: true)]))
            #expect(sorted.applicationID == ApplicationID("APP-1"))
            #expect(sorted.position == 0)
            #expect(
                try store.nextMatch(
                    #require(CandidateSearch("nobody")), from: nil, inclusive: true, order: .name)
                    == nil)
        }

        @Test func filtersSelectCountAndPage() throws {
            let panel = try panel()
            let store = try panel.open("member2")
            defer { _ = try? store.close() }  // as above
            let viewer = try #require((store as? PostgresStore)?.actor)
            let senior = try store.compile("exp >= 5", for: viewer)
            #expect(try store.candidateCount(filter: senior) == 2)
            #expect(
                ids(try store.candidates(order: .name, page: .first(limit: 5), filter: senior))
                    == ["APP-1", "APP-3"])
            #expect(
                try store.position(of: ApplicationID("APP-3"), order: .name, filter: senior) == 1)
            #expect(
                try store.position(of: ApplicationID("APP-2"), order: .name, filter: senior) == nil)
            let unknown = try store.compile("not exp >= 5", for: viewer)
            #expect(
                ids(
                    try store.candidates(
                        order: .applicationID, page: .first(limit: 5), filter: unknown))
                    == ["APP-2", "APP-4"])
            let phrase = try store.compile("text:\"digital twin\"", for: viewer)
            #expect(
                ids(try store.candidates(order: .name, page: .first(limit: 5), filter: phrase)) == [
                    "APP-1"
                ])
            // Diacritics fold out of texts and queries alike, as in SQLite's index.
            for query in ["text:lodz", "text:ŁÓDŹ", "text:\"water policy in lodz\""] {
                let folded = try store.compile(query, for: viewer)
                #expect(
                    ids(try store.candidates(order: .name, page: .first(limit: 5), filter: folded))
                        == ["APP-3"], "\(query)")
            }
            let greek = try store.compile("text:θεσσαλονικη", for: viewer)
            #expect(try store.candidateCount(filter: greek) == 1)
            let words = try store.compile("text:policy and nat in (EL, PL)", for: viewer)
            #expect(try store.candidateCount(filter: words) == 2)
            let invited = try store.compile("invited and not nat = BG", for: viewer)
            // An unknown nationality is not BG: `not` takes it in, as SQLite does.
            #expect(try store.candidateCount(scope: .invited, filter: invited) == 3)
            // Nothing is scored: a filter on totals compiles and selects nobody.
            #expect(try store.candidateCount(filter: store.compile("total >= 3", for: viewer)) == 0)
        }

        @Test func screeningCountsFilterAndShowInTheRows() throws {
            let panel = try panel()
            try panel.admin(
                """
                INSERT INTO shortlist.profile_criteria (id, grp, position) VALUES
                    ('A1', 'required', 0), ('A2', 'required', 1), ('B1', 'desired', 2);
                INSERT INTO shortlist.screening VALUES
                    (1, 'member1', 'A1', 'met', 'x'), (1, 'member1', 'A2', 'met', 'x'),
                    (2, 'member1', 'A1', 'met', 'x'), (2, 'member1', 'A2', 'not_met', 'x'),
                    (3, 'member2', 'A1', 'partly', 'x');
                """)
            let store = try panel.open("member1")
            defer { _ = try? store.close() }  // as above
            let viewer = try #require((store as? PostgresStore)?.actor)
            let allMet = try store.compile("A = all-met", for: viewer)
            #expect(
                ids(
                    try store.candidates(
                        order: .applicationID, page: .first(limit: 9), filter: allMet))
                    == ["APP-1"])
            #expect(try store.candidateCount(filter: try store.compile("A >= 1", for: viewer)) == 2)
            #expect(
                try store.candidateCount(filter: try store.compile("A = none-met", for: viewer))
                    == 2)
            #expect(throws: FilterSyntaxError.self) { _ = try store.compile("Z >= 1", for: viewer) }
            let rows = try store.candidates(order: .applicationID, page: .first(limit: 9))
            #expect(rows[0].summary.screening != nil)
            #expect(rows[0].summary.screening != rows[3].summary.screening)
        }

        @Test func sortKeysOrderMissingValuesLowest() throws {
            let panel = try panel()
            let store = try panel.open("chair")
            defer { _ = try? store.close() }  // as above
            let byExperience = [SortKey(.experience, descending: true)]
            #expect(
                ids(
                    try store.candidates(
                        sortedBy: byExperience, offset: 0, limit: 10, scope: .all, filter: nil))
                    == ["APP-1", "APP-3", "APP-2", "APP-4"])
            #expect(
                ids(
                    try store.candidates(
                        sortedBy: [SortKey(.experience, descending: false)], offset: 1, limit: 2,
                        scope: .all, filter: nil))
                    == ["APP-2", "APP-3"])
            #expect(
                try store.position(
                    of: ApplicationID("APP-2"), sortedBy: byExperience, scope: .all, filter: nil)
                    == 2)
            var seen: [String] = []
            try store.forEachCandidate(filter: nil, sort: byExperience, limit: 3) {
                seen.append($0.applicationID.rawValue)
            }
            #expect(seen == ["APP-1", "APP-3", "APP-2"])
        }

        @Test func blindModeWithholdsNamesAsTheServerDoes() throws {
            let panel = try panel()
            try panel.run("chair", "SELECT set_blind_mode(true)")
            let store = try panel.open("member4")
            defer { _ = try? store.close() }  // as above
            let rows = try store.candidates(order: .name, page: .first(limit: 10))
            #expect(ids(rows) == ["APP-1", "APP-2", "APP-3", "APP-4"])
            #expect(
                rows.allSatisfy {
                    $0.summary.isBlinded && $0.summary.surname == $0.summary.applicationID.rawValue
                })
            let candidate = try #require(try store.candidate(ApplicationID("APP-1")))
            #expect(candidate.email == nil)
            #expect(candidate.surname == "APP-1")
            #expect(try store.searchNames("παπαδ", limit: 10) == [])
            #expect(try store.searchNames("app 2", limit: 10) == [ApplicationID("APP-2")])
            let viewer = try #require((store as? PostgresStore)?.actor)
            #expect(throws: FilterSyntaxError.self) {
                _ = try store.compile("nat = EL", for: viewer)
            }
            // What the store does not ask for, the server still refuses.
            #expect(
                try panel.refused("member4", "SELECT surname FROM candidates").contains(
                    "permission denied"))
        }

        @Test func savedFiltersAreSharedAndAuditedInTheSaversName() throws {
            let panel = try panel()
            let member = try panel.open("member1")
            defer { _ = try? member.close() }  // as above
            let me = try #require((member as? PostgresStore)?.actor)
            try member.saveFilter(name: "doświadczeni", expression: "exp >= 5", by: me)
            try member.saveFilter(name: "doświadczeni", expression: "exp >= 10", by: me)
            let other = try panel.open("member2")
            defer { _ = try? other.close() }  // as above
            let saved = try #require(try other.savedFilter(named: "doświadczeni"))
            #expect(saved.expression == "exp >= 10")
            #expect(saved.savedBy == "member1")
            let someoneElse = Actor(name: "member2", member: nil)
            #expect(throws: StoreError.self) {
                try member.saveFilter(name: "x", expression: "exp > 1", by: someoneElse)
            }
            #expect(throws: StoreError.self) {
                try member.saveFilter(name: "clear", expression: "exp > 1", by: me)
            }
            #expect(throws: (any Error).self) {
                try member.saveFilter(name: "bad", expression: "exp >>> 1", by: me)
            }
            let them = try #require((other as? PostgresStore)?.actor)
            try other.deleteFilter(name: "doświadczeni", by: them)
            #expect(try member.savedFilters().isEmpty)
            #expect(throws: StoreError.self) {
                try other.deleteFilter(name: "doświadczeni", by: them)
            }
            let trail = try panel.rows(
                "secretary",
                "SELECT actor, action, after IS NOT NULL AND after LIKE '%hmac-sha256:%' FROM audit WHERE action LIKE 'filter.%' ORDER BY seq"
            )
            #expect(
                trail == [
                    ["member1", "filter.save", "t"], ["member1", "filter.save", "t"],
                    ["member2", "filter.delete", "f"],
                ])
            #expect(
                try panel.rows(
                    "secretary", "SELECT count(*) FROM audit_values WHERE value = 'exp >= 10'") == [
                        ["2"]
                    ])
        }
    }
#endif
