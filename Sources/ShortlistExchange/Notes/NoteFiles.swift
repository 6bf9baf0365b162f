import Foundation
import ShortlistCore
import ShortlistStore

/// The offline-notes files, for `shortlist notes …` and the interface's notes screen alike:
/// an offline copy checked out, a bundle exported, a bundle or a copy merged. Each returns
/// what to tell the person; the store checks who may, and audits.
public enum NoteFiles {
    /// A file that cannot be opened at all.
    public struct Unreadable: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "cannot read \(path)" }
    }

    /// Makes a reviewer's copy to annotate offline (`notes checkout`).
    public static func checkout(_ store: any PanelDatabase, to path: String, by actor: Actor)
        throws -> String
    {
        let result = try store.checkoutCopy(to: URL(fileURLWithPath: path), by: actor)
        return
            "Copied \(result.candidates) applications and \(versions(result.noteVersions)) to \(path); "
            + "annotate it with `--db \(path)`, then `shortlist notes export -o FILE --db \(path)`"
    }

    /// Writes notes to a bundle file (`notes export`): `author` nil for everyone's. The
    /// lines to say: a warning when the bundle is unsigned, then what was written. `steps` may
    /// stop it until the store's entry commits; the file is then written whole, since an
    /// entry must not name a bundle that was never written.
    public static func export(
        _ store: any PanelDatabase, author: String?, since: Timestamp?, to path: String,
        force: Bool, steps: WorkSteps = .unwatched,
        by actor: Actor
    ) throws -> [String] {
        let destination = ExportDestination(url: URL(fileURLWithPath: path), force: force)
        try destination.check()
        try steps.checkCancelled()
        let bundle = try store.exportNotes(author: author, since: since, steps: steps, by: actor)
        let data = try NoteBundleFile.encode(bundle)
        try destination.write { sink in try sink.write(bytes: [UInt8](data)) }
        var lines: [String] = []
        if bundle.signature == nil {
            lines.append(
                "This database is not a copy (`shortlist notes checkout`): the bundle is not signed, and no database will merge it"
            )
        }
        lines.append(
            "Wrote \(versions(bundle.versions.count))\(author.map { " by \($0)" } ?? "") to \(path)"
        )
        return lines
    }

    /// Brings in a bundle or a copy's notes (`notes merge`), whole or not at all: a refusal
    /// (`NoteBundleRefused`, naming each version refused and why) changes nothing.
    /// `steps` hears how many versions were written; asked to stop, nothing is merged.
    public static func merge(
        _ store: any PanelDatabase, from path: String, steps: WorkSteps = .unwatched,
        by actor: Actor
    ) throws -> (report: NoteMergeReport, message: String) {
        let (bundle, sha) = try read(URL(fileURLWithPath: path))
        try steps.checkCancelled()
        let report = try store.mergeNotes(
            bundle, source: path, sha256: sha, steps: steps, by: actor)
        let message =
            "Merged \(versions(report.added, new: true)) from \(path)"
            + (report.alreadyHeld > 0
                ? "; \(report.alreadyHeld) \(report.alreadyHeld == 1 ? "was" : "were") already here"
                : "")
            + (report.conflicts.isEmpty
                ? ""
                : "; \(report.conflicts.count) notes now have a conflict to resolve: "
                    + report.conflicts.map { String($0.prefix(8)) }.joined(separator: ", "))
        return (report, message)
    }

    /// A bundle file, or a copy (an SQLite file) read whole, with the SHA-256 the merge's
    /// audit entry keeps.
    public static func read(_ url: URL) throws -> (NoteBundle, String) {
        let path = url.path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Unreadable(path: path)
        }
        let magic = handle.readData(ofLength: 16)
        // Only read from: a failed close loses nothing.
        try? handle.close()
        if magic == Data("SQLite format 3\u{0}".utf8) {
            let copy = try DatabaseEngines.open(.file(url), readOnly: true)
            // A read-only handle: nothing to lose if closing fails.
            defer { try? copy.close() }
            let bundle = try copy.notesOfCopy()
            return (bundle, NoteBundleFile.fileSHA256(try NoteBundleFile.encode(bundle)))
        }
        let data = try Data(contentsOf: url)
        return (try NoteBundleFile.decode(data, file: path), NoteBundleFile.fileSHA256(data))
    }

    /// "1 note version", "3 new note versions".
    public static func versions(_ count: Int, new: Bool = false) -> String {
        "\(count) \(new ? "new " : "")note version\(count == 1 ? "" : "s")"
    }
}
