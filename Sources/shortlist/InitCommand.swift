import ArgumentParser
import Foundation
import ShortlistExchange
import ShortlistStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a database for a call; whoever creates it becomes its secretary.",
        discussion: """
            The database is private (mode 0600) unless --group names a group to share it with \
            (mode 0660, owned by that group), as on a server where every panel member has an \
            account of their own. The creator is bound to their login when --user is the login.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp(
            "The call profile: `builtin` for EC/2025/CNECT/441297.", valueName: "file|builtin"))
    var call: String = "builtin"

    @Option(
        help: ArgumentHelp("Share the database with this group (mode 0660).", valueName: "group"))
    var group: String?

    func run() throws {
        let document =
            call == "builtin" ? ProfileAssessment.builtInDocument : try ProfileFiles.read(call).0
        let location = try global.databaseLocation()
        let user = global.actingUser
        let setup = NewDatabase.createdBy(user, login: StoreAccess.osLogin, profile: document)
        let store: any PanelDatabase
        if let group {
            store = try SQLiteEngine().create(
                file: StoreAccess.file(of: location, for: "--group"), setup, sharedWith: group)
        } else {
            store = try DatabaseEngines.create(location, setup)
        }
        try? store.close()
        // On a server the grants share the panel, not a file's mode.
        let sharing =
            location.fileURL == nil
            ? "shared through the server's roles (docs/server.md)"
            : group.map { "shared with the group \($0) (mode 0660)" }
                ?? "private to you (mode 0600)"
        Console.message(
            "Created a database for call \(document.reference) at \(location), \(sharing); \(user) is its secretary"
        )
    }
}
