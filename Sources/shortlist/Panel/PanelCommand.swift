import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore

struct PanelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "panel",
        abstract: "The panel roster, roles, declarations and conflicts of interest.",
        discussion: "Roles and what each may do: docs/roles.md.",
        subcommands: [
            Add.self, List.self, Change.self, Remove.self, Declare.self, Declarations.self,
            Conflict.self, Conflicts.self,
        ])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person to the roster (secretary; a chair entry: the chair).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The name they act under (--user NAME).") var name: String
        @Option(help: "chair, member, secretary or reviewer.") var role: Role
        @Option(name: .customLong("display-name"), help: "How they are shown (default: the name).")
        var displayName: String?
        @Option(help: "Bind to this operating-system login: then only it may act as NAME.")
        var login: String?

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let member = PanelMember(
                name: name, displayName: displayName ?? name, role: role, login: login)
            try store.addPanelMember(member, by: actor)
            Console.message(RosterWording.added(member))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the roster.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "table, csv, json or plain.") var format: OutputFormat = .table

        func run() throws {
            let (store, _) = try StoreAccess.open(global, readOnly: true)
            let members = try store.panelMembers()
            Listing(
                header: ["name", "display_name", "role", "login"],
                rows: members.map { [$0.name, $0.displayName, $0.role.rawValue, $0.login ?? ""] }
            ).print(as: format)
        }
    }

    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a roster entry's role, display name or login binding.",
            discussion: "Who may change which entry, and when: docs/roles.md.")
        @OptionGroup var global: GlobalOptions
        @Argument var name: String
        @Option(help: "chair, member, secretary or reviewer.") var role: Role?
        @Option(name: .customLong("display-name"), help: "How they are shown.")
        var displayName: String?
        @Option(help: "Bind to this operating-system login.") var login: String?
        @Flag(help: "Remove the login binding.") var unbind = false

        func validate() throws {
            if unbind && login != nil {
                throw ValidationError("give --login or --unbind, not both")
            }
            if role == nil && displayName == nil && login == nil && !unbind {
                throw ValidationError(
                    "say what to change: --role, --display-name, --login or --unbind")
            }
        }

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            try store.changePanelMember(
                named: name, role: role, displayName: displayName, login: login,
                unbind: unbind, by: actor)
            Console.message(RosterWording.changed(name))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a person off the roster (secretary; a chair entry: the chair).")
        @OptionGroup var global: GlobalOptions
        @Argument var name: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            try store.removePanelMember(named: name, by: actor)
            Console.message(RosterWording.removed(name))
        }
    }

    struct Declare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Declare, as the acting person, confidentiality and no conflict of interest beyond those declared.",
            discussion:
                "Needed once per database before a chair or member screens, scores or opens a candidate's record; it covers candidates imported later. Asks nothing; declaring again changes nothing. Both declarations go into the audit trail and the panel report."
        )
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            let made = try store.declare(by: actor)
            if made.isEmpty {
                Console.message("\(actor.name) had already made both declarations; nothing changed")
            } else {
                Console.message(
                    "\(actor.name) declared:\n"
                        + made.map { "  \($0.text)" }.joined(separator: "\n"))
            }
        }
    }

    struct Declarations: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List who declared confidentiality and no undeclared conflict, and when.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "table, csv, json or plain.") var format: OutputFormat = .table

        func run() throws {
            let (store, _) = try StoreAccess.open(global, readOnly: true)
            let declarations = try store.declarations()
            Listing(
                header: ["name", "declaration", "declared_at"],
                rows: declarations.map { [$0.name, $0.kind.rawValue, $0.declaredAt] }
            ).print(as: format)
        }
    }

    struct Conflict: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Declare a conflict of interest: NAME neither screens nor scores the candidate.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The panel member.") var name: String
        @Argument(help: "The application id.") var applicationID: String
        @Option(help: "Why (required; recorded in the audit trail).") var reason: String

        func run() throws {
            let (store, actor) = try StoreAccess.open(global)
            try store.declareConflict(
                member: name, applicationID: ApplicationID(applicationID), reason: reason,
                by: actor)
            Console.message(RosterWording.conflictRecorded(name, applicationID))
        }
    }

    struct Conflicts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List declared conflicts of interest.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Only this member's.") var name: String?
        @Option(help: "table, csv, json or plain.") var format: OutputFormat = .table

        func run() throws {
            let (store, _) = try StoreAccess.open(global, readOnly: true)
            let conflicts = try store.conflicts(of: name)
            Listing(
                header: ["member", "application_id", "reason", "declared_at", "declared_by"],
                rows: conflicts.map {
                    [$0.member, $0.applicationID.rawValue, $0.reason, $0.declaredAt, $0.declaredBy]
                }
            ).print(as: format)
        }
    }
}

extension Role: ExpressibleByArgument {}
