import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import Testing

/// Bundles through the file: every refusal is said with its reason and changes nothing.
@Suite struct NoteBundleFileTests {
    let directory = TemporaryDirectory("bundles")
    let origin: Store
    let copy: Store
    let id = FixtureCandidates.all[2].applicationID

    init() throws {
        origin = try TestDatabase.create(
            at: directory.file("origin.sqlite"), candidates: FixtureCandidates.all)
        try origin.addNote(on: id, text: "Before the copy", by: origin.acting(as: "chair"))
        try origin.checkoutCopy(
            to: directory.file("copy.sqlite"), by: origin.acting(as: "reviewer"))
        copy = try Store.open(at: directory.file("copy.sqlite"))
        let reviewer = try copy.acting(as: "reviewer")
        try copy.addNote(
            on: id, text: "Ζήτησε το δίπλωμα — 证书", tags: ["check-diploma"], by: reviewer)
        try copy.addNote(on: id, text: "Line one\nline \"two\"", by: reviewer)
    }

    func bundleData() throws -> Data {
        try NoteBundleFile.encode(
            copy.exportNotes(author: "reviewer", since: nil, by: copy.acting(as: "reviewer")))
    }

    /// Everything a merge could change: the notes and the audit trail's head.
    func snapshot() throws -> [String] {
        try origin.notes(includeDeleted: true).flatMap { $0.heads.map(\.versionID) }.sorted()
            + [origin.verifyAuditTrail().headHash]
    }

    func merge(_ data: Data) throws -> NoteMergeReport {
        let bundle = try NoteBundleFile.decode(data, file: "b.json")
        return try origin.mergeNotes(
            bundle, source: "b.json", sha256: NoteBundleFile.fileSHA256(data),
            by: origin.acting(as: "secretary"))
    }

    @Test func aBundleRoundTripsAndMergesOnce() throws {
        let data = try bundleData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\"format\":\"shortlist-notes\",\"format_version\":1,"))
        let decoded = try NoteBundleFile.decode(data, file: "b.json")
        #expect(decoded.versions.count == 2)
        #expect(decoded.originDatabaseID == (try origin.metadata()["database_id"]))
        #expect(try merge(data).added == 2)
        let after = try snapshot()
        #expect(try merge(data).added == 0)
        #expect(try snapshot() == after)
        #expect(try origin.tags(for: id) == ["check-diploma"])
        #expect(
            try origin.notes(for: id).compactMap(\.latest.text).contains("Line one\nline \"two\""))
    }

    func expectRefusal(_ data: Data, _ check: (NoteBundleRefused) -> Bool) throws {
        let before = try snapshot()
        do {
            _ = try merge(data)
            Issue.record("the bundle was accepted")
        } catch let refusal as NoteBundleRefused {
            #expect(check(refusal), "\(refusal)")
            #expect(refusal.description.contains("b.json"))
            #expect(refusal.description.contains("nothing was merged"))
        }
        #expect(try snapshot() == before)
    }

    @Test func aBundleForAnotherDatabaseIsRefused() throws {
        var text = String(decoding: try bundleData(), as: UTF8.self)
        let originID = try #require(try origin.metadata()["database_id"])
        // Re-signed for another database: the checksum holds, the database does not.
        var bundle = try NoteBundleFile.decode(Data(text.utf8), file: "b.json")
        bundle.originDatabaseID = UUID().uuidString.lowercased()
        text = String(decoding: try NoteBundleFile.encode(bundle), as: UTF8.self)
        #expect(!text.contains(originID))
        try expectRefusal(Data(text.utf8)) {
            if case .wrongDatabase = $0 { true } else { false }
        }
    }

    @Test func aBadChecksumIsRefused() throws {
        let text = String(decoding: try bundleData(), as: UTF8.self)
            .replacingOccurrences(of: "Line one", with: "Line 1")
        try expectRefusal(Data(text.utf8)) {
            if case .badChecksum = $0 { true } else { false }
        }
    }

    @Test func aTruncatedBundleIsRefused() throws {
        let data = try bundleData()
        for cut in [data.count / 2, data.count - 3] {
            try expectRefusal(data.prefix(cut)) {
                if case .truncated = $0 { true } else { false }
            }
        }
    }

    @Test func anUnknownVersionIsRefused() throws {
        let text = String(decoding: try bundleData(), as: UTF8.self)
            .replacingOccurrences(of: "\"format_version\":1", with: "\"format_version\":7")
        try expectRefusal(Data(text.utf8)) {
            $0 == .unknownVersion(file: "b.json", version: 7)
        }
    }

    @Test func somethingElseIsNotABundleAndAMissingFieldIsNamed() throws {
        try expectRefusal(Data("name,surname\n".utf8)) {
            $0 == .notABundle(file: "b.json")
        }
        let text = String(decoding: try bundleData(), as: UTF8.self)
            .replacingOccurrences(of: "\"author\":\"reviewer\",", with: "")
        try expectRefusal(Data(text.utf8)) {
            if case .malformed(_, let field, _) = $0 { field.hasSuffix(".author") } else { false }
        }
    }

    @Test func notesBySomeoneOffTheRosterAreRefusedAndListed() throws {
        try origin.removePanelMember(named: "reviewer", by: origin.acting(as: "secretary"))
        let before = try snapshot()
        let report = try merge(try bundleData())
        #expect(report.refusedAuthors == ["reviewer": 2])
        #expect(report.added == 0)
        #expect(try snapshot() == before)
    }
}
