import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// What `/` finds: names in every script by their own spelling, without diacritics, by
/// transliteration and by prefix; application ids; CV words, prefixes and phrases.
@Suite struct CandidateSearchTests {
    let folder = TemporaryDirectory("search")

    static let extra = [
        FixtureCandidates.make(
            13, "Đorđević", "Ђорђе", nationality: "HR", cv: "We built digital twins of ports."),
        FixtureCandidates.make(
            14, "Øvergaard", "Ægir", nationality: "DK",
            cv: "Digital transformation of the city; town twinning with Gdańsk."),
        FixtureCandidates.make(15, "Yıldız", "Œdipe", nationality: "FR"),
        FixtureCandidates.make(16, "Щербаков", "Хрисанф", nationality: "BG"),
        FixtureCandidates.make(17, "Χριστοδούλου", "Ευάγγελος", nationality: "CY"),
    ]

    func makeStore(_ engine: StoreEngine) throws -> any PanelDatabase {
        try TestDatabase.create(
            engine, "search.db", in: folder, candidates: FixtureCandidates.all + Self.extra)
    }

    /// Every candidate a query finds, by surname, walking the matches with n until they wrap.
    func found(_ query: String, in store: any PanelDatabase) throws -> Set<String> {
        guard let search = CandidateSearch(query) else { return [] }
        var seen: [ApplicationID] = []
        var start: ApplicationID?
        var inclusive = true
        while let hit = try store.nextMatch(
            search, from: start, inclusive: inclusive, order: .applicationID)
        {
            if seen.contains(hit.applicationID) { break }
            seen.append(hit.applicationID)
            #expect(hit.matches >= seen.count)
            start = hit.applicationID
            inclusive = false
        }
        return Set(try seen.map { try #require(try store.candidate($0)).surname })
    }

    @Test(arguments: [
        // Greek
        ("Παπαδόπουλος", "Παπαδόπουλος"), ("ΠΑΠΑΔΟΠΟΥΛΟΣ", "Παπαδόπουλος"),
        ("παπαδοπουλος", "Παπαδόπουλος"), ("Παπαδ", "Παπαδόπουλος"),
        ("papadopoulos", "Παπαδόπουλος"), ("papad", "Παπαδόπουλος"), ("ioannis", "Παπαδόπουλος"),
        ("Ιωάννης Παπαδόπουλος", "Παπαδόπουλος"), ("christodoulou", "Χριστοδούλου"),
        ("hristodoulou", "Χριστοδούλου"), ("evangelos", "Χριστοδούλου"),
        // Cyrillic (Bulgarian, Serbian)
        ("Иванова", "Иванова"), ("иванова", "Иванова"), ("Иван", "Иванова"),
        ("ivanova", "Иванова"), ("ivan", "Иванова"), ("maria", "Иванова"),
        ("shcherbakov", "Щербаков"), ("shterbakov", "Щербаков"), ("hrisanf", "Щербаков"),
        ("djordje", "Đorđević"),
        // Polish
        ("Żółć", "Żółć"), ("zolc", "Żółć"), ("lukasz zolc", "Żółć"), ("łuk", "Żółć"),
        ("LUKASZ", "Żółć"),
        // Czech
        ("Dvořák", "Dvořák"), ("dvorak", "Dvořák"), ("jiri", "Dvořák"), ("dvo", "Dvořák"),
        // Hungarian
        ("Szőke", "Szőke"), ("szoke", "Szőke"), ("árpád", "Szőke"), ("arp", "Szőke"),
        // German
        ("Müller", "Müller"), ("muller", "Müller"), ("jürg", "Müller"), ("Weiß", "Weiß"),
        ("weiss", "Weiß"), ("strasse", "Weiß"), ("Straße", "Weiß"),
        // Irish
        ("Ó Súilleabháin", "Ó Súilleabháin"), ("o suilleabhain", "Ó Súilleabháin"),
        ("suil", "Ó Súilleabháin"), ("siobhan", "Ó Súilleabháin"),
        // Letters Unicode does not decompose
        ("dorđ", "Đorđević"), ("dordevic", "Đorđević"), ("overgaard", "Øvergaard"),
        ("aegir", "Øvergaard"), ("yildiz", "Yıldız"), ("oedipe", "Yıldız"),
        // CJK by itself
        ("山田", "山田"), ("山", "山田"), ("太郎", "山田"), ("王", "王"), ("小明", "王"),
        // Application ids
        ("APP-0000007", "Szőke"), ("app 0000007", "Szőke"),
    ])
    func namesAreFoundInEveryScript(query: String, surname: String) throws {
        for engine in StoreEngine.all { try namesAreFound(engine, query, surname) }
    }

    func namesAreFound(_ engine: StoreEngine, _ query: String, _ surname: String) throws {
        let store = try makeStore(engine)
        #expect(try found(query, in: store) == [surname], "\(query)")
    }

    @Test(arguments: StoreEngine.all) func aSearchFindsNoOneItShouldNot(engine: StoreEngine) throws
    {
        let store = try makeStore(engine)
        #expect(try found("papadopoulos", in: store).count == 1)
        #expect(try found("xyzzy", in: store).isEmpty)
        #expect(CandidateSearch("  ") == nil)
        #expect(try found("ivanova papadopoulos", in: store).isEmpty, "every word must match")
    }

    @Test(arguments: StoreEngine.all) func phrasesPrefixesAndWordsInTheCVAndMotivation(
        engine: StoreEngine
    ) throws {
        let store = try makeStore(engine)
        // "digital twin" finds "Digital Twin" and "digital twins", not "digital
        // transformation … twinning".
        #expect(try found("\"digital twin\"", in: store) == ["Παπαδόπουλος", "Đorđević"])
        #expect(
            try found("text:\"digital twin", in: store) == ["Παπαδόπουλος", "Đorđević"], "typing")
        #expect(try found("text:twin*", in: store) == ["Παπαδόπουλος", "Đorđević", "Øvergaard"])
        #expect(try found("text:twinning gdansk", in: store) == ["Øvergaard"])
        #expect(try found("text:societal", in: store).count == 17, "the motivation is searched too")
    }

    @Test(arguments: StoreEngine.all) func nAndNWalkInListOrderAndWrap(engine: StoreEngine) throws {
        let store = try makeStore(engine)
        let search = try #require(CandidateSearch("text:twin*"))
        let first = try #require(
            try store.nextMatch(search, from: nil, inclusive: true, order: .applicationID))
        #expect(first.applicationID == ApplicationID("APP-0000001"))
        #expect(first.position == 0 && first.matches == 3 && !first.wrapped)
        let second = try #require(
            try store.nextMatch(
                search, from: first.applicationID, inclusive: false, order: .applicationID))
        #expect(second.applicationID == ApplicationID("APP-0000013"))
        #expect(second.position == 12)
        let back = try #require(
            try store.nextMatch(
                search, from: first.applicationID, forward: false, inclusive: false,
                order: .applicationID))
        #expect(back.applicationID == ApplicationID("APP-0000014") && back.wrapped)
    }

    /// The rows around a candidate in an order of the user's choosing, read from its sort
    /// values, are the rows the offset read gives at its position: every candidate, several
    /// orders (ties, missing values, both directions), with and without a filter.
    @Test(arguments: StoreEngine.all) func rowsAroundACandidateAreTheRowsAtItsPosition(
        engine: StoreEngine
    ) throws {
        let store = try makeStore(engine)
        let orders = ["-exp,name", "edu,-exp", "nat,-submitted", "fg,eligibility,-id"]
        let filters: [CompiledFilter?] = [
            nil, try store.compile("not nat = EL", for: store.acting(as: "chair")),
        ]
        for text in orders {
            let keys = try SortKey.parseList(text)
            for filter in filters {
                let all = try store.candidates(
                    sortedBy: keys, offset: 0, limit: 1000, filter: filter)
                for (position, row) in all.enumerated() {
                    let id = row.summary.applicationID
                    #expect(try store.position(of: id, sortedBy: keys, filter: filter) == position)
                    let around = try store.candidates(
                        sortedBy: keys, around: id, at: position, before: 3, after: 4, scope: .all,
                        filter: filter)
                    let expected = all[max(0, position - 3)..<min(all.count, position + 4)]
                    #expect(
                        around.map(\.summary.applicationID)
                            == expected.map(\.summary.applicationID), "\(text) at \(position)")
                }
            }
        }
    }

    @Test(arguments: StoreEngine.all) func aSearchStaysWithinTheFilter(engine: StoreEngine) throws {
        let store = try makeStore(engine)
        let filter = try store.compile("nat = EL", for: store.acting(as: "chair"))
        let search = try #require(CandidateSearch("text:twin*"))
        let hit = try #require(
            try store.nextMatch(
                search, from: nil, inclusive: true, order: .name, filter: filter))
        #expect(hit.applicationID == ApplicationID("APP-0000001"))
        #expect(hit.matches == 1 && hit.position == 0)
        // A candidate the filter leaves out has no position in the list.
        #expect(
            try store.position(of: ApplicationID("APP-0000002"), order: .name, filter: filter)
                == nil)
        #expect(
            try store.position(
                of: ApplicationID("APP-0000002"), sortedBy: [SortKey(.experience)], filter: filter)
                == nil)
        #expect(
            try store.position(of: ApplicationID("APP-0000001"), order: .name, filter: filter) == 0)
    }
}
