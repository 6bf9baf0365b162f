import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import TOMLSupport

struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract:
            "The call profile in force: show it, replace it, adopt the panel's grid before screening.",
        discussion: "The profile format: docs/call-profile.md.",
        subcommands: [Show.self, Adopt.self, Replace.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Print the profile (TOML), then which values are the call's and which the panel's, and whether the panel adopted them."
        )
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (store, _) = try StoreAccess.open(global, readOnly: true)
            guard let profile = try store.storedProfile() else {
                Console.error("this database has no call profile")
                throw ExitCode(2)
            }
            let adoption = try store.gridAdoption()
            Console.output(profile.toml, terminator: profile.toml.hasSuffix("\n") ? "" : "\n")
            let parsed = try? CallProfileParser.parse(
                text: profile.toml, file: "the stored profile")
            Console.message(ProfileSummary.text(parsed?.sources, adoption: adoption))
        }
    }

    struct Adopt: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Adopt the panel's grid: criteria, weights, scale and pass marks are fixed from now on (chair).",
            discussion:
                "Screening and scoring are refused until the grid is adopted. The audit trail records who, when and the grid's SHA-256. Asks nothing.",
            aliases: ["lock"])
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let adoption = try store.adoptGrid(by: actor)
            Console.message(
                "The panel's grid is adopted by \(adoption.by) at \(adoption.at) (grid SHA-256 \(adoption.gridSHA256 ?? "?")); it can no longer change"
            )
        }
    }

    struct Replace: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Replace the profile before the panel adopts it, and reassess every application (chair, secretary)."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The profile file (TOML).") var file: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            Console.message(
                try ProfileAssessment.replaceProfile(
                    from: URL(fileURLWithPath: file), in: store, by: actor))
        }
    }
}

/// Reading a profile file for a command, with its errors said once.
enum ProfileFiles {
    static func read(_ path: String) throws -> (ProfileDocument, CallProfile) {
        return try ProfileAssessment.document(from: URL(fileURLWithPath: path))
    }
}
