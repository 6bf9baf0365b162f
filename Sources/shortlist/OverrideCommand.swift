import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore

struct OverrideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "override",
        abstract:
            "Override one eligibility rule for one candidate, with a written justification (chair).",
        discussion: """
            The override is shown as such everywhere and recorded in the audit trail with the \
            justification. --withdraw takes it back: the rule's computed result counts again.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application id.") var applicationID: String
    @Argument(help: "nationality, military, education, languages, cast or deadline.") var rule:
        EligibilityRule
    @Argument(help: "pass or fail (not with --withdraw).") var decision:
        EligibilityOverride.Decision?
    @Option(help: "The written justification (required).") var reason: String
    @Flag(help: "Withdraw the override of this rule.") var withdraw = false

    func validate() throws {
        if withdraw == (decision != nil) {
            throw ValidationError("give pass or fail, or --withdraw")
        }
    }

    func run() throws {
        let (store, actor) = try StoreAccess.open(global)
        let id = ApplicationID(applicationID)
        if let decision {
            try store.overrideEligibility(id, rule: rule, to: decision, reason: reason, by: actor)
        } else {
            try store.withdrawOverride(id, rule: rule, reason: reason, by: actor)
        }
        let result = try store.eligibility(of: id)?.result.rawValue ?? "not assessed"
        Console.message(
            "\(id): \(rule) \(decision.map { "overridden to \($0)" } ?? "override withdrawn"); now \(result)"
        )
    }
}

extension EligibilityRule: ExpressibleByArgument {}
extension EligibilityOverride.Decision: ExpressibleByArgument {}
