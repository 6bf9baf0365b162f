import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Interview scorecards: set marks, submit, show; the chair reopens and excuses.",
        discussion: """
            Each member scores each invited candidate on every criterion of the call, on the \
            profile's scale, independently: nobody sees another's marks before submitting \
            their own. How marks combine: docs/scoring.md.
            """,
        subcommands: [
            Set.self, Submit.self, Show.self, Reopen.self, Excuse.self, WithdrawExcuse.self,
        ])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set marks on your own card (a draft until submitted).",
            discussion: """
                Example: shortlist score set APP-0000042 A1=4 A2=3 B1=5 --comment "B1=Led the \
                EU-wide pilot" --note "Clear answers". CRITERION= (empty) clears a mark. Refused \
                until the chair adopts the grid (shortlist profile adopt) and you have made \
                your declarations (shortlist panel declare).
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The application id.") var applicationID: String
        @Argument(help: "Marks such as A1=4 A2=3.") var marks: [String] = []
        @Option(help: "A comment on one criterion: CRITERION=TEXT (repeatable).") var comment:
            [String] = []
        @Option(help: "Your overall note on this candidate.") var note: String?

        func run() throws {
            var parsed: [CriterionID: Int] = [:]
            var cleared: Swift.Set<CriterionID> = []
            for item in marks {
                let (criterion, value) = try Self.pair(item, "CRITERION=MARK")
                if value.isEmpty {
                    cleared.insert(criterion)
                } else if let mark = Int(value) {
                    parsed[criterion] = mark
                } else {
                    throw ValidationError(
                        "“\(item)”: the mark must be a whole number on the profile's scale")
                }
            }
            var comments: [CriterionID: String] = [:]
            for item in comment {
                let (criterion, text) = try Self.pair(item, "CRITERION=TEXT")
                comments[criterion] = text
            }
            guard !parsed.isEmpty || !cleared.isEmpty || !comments.isEmpty || note != nil else {
                throw ValidationError("give at least one mark, --comment or --note")
            }
            let (store, actor) = try StoreAccess.open(global)
            let id = ApplicationID(applicationID)
            try store.setMarks(
                id, marks: parsed, cleared: cleared, comments: comments, note: note, by: actor)
            let card = try store.candidateScoring(id, for: actor)
            let scheme = try store.scoringScheme()
            let missing = scheme?.criteria.map(\.id).filter { card.own?.marks[$0] == nil } ?? []
            Console.message(
                "\(id): draft saved"
                    + (missing.isEmpty
                        ? "; every criterion marked: submit with `shortlist score submit \(id)`"
                        : "; still to mark: " + missing.map(\.rawValue).joined(separator: ", ")))
        }

        static func pair(_ item: String, _ shape: String) throws -> (CriterionID, String) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                .map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("“\(item)” is not \(shape)")
            }
            return (CriterionID(parts[0]), parts[1])
        }
    }

    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Submit your card: it is then locked, and you see the others' submitted marks.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The application id.") var applicationID: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let id = ApplicationID(applicationID)
            try store.submitScorecard(id, by: actor)
            let scoring = try store.candidateScoring(id, for: actor)
            Console.message(
                "\(id): scorecard submitted (\(scoring.submitted.count) of \(scoring.expected.count) expected cards in)"
            )
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "A candidate's scoring as you may see it: your card, others' once you submitted, the result."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The application id.") var applicationID: String
        @Option(help: "table, csv, json or plain.") var format: OutputFormat = .table

        func run() throws {
            let (store, actor) = try StoreAccess.open(global, readOnly: true)
            let id = ApplicationID(applicationID)
            let scoring = try store.candidateScoring(id, for: actor)
            guard let scheme = try store.scoringScheme() else {
                Console.error("this database's call profile has no scoring scheme")
                throw ExitCode(2)
            }
            ScorecardListing(scoring: scoring, scheme: scheme, viewer: actor.name).print(as: format)
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reopen a member's submitted card, with the reason (chair).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The application id.") var applicationID: String
        @Option(help: "Whose card.") var member: String
        @Option(help: "Why (recorded in the audit trail).") var reason: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let id = ApplicationID(applicationID)
            try store.reopenScorecard(id, member: member, reason: reason, by: actor)
            Console.message("\(id): \(member)'s scorecard is a draft again")
        }
    }

    struct Excuse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Excuse a member absent from a candidate's interview, with the reason (chair).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The member.") var member: String
        @Argument(help: "The application id.") var applicationID: String
        @Option(help: "Why (recorded in the audit trail).") var reason: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let id = ApplicationID(applicationID)
            try store.excuse(member: member, from: id, reason: reason, by: actor)
            Console.message(ExcusalWording.excused(member, from: id))
        }
    }

    struct WithdrawExcuse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw-excuse",
            abstract:
                "Withdraw a member's excusal, with the reason (chair): they are expected to score again."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The member.") var member: String
        @Argument(help: "The application id.") var applicationID: String
        @Option(help: "Why (recorded in the audit trail).") var reason: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let id = ApplicationID(applicationID)
            try store.withdrawExcuse(member: member, from: id, reason: reason, by: actor)
            Console.message(ExcusalWording.expectedAgain(member, at: id))
        }
    }
}
