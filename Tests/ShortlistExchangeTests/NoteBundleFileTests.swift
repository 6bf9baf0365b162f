import Crypto
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import Testing

/// Bundles through the file: every refusal is said with its reason and changes nothing; a
/// bundle is signed by its copy, and no edit of the file survives the check (issue 16).
@Suite struct NoteBundleFileTests {
    let directory = TemporaryDirectory("bundles")
    let origin: SQLiteStore
    let copy: SQLiteStore
    let id = FixtureCandidates.all[2].applicationID

    init() throws {
        origin = try TestDatabase.create(
            at: directory.file("origin.sqlite"), candidates: FixtureCandidates.all)
        try origin.addNote(on: id, text: "Before the copy", by: origin.acting(as: "chair"))
        try origin.checkoutCopy(
            to: directory.file("copy.sqlite"), by: origin.acting(as: "reviewer"))
        copy = try SQLiteStore.open(at: directory.file("copy.sqlite"))
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
        #expect(text.hasPrefix("{\"count\":2,"))
        #expect(text.contains("\"format\":\"shortlist-notes\",\"format_version\":2,"))
        let decoded = try NoteBundleFile.decode(data, file: "b.json")
        #expect(decoded.versions.count == 2)
        #expect(decoded.signature?.isEmpty == false)
        #expect(try NoteBundleFile.encode(decoded) == data, "the file is its canonical form")
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
        // Claims another database: refused before its signature is even looked at.
        var bundle = try NoteBundleFile.decode(Data(text.utf8), file: "b.json")
        bundle.originDatabaseID = UUID().uuidString.lowercased()
        text = String(decoding: try NoteBundleFile.encode(bundle), as: UTF8.self)
        #expect(!text.contains(originID))
        try expectRefusal(Data(text.utf8)) {
            if case .wrongDatabase = $0 { true } else { false }
        }
    }

    @Test func anyEditOfASignedBundleBreaksItsSignature() throws {
        let text = String(decoding: try bundleData(), as: UTF8.self)
        let edits = [
            text.replacingOccurrences(of: "Line one", with: "Line 1"),
            // The reviewer's note re-attributed to member1.
            text.replacingOccurrences(
                of: "\"author\":\"reviewer\"", with: "\"author\":\"member1\""),
            text.replacingOccurrences(of: "\"counter\":2,", with: "\"counter\":3,"),
        ]
        for edited in edits {
            #expect(edited != text)
            try expectRefusal(Data(edited.utf8)) { $0 == .badSignature(file: "b.json") }
        }
    }

    @Test func reformattingTheJSONKeepsTheSignature() throws {
        let data = try bundleData()
        let object = try JSONSerialization.jsonObject(with: data)
        let pretty = try JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .withoutEscapingSlashes])
        #expect(pretty != data)
        #expect(try merge(pretty).added == 2)
    }

    @Test func aVersionOneBundleWithItsChecksumRecomputedIsRefusedWithHowToExportAgain() throws {
        // What a forger did before: edit, and recompute the old SHA-256 over the notes.
        let bundle = try NoteBundleFile.decode(try bundleData(), file: "b.json")
        var lines = bundle.versions.map(NoteCanonicalForm.line)
        lines[0] = lines[0].replacingOccurrences(of: "reviewer", with: "member1")
        var hasher = SHA256()
        hasher.update(
            data: Data("shortlist-notes\n\(bundle.originDatabaseID)\n\(lines.count)\n".utf8))
        for line in lines { hasher.update(data: Data((line + "\n").utf8)) }
        let sum = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        let old =
            "{\"format\":\"shortlist-notes\",\"format_version\":1,\"origin_database_id\":\"\(bundle.originDatabaseID)\",\"exported_from\":\"x\",\"exported_by\":\"member1\",\"exported_at\":\"2026-01-01T00:00:00Z\",\"count\":\(lines.count),\"content_sha256\":\"\(sum)\",\n\"notes\":[\n"
            + lines.joined(separator: ",\n") + "\n]}\n"
        try expectRefusal(Data(old.utf8)) { $0 == .formatVersion1(file: "b.json") }
        let message = NoteBundleRefused.formatVersion1(file: "b.json").description
        #expect(message.contains("exports again from their copy"))
        #expect(message.contains("shortlist notes export -o FILE --db COPY --user NAME"))
        // Nor does removing the signature from a version 2 bundle help.
        let unsigned = String(decoding: try bundleData(), as: UTF8.self)
            .replacingOccurrences(
                of: #""signature":"[^"]*""#, with: "\"signature\":null", options: .regularExpression
            )
        try expectRefusal(Data(unsigned.utf8)) { $0 == .unsigned(file: "b.json") }
    }

    @Test func aValidlySignedForgeryByTheOwnerIsRefusedWholeNamingTheVersion() throws {
        // The reviewer holds their copy's key, and signs versions they could not have written
        // at the keyboard: the chair's note superseded, then tombstoned.
        let chairs = try #require(try origin.notes(for: id).first { $0.author == "chair" })
        let head = chairs.latest
        func forged(_ text: String?) -> NoteVersion {
            NoteVersion(
                noteID: head.noteID, versionID: UUID().uuidString.lowercased(), counter: 9,
                author: "reviewer", at: "2026-01-01T00:00:00Z", applicationID: id, text: text,
                supersedes: [head.versionID])
        }
        var bundle = try NoteBundleFile.decode(try bundleData(), file: "b.json")
        for version in [forged("Rewritten"), forged(nil)] {
            bundle.versions.append(version)
            let data = try NoteBundleFile.encode(try copy.sign(bundle))
            try expectRefusal(data) {
                guard case .versionsRefused(_, let refusals) = $0, refusals.count == 1 else {
                    return false
                }
                return refusals[0].applicationID == id && refusals[0].counter == 9
                    && refusals[0].reason.contains("is chair's")
            }
            bundle.versions.removeLast()
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
            .replacingOccurrences(of: "\"format_version\":2", with: "\"format_version\":7")
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

    @Test func notesBySomeoneOffTheRosterAreRefusedAndNamed() throws {
        try origin.removePanelMember(named: "reviewer", by: origin.acting(as: "secretary"))
        try expectRefusal(try bundleData()) {
            guard case .versionsRefused(_, let refusals) = $0 else { return false }
            return refusals.count == 2 && refusals.allSatisfy { $0.reason.contains("roster") }
        }
    }
}
