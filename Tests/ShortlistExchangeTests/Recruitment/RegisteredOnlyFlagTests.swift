import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import Testing

/// A candidate only registered in CAST may apply but not be recruited (issue 19, item 4):
/// their own row says "CAST FG IV not yet passed" in `rank` and in every ranking export.
@Suite struct RegisteredOnlyFlagTests {
    let directory = TemporaryDirectory("registered-only")
    let store: SQLiteStore
    static let criteria = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"].map { CriterionID($0) }
    static let registered = ApplicationID("APP-0000004")
    static let passed = ApplicationID("APP-0000001")

    init() throws {
        let candidates = FixtureCandidates.all.map { candidate in
            var changed = candidate
            if candidate.applicationID == Self.registered {
                changed.castStatus = .value(.registered)
            }
            return changed
        }
        store = try TestDatabase.create(
            at: directory.file("r.sqlite"), candidates: candidates, roundOpen: true)
        try store.invite([Self.registered, Self.passed], by: store.acting(as: "chair"))
        for (id, mark) in [(Self.registered, 4), (Self.passed, 3)] {
            for member in ["chair", "member1", "member2", "member3"] {
                let actor = try store.acting(as: member)
                try store.setMarks(
                    id, marks: Dictionary(uniqueKeysWithValues: Self.criteria.map { ($0, mark) }),
                    comments: [:], by: actor)
                try store.submitScorecard(id, by: actor)
            }
        }
    }

    @Test func theRegisteredOnlyRowIsFlaggedAndNoOtherIs() throws {
        let view = try #require(try store.ranking(for: store.acting(as: "secretary")))
        let flagged = view.ranked.filter { !$0.conditions.isEmpty }.map(\.applicationID)
        #expect(flagged == [Self.registered])
        let row = try #require(view.ranked.first { $0.applicationID == Self.registered })
        #expect(RankingCells.header(view.scheme).last == "conditions")
        #expect(RankingCells.cells(row, view.scheme).last == "CAST FG IV not yet passed")
        #expect(
            RankingCells.object(row, view.scheme)["conditions"] as? [String]
                == ["CAST FG IV not yet passed"])
    }

    @Test func theChecklistsCASTPassClearsTheFlag() throws {
        try store.setRecruitmentChecks(
            Self.registered, [(.cast, true)], by: store.acting(as: "secretary"))
        let view = try #require(try store.ranking(for: store.acting(as: "secretary")))
        #expect(view.ranked.allSatisfy { $0.conditions.isEmpty })
    }

    @Test func theCSVAndJSONExportsCarryTheFlag() throws {
        let csv = directory.file("ranking.csv")
        try RankingExport.export(
            store: store, viewer: try store.acting(as: "secretary"), format: .csv, excel: false,
            destination: ExportDestination(url: csv, force: false), environment: [:])
        let lines = try String(contentsOf: csv, encoding: .utf8).split(whereSeparator: \.isNewline)
        #expect(lines[0].hasSuffix(",ranking,conditions,recruitment"))
        let flagged = lines.filter { $0.contains("CAST FG IV not yet passed") }
        #expect(flagged.count == 1 && flagged[0].contains(Self.registered.rawValue))
        let json = directory.file("ranking.json")
        try RankingExport.export(
            store: store, viewer: try store.acting(as: "secretary"), format: .json, excel: false,
            destination: ExportDestination(url: json, force: false), environment: [:])
        let text = try String(contentsOf: json, encoding: .utf8)
        #expect(text.contains("\"conditions\": [\"CAST FG IV not yet passed\"]"))
    }
}
