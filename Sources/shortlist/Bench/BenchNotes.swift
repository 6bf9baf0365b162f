import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

extension BenchPanel {
    /// The secretary's merge: the database first holds one note per candidate (merged as one
    /// large bundle), then a reviewer's bundle of 10,000 notes (new notes, edits of existing
    /// ones, tags) is read from its file and merged, then merged again. Both bundles are
    /// signed by the reviewer's copy, as `notes export` signs them, so the merge checks the
    /// signature and every version's rules as it does for real. On a server the reviewer
    /// checks the copy out through their own login and the secretary merges through theirs.
    func notesScenario() throws -> [BenchFigure] {
        let copyURL = folder.appendingPathComponent("reviewer-copy.db")
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: copyURL.path + suffix)
        }
        let (reviewers, reviewer) = try open("reviewer")
        try reviewers.checkoutCopy(to: copyURL, by: reviewer)
        try reviewers.close()
        let (store, secretary) = try open("secretary")
        let family = try store.notesFamilyID()
        let copy = try DatabaseEngines.open(.file(copyURL))
        let at = "2026-03-01T09:00:00Z"
        func id(_ i: Int) -> ApplicationID {
            ApplicationID(String(format: "APP-%07d", i % count + 1))
        }
        let base = (0..<count).map { i in
            NoteVersion(
                noteID: "base-\(i)", versionID: "base-\(i)-v1", counter: 1, author: "reviewer",
                at: at, applicationID: id(i), text: "Read the CV; strong on A\(i % 3 + 1).",
                tags: i % 10 == 0 ? ["shortlist"] : [])
        }
        var start = DispatchTime.now().uptimeNanoseconds
        _ = try store.mergeNotes(
            copy.sign(
                NoteBundle(
                    originDatabaseID: family, exportedFrom: "", exportedBy: "reviewer",
                    exportedAt: at, versions: base)), source: "base", sha256: "", by: secretary)
        let baseSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9

        // 7,000 new notes and 3,000 edits of existing ones.
        let bundleVersions = (0..<10_000).map { i in
            i < 7_000
                ? NoteVersion(
                    noteID: "review-\(i)", versionID: "review-\(i)-v1", counter: 2,
                    author: "reviewer", at: at, applicationID: id(i * 13),
                    text: "Ask about the diploma (\(i)).", tags: ["check-diploma"])
                : NoteVersion(
                    noteID: "base-\(i % count)", versionID: "base-\(i)-v2", counter: 2,
                    author: "reviewer", at: at, applicationID: id(i),
                    text: "Edited offline (\(i)).", supersedes: ["base-\(i % count)-v1"])
        }
        let file = folder.appendingPathComponent("bundle.json")
        try NoteBundleFile.encode(
            copy.sign(
                NoteBundle(
                    originDatabaseID: family, exportedFrom: "", exportedBy: "reviewer",
                    exportedAt: at, versions: bundleVersions))
        ).write(to: file)
        try copy.close()
        var reading = 0.0
        func mergeFile() throws -> (Double, NoteMergeReport) {
            let start = DispatchTime.now().uptimeNanoseconds
            let data = try Data(contentsOf: file)
            let bundle = try NoteBundleFile.decode(data, file: file.path)
            reading = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let report = try store.mergeNotes(
                bundle, source: file.path, sha256: NoteBundleFile.fileSHA256(data), by: secretary)
            return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, report)
        }
        let (first, report) = try mergeFile()
        let firstReading = reading
        let (second, again) = try mergeFile()
        start = DispatchTime.now().uptimeNanoseconds
        let total = try store.noteVersionCount()
        try store.close()
        guard report.added == 10_000, again.added == 0, total == count + 10_000 else {
            Console.error(
                "notes benchmark: merged \(report.added), then \(again.added), holding \(total)")
            throw ExitCode(1)
        }
        return [
            BenchFigure(
                scenario: "notes", name: "merge \(count) notes (setup)", value: baseSeconds,
                unit: "s", target: nil),
            BenchFigure(
                scenario: "notes", name: "merge a 10,000-note bundle", value: first, unit: "s",
                target: count == 100_000 ? 3 : nil),
            BenchFigure(
                scenario: "notes", name: "  of which reading and checking the file",
                value: firstReading, unit: "s", target: nil),
            BenchFigure(
                scenario: "notes", name: "merge it again (nothing new)", value: second, unit: "s",
                target: count == 100_000 ? 1 : nil),
        ]
    }
}
