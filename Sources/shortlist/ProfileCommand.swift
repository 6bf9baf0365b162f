import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import TOMLSupport

struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "The call profile in force: show it, replace it before scoring, lock it.",
        discussion: "The profile format: docs/call-profile.md.",
        subcommands: [Show.self, Lock.self, Replace.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the profile (TOML) and whether it is locked.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (store, _) = try StoreAccess.open(global, readOnly: true)
            guard let profile = try store.storedProfile() else {
                Console.error("this database has no call profile")
                throw ExitCode(2)
            }
            Console.output(profile.toml, terminator: profile.toml.hasSuffix("\n") ? "" : "\n")
            Console.message(
                profile.lockedAt.map { "locked by \(profile.lockedBy ?? "?") at \($0)" }
                    ?? "not locked: the chair locks it before scoring (`shortlist profile lock`)")
        }
    }

    struct Lock: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Lock the profile: criteria, weights, scale and pass marks can no longer change (chair)."
        )
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            try store.lockProfile(by: actor)
            Console.message("The call profile is locked")
        }
    }

    struct Replace: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Replace the profile before it is locked, and reassess every application (chair, secretary)."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The profile file (TOML).") var file: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let (document, profile) = try ProfileFiles.read(file)
            let old = try? ProfileAssessment.profile(of: store)
            // Counting evidence in every CV again is the costly part: only when its phrases changed.
            let phrasesChanged =
                old.map { $0.criteria.map(\.evidence) != profile.criteria.map(\.evidence) } ?? true
            let reassessment = try store.replaceProfile(
                document, assessor: .init(profile: profile), recountEvidence: phrasesChanged,
                by: actor)
            Console.message(
                "The call profile is now \(profile.reference); every application was reassessed"
                    + " (\(reassessment.assessed) checked, \(reassessment.rewritten) with a changed"
                    + " outcome, \(reassessment.resultsChanged) with a changed result)")
        }
    }
}

/// Reading a profile file for a command, with its errors said once.
enum ProfileFiles {
    static func read(_ path: String) throws -> (ProfileDocument, CallProfile) {
        return try ProfileAssessment.document(from: URL(fileURLWithPath: path))
    }
}
