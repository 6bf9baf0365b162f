import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import Testing

/// Defence in depth: even an id that reached the database without import's validation
/// cannot make `export feedback` write outside the folder named.
@Suite struct FeedbackEscapeTests {
    let directory = TemporaryDirectory("feedback-escape")
    static let criteria = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"].map { CriterionID($0) }

    @Test(arguments: ["../../trav1", ".hidden", "..", "a/b"])
    func aHostileIDWritesNoFileAnywhere(_ raw: String) throws {
        var traveller = FixtureCandidates.make(91, "Traveller", "Tom", nationality: "FR")
        traveller.applicationID = ApplicationID(raw)
        let store = try TestDatabase.create(
            at: directory.file("f.sqlite"), candidates: FixtureCandidates.all + [traveller],
            roundOpen: true, clock: { Date(timeIntervalSince1970: 1_764_000_000) })
        try store.invite([traveller.applicationID], by: store.acting(as: "chair"))
        for member in ["chair", "member1", "member2", "member3"] {
            let actor = try store.acting(as: member)
            try store.setMarks(
                traveller.applicationID,
                marks: Dictionary(uniqueKeysWithValues: Self.criteria.map { ($0, 3) }),
                comments: [:], by: actor)
            try store.submitScorecard(traveller.applicationID, by: actor)
        }
        let out = directory.file("sheets/inner")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for force in [false, true] {
            let error = try #require(throws: ExportError.self) {
                try FeedbackExport.export(
                    store: store, viewer: store.acting(as: "secretary"),
                    selection: .candidate(traveller.applicationID), format: .md, folder: out,
                    force: force, environment: [:])
            }
            #expect(error.message.contains("would not be a plain file in its folder"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.file("trav1.md").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
                .filter { !$0.hasPrefix("f.sqlite") } == ["sheets"])
    }
}
