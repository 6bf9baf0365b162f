import Foundation
import ShortlistCore
import ShortlistStore

/// Files read into a store for an interactive session: an import, a replaced profile. The
/// same functions as `shortlist import` and `shortlist profile replace`, with the progress
/// reported and a way to stop that rolls the one transaction back.
public final class FileLoader: Sendable {
    public let store: any PanelDatabase

    public init(store: any PanelDatabase) { self.store = store }

    /// Work that was asked to stop: nothing of it was kept.
    public struct Stopped: Error {}

    /// Imports a CAST export (its format from its extension) as `actor`; returns the
    /// summary line. Throws `Stopped` when `isCancelled` became true, the database as it was.
    public func importApplications(
        from path: String, by actor: Actor,
        progress: @escaping @Sendable (Double?, String) -> Void,
        isCancelled: @escaping @Sendable () -> Bool
    ) throws -> String {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ImportFailure(file: path, reason: "no such file, or it cannot be read")
        }
        let importer = ApplicationImporter(file: url, options: ImportOptions(user: actor.name))
        importer.isCancelled = isCancelled
        importer.onProgress = { p in
            progress(p.fraction, "\(CandidateCount.thousands(p.records)) records")
        }
        progress(0, "")
        let summary = try importer.run(into: store, by: actor)
        if summary.interrupted { throw Stopped() }
        return summary.line
    }

    /// Replaces the call profile with a TOML file and reassesses every application.
    public func replaceProfile(
        from path: String, by actor: Actor,
        progress: @escaping @Sendable (Double?, String) -> Void,
        isCancelled: @escaping @Sendable () -> Bool
    ) throws -> String {
        progress(0, "")
        do {
            return try ProfileAssessment.replaceProfile(
                from: URL(fileURLWithPath: path), in: store,
                steps: Self.steps(noun: "applications", progress, isCancelled), by: actor)
        } catch is LoadCancelled {
            throw Stopped()
        }
    }

    /// The store's steps as the status line says them: "12,000 of 28,000 applications".
    public static func steps(
        noun: String, _ progress: @escaping @Sendable (Double?, String) -> Void,
        _ isCancelled: @escaping @Sendable () -> Bool
    ) -> WorkSteps {
        WorkSteps(
            report: { step in
                let stage = step.stages > 1 ? " (pass \(step.stage + 1) of \(step.stages))" : ""
                progress(
                    step.fraction,
                    "\(CandidateCount.thousands(step.done)) of \(CandidateCount.thousands(step.total)) \(noun)\(stage)"
                )
            }, isCancelled: isCancelled)
    }
}

extension FileLoader {
    /// An offline copy to annotate (`notes checkout`).
    public func checkoutCopy(to path: String, by actor: Actor) throws -> String {
        try NoteFiles.checkout(store, to: path, by: actor)
    }

    /// The actor's own notes, or everyone's, to a bundle file (`notes export`); asked to stop
    /// before the store's entry commits (`Stopped`), nothing is written.
    public func exportNotes(
        to path: String, everyone: Bool, force: Bool, by actor: Actor,
        progress: @escaping @Sendable (Double?, String) -> Void = { _, _ in },
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) throws -> String {
        progress(0, "")
        do {
            return try NoteFiles.export(
                store, author: everyone ? nil : actor.name, since: nil, to: path, force: force,
                steps: Self.steps(noun: "note versions", progress, isCancelled), by: actor
            ).joined(separator: "; ")
        } catch is LoadCancelled {
            throw Stopped()
        }
    }

    /// A bundle or a copy merged (`notes merge`), whole or not at all; asked to stop
    /// (`Stopped`), nothing is merged.
    public func mergeNotes(
        from path: String, by actor: Actor,
        progress: @escaping @Sendable (Double?, String) -> Void = { _, _ in },
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) throws -> String {
        progress(0, "")
        do {
            return try NoteFiles.merge(
                store, from: path,
                steps: Self.steps(noun: "note versions", progress, isCancelled), by: actor
            ).message
        } catch is LoadCancelled {
            throw Stopped()
        }
    }
}

/// "12,000": counts in messages.
enum CandidateCount {
    static func thousands(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
