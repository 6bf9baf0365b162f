import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import Testing

/// `export ranking` on a small scored round: what is written, in which order, what is
/// sealed, and who may write it.
@Suite struct RankingExportTests {
    let directory = TemporaryDirectory("ranking-export")
    let store: SQLiteStore
    static let criteria = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"].map { CriterionID($0) }
    /// An attacker-controlled name: a formula in the surname, a command in the given names.
    static let hostile = FixtureCandidates.make(
        90, "=HYPERLINK(\"http://evil.example\";\"click\")", "@SUM(1+1)", nationality: "FR")
    static let ranked = ["APP-0000090", "APP-0000001", "APP-0000004"].map { ApplicationID($0) }
    static let pending = ApplicationID("APP-0000005")

    init() throws {
        store = try TestDatabase.create(
            at: directory.file("r.sqlite"), candidates: FixtureCandidates.all + [Self.hostile],
            roundOpen: true, clock: { Date(timeIntervalSince1970: 1_764_000_000) })
        try store.invite(Self.ranked + [Self.pending], by: store.acting(as: "chair"))
        let marks: [ApplicationID: [Int]] = [
            Self.ranked[0]: [4, 4, 4, 4, 4, 4, 4], Self.ranked[1]: [3, 3, 4, 3, 2, 4, 4],
            Self.ranked[2]: [1, 2, 1, 2, 1, 2, 2],
        ]
        for (id, line) in marks {
            for member in ["chair", "member1", "member2", "member3"] {
                try mark(id, member, line.map { member == "member1" ? max(0, $0 - 1) : $0 })
            }
        }
        try mark(Self.pending, "member1", [3, 3, 3, 3, 3, 3, 3])
    }

    func mark(_ id: ApplicationID, _ member: String, _ marks: [Int]) throws {
        let actor = try store.acting(as: member)
        try store.setMarks(
            id, marks: Dictionary(uniqueKeysWithValues: zip(Self.criteria, marks)),
            comments: Dictionary(
                uniqueKeysWithValues: zip(Self.criteria, marks).filter { $0.1 == 0 || $0.1 == 5 }
                    .map { ($0.0, "Said so at the interview.") }), by: actor)
        try store.submitScorecard(id, by: actor)
    }

    @discardableResult
    func export(
        _ format: RankingExport.Format, as user: String = "secretary", excel: Bool = false,
        name: String? = nil, force: Bool = false, environment: [String: String] = [:]
    ) throws -> URL {
        let url = directory.file(name ?? "ranking.\(format.rawValue)")
        try RankingExport.export(
            store: store, viewer: try store.acting(as: user), format: format, excel: excel,
            destination: ExportDestination(url: url, force: force), environment: environment)
        return url
    }

    func records(_ url: URL, delimiter: Character = ",") throws -> [[String]] {
        var bytes = Array(try Data(contentsOf: url))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let reader = CSVReader(
            bytes: bytes, delimiter: UInt8(ascii: delimiter.unicodeScalars.first!))
        var out: [[String]] = []
        for record in reader {
            #expect(
                record.defect == nil, "line \(record.line): \(String(describing: record.defect))")
            out.append(record.fields)
        }
        return out
    }

    @Test func csvReadBackEqualsTheRanking() throws {
        let rows = try records(try export(.csv))
        let view = try #require(try store.ranking(for: store.acting(as: "secretary")))
        #expect(
            rows[0]
                == ["status", "rank", "application_id", "name", "eligibility", "total"]
                + Self.criteria.map { "\($0)_mean" } + [
                    "passed", "reserve", "ranking", "conditions", "recruitment",
                ])
        #expect(rows.count == 1 + FixtureCandidates.all.count + 1, "every candidate, once")
        for (row, expected) in zip(rows.dropFirst(), view.ranked) {
            let result = try #require(expected.result.value)
            #expect(row[0] == "ranked")
            #expect(row[1] == String(expected.rank!.value!))
            #expect(row[2] == expected.applicationID.rawValue)
            #expect(row[5] == ScoreText.decimal(result.total))
            for (i, criterion) in result.criteria.enumerated() {
                #expect(row[6 + i] == ScoreText.decimal(criterion.mean))
            }
            #expect(row[13] == String(result.passed))
            #expect(row[14] == String(expected.reserve!.value!))
            #expect(row[15] == "not final")
            #expect(row[4] == "eligible")
        }
        let pending = rows[1 + view.ranked.count]
        #expect(pending[0] == "not_fully_scored" && pending[2] == Self.pending.rawValue)
        #expect(pending[1] == "" && pending[5] == "sealed", "the secretary waits for every card")
        let rest = rows.dropFirst(2 + view.ranked.count)
        #expect(rest.allSatisfy { $0[0] == "not_invited" && $0[1] == "" && $0[5] == "" })
        #expect(rest.map { $0[2] } == rest.map { $0[2] }.sorted())
        #expect(rest.contains { $0[4] == "ineligible" })
        #expect(rest.contains { $0[3] == "Παπαδόπουλος, Ιωάννης" } == false, "APP-1 is ranked")
        #expect(rows.contains { $0[3] == "Иванова, Мария" })
    }

    @Test func formulaInjectionIsNeutralised() throws {
        let rows = try records(try export(.csv))
        let hostile = try #require(rows.first { $0[2] == "APP-0000090" })
        #expect(hostile[3] == "'=HYPERLINK(\"http://evil.example\";\"click\"), @SUM(1+1)")
        for text in ["=1+1", "+1", "-1", "@A1", "\tx"] {
            #expect(ExportCell.text(text).csvText() == "'" + text)
        }
        // A carriage return is shown as its marker (VisibleText), so it hides nothing.
        #expect(ExportCell.text("\rx").csvText() == "␍x")
        #expect(ExportCell.text("Ó Súilleabháin").csvText() == "Ó Súilleabháin")
        #expect(ExportCell.decimal(-1.5).csvText() == "-1.50", "numbers are not text")
    }

    @Test func excelVariantHasABOMSemicolonsAndDecimalCommas() throws {
        let url = try export(.csv, excel: true)
        let bytes = Array(try Data(contentsOf: url))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(bytes[3..<10]) == Array("status;".utf8))
        let rows = try records(url, delimiter: ";")
        let first = rows[1]
        #expect(first[5].contains(",") && !first[5].contains("."), "total \(first[5])")
        #expect(first[6].range(of: #"^\d+,\d\d$"#, options: .regularExpression) != nil)
        let plain = try records(try export(.csv, name: "plain.csv"))
        #expect(plain[1][5] == first[5].replacingOccurrences(of: ",", with: "."))
    }

    @Test func jsonIsOneDocumentWithEveryCandidate() throws {
        let data = try Data(contentsOf: try export(.json))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["final"] as? Bool == false)
        #expect((document["notice"] as? String)?.hasPrefix("NOT FINAL") == true)
        let candidates = try #require(document["candidates"] as? [[String: Any]])
        #expect(candidates.count == FixtureCandidates.all.count + 1)
        #expect(candidates[0]["rank"] as? Int == 1)
        #expect(candidates[0]["passed"] is Bool)
        #expect((candidates[0]["means"] as? [String: Any])?["A1"] is Double)
        let pending = try #require(
            candidates.first { $0["status"] as? String == "not_fully_scored" })
        #expect(pending["total"] as? String == "sealed")
        #expect(pending["rank"] is NSNull)
        #expect(
            candidates.contains {
                $0["name"] as? String == "=HYPERLINK(\"http://evil.example\";\"click\"), @SUM(1+1)"
            },
            "JSON is for programs: the name as it is")
    }

    @Test func twoExportsAreByteIdenticalAndAudited() throws {
        for format in RankingExport.Format.allCases {
            let a = try Data(contentsOf: try export(format, name: "a.\(format)"))
            let b = try Data(contentsOf: try export(format, name: "b.\(format)"))
            #expect(a == b, "\(format)")
        }
        let log = try store.auditLog(by: store.acting(as: "chair")).filter {
            $0.action == "export.ranking"
        }
        #expect(log.count == 6)
        #expect(log[0].actor == "secretary" && log[0].object == nil)
        #expect(log[0].after?.contains("\"file\":\"a.csv\"") == true)
        #expect(log[0].after?.contains("\"sha256\":\"") == true)
    }

    @Test func sourceDateEpochSetsTheCreationTime() throws {
        let url = try export(.json, environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(
            try String(contentsOf: url, encoding: .utf8).contains(
                "\"created\": \"2026-01-01T00:00:00Z\""))
        #expect(throws: ExportError.self) {
            try export(.json, name: "bad.json", environment: ["SOURCE_DATE_EPOCH": "soon"])
        }
    }

    @Test func reviewerAndMemberAreRefusedAndNothingIsWritten() throws {
        for user in ["reviewer", "member1"] {
            for format in RankingExport.Format.allCases {
                #expect(throws: PermissionDenied.self) {
                    try export(format, as: user, name: "\(user).\(format)")
                }
            }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(left.allSatisfy { !$0.contains("reviewer") && !$0.contains("member1") }, "\(left)")
        // The refusal comes before anything about the file.
        try Data("kept".utf8).write(to: directory.file("there.csv"))
        #expect(throws: PermissionDenied.self) {
            try export(.csv, as: "reviewer", name: "there.csv", force: true)
        }
        #expect(try String(contentsOf: directory.file("there.csv"), encoding: .utf8) == "kept")
        #expect(
            try store.auditLog(by: store.acting(as: "chair")).allSatisfy {
                !$0.action.hasPrefix("export")
            })
    }

    @Test func anExistingFileIsKeptWithoutForceAndTheModeIsPrivate() throws {
        let url = directory.file("kept.csv")
        try Data("keep me".utf8).write(to: url)
        #expect(throws: ExportError.self) { try export(.csv, name: "kept.csv") }
        #expect(try String(contentsOf: url, encoding: .utf8) == "keep me")
        try export(.csv, name: "kept.csv", force: true)
        #expect(try String(contentsOf: url, encoding: .utf8).hasPrefix("status,"))
        let mode =
            try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(left.allSatisfy { !$0.hasPrefix(".") }, "no temporary file left: \(left)")
    }

    @Test func theChairSeesTotalsAfterScoringAndTheFinalRankingSaysSo() throws {
        let rows = try records(try export(.csv, as: "chair"))
        let pending = try #require(rows.first { $0[2] == Self.pending.rawValue })
        #expect(pending[5] == "sealed", "the chair has not submitted a card for it")
        for member in ["chair", "member2", "member3"] {
            try mark(Self.pending, member, [3, 3, 3, 3, 3, 3, 3])
        }
        try store.finaliseRanking(by: store.acting(as: "chair"))
        let final = try records(try export(.csv, as: "chair", name: "final.csv"))
        #expect(final.dropFirst().allSatisfy { $0[15] == "final" })
        #expect(final.filter { $0[0] == "ranked" }.count == 4)
    }

    /// A database shared with a group (`init --group`, 0660) gives its exports to that group.
    @Test func aGroupDatabaseGivesItsExportsToTheGroup() throws {
        let group = try #require(getgrgid(getegid())).pointee
        let name = String(cString: group.gr_name)
        let url = directory.file("shared.sqlite")
        let shared = try SQLiteStore.create(
            at: url, NewDatabase(roster: TestDatabase.roster), group: name)
        #expect(shared.sharedGroup() == group.gr_gid)
        #expect(store.sharedGroup() == nil, "a private database")
        let out = directory.file("shared.csv")
        try Data().write(to: out)
        try RankingExport.export(
            store: store, viewer: try store.acting(as: "secretary"), format: .csv,
            destination: ExportDestination(url: out, force: true, group: shared.sharedGroup()),
            environment: [:])
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect(attributes[.posixPermissions] as? Int == 0o660)
        #expect((attributes[.groupOwnerAccountID] as? NSNumber)?.uint32Value == group.gr_gid)
    }

    /// A long export says how far it is, every 5,000 rows, and streams every candidate.
    @Test func progressEveryFiveThousandRows() throws {
        let many = (1...5_001).map {
            FixtureCandidates.make($0, "Nowak\($0)", "Anna", nationality: "PL")
        }
        let big = try TestDatabase.create(at: directory.file("big.sqlite"), candidates: many)
        var seen: [Int] = []
        let outcome = try RankingExport.export(
            store: big, viewer: try big.acting(as: "secretary"), format: .csv,
            destination: ExportDestination(url: directory.file("big.csv")), environment: [:]
        ) { seen.append($0) }
        #expect(outcome.rows == 5_001)
        #expect(seen == [5_000])
    }
}
