import ArgumentParser
import Foundation
import ShortlistStore

struct BlindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blind",
        abstract: "Blind mode for anonymised screening: application ids instead of names (chair).",
        discussion: """
            In blind mode every view, listing and export shows application ids instead of names \
            and withholds e-mail, birth date and nationality; name search finds ids only. Set \
            for the whole database by the chair; a user's configuration can add it for \
            themselves, never remove it.
            """)

    enum Setting: String, ExpressibleByArgument, CaseIterable { case on, off, status }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "on, off or status.") var setting: Setting = .status
    @Option(help: "Why (recorded in the audit trail).") var reason: String?

    func run() throws {
        let (store, actor) = try StoreAccess.open(global, readOnly: setting == .status)
        switch setting {
        case .status:
            Console.output(try store.isBlind() ? "on" : "off")
        case .on, .off:
            try store.setBlindMode(setting == .on, reason: reason ?? "", by: actor)
            Console.message("Blind mode is \(setting.rawValue)")
        }
    }
}
