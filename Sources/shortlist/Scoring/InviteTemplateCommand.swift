import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

/// `shortlist invite template [show] | set FILE | reset`: the invitation letter's text. Read
/// from `invite`'s own arguments, since a subcommand would be taken for an application id.
enum InviteTemplateCommand {
    static let help = """
        `shortlist invite template [show]` prints the invitation letter's text, `… set FILE` \
        replaces it, `… reset` goes back to the built-in one. Placeholders: \
        \(LetterTemplate.placeholders.map { "{{\($0.0)}}" }.joined(separator: ", ")). The text \
        is stored in the database and is no part of the adopted grid: the chair or the \
        secretary may change it at any time, each change audited; an unknown placeholder is \
        refused.
        """

    static func run(_ arguments: [String], _ global: GlobalOptions) throws {
        switch (arguments.first ?? "show", arguments.count) {
        case ("show", 0...1):
            let (store, _) = try StoreAccess.open(global, readOnly: true)
            let stored = try store.letterTemplate()
            if stored == nil { Console.message("(the built-in text)") }
            Console.output(stored ?? LetterTemplate.builtIn, terminator: "")
        case ("set", 2):
            let file = arguments[1]
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
                try LetterTemplate.validate(text)
            } catch let error as ExportError {
                Console.error("\(file): \(error)")
                throw ExitCode(2)
            } catch {
                Console.error("\(file): cannot read it as UTF-8 text")
                throw ExitCode(2)
            }
            let (store, actor) = try StoreAccess.open(global)
            try store.setLetterTemplate(text, by: actor)
            Console.message("the invitation letter's text is now \(file)'s")
        case ("reset", 1):
            let (store, actor) = try StoreAccess.open(global)
            try store.setLetterTemplate(nil, by: actor)
            Console.message("the invitation letters use the built-in text again")
        default:
            Console.error("invite template: show, set FILE or reset")
            throw ExitCode(2)
        }
    }
}
