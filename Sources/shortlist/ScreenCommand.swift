import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore

struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract:
            "Your screening marks for a candidate: CRITERION=met|partly|not_met|unknown (members, chair).",
        discussion:
            "Example: shortlist screen APP-0000042 A1=met A2=partly B2=not_met --note \"strong on DT\""
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application id.") var applicationID: String
    @Argument(help: "Marks such as A1=met B2=partly.") var marks: [String] = []
    @Option(help: "A note about this candidate.") var note: String?

    func run() throws {
        var parsed: [CriterionID: ScreeningMark] = [:]
        for item in marks {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let mark = ScreeningMark(rawValue: parts[1]) else {
                throw ValidationError(
                    "“\(item)” is not CRITERION=MARK; marks are met, partly, not_met, unknown")
            }
            parsed[CriterionID(parts[0])] = mark
        }
        guard !parsed.isEmpty || note != nil else {
            throw ValidationError("give at least one mark or a --note")
        }
        let (store, actor) = try StoreAccess.open(global)
        let id = ApplicationID(applicationID)
        try store.screen(id, marks: parsed, note: note, by: actor)
        let summary = try store.screening(of: id).summary
        Console.message("\(id): screening now \(summary)")
    }
}
