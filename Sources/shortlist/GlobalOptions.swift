import ArgumentParser
import Foundation
import ShortlistStore

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Who is acting (default: SHORTLIST_USER, then the login name).", valueName: "name"))
    var user: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var databaseURL: URL { DatabaseLocation.resolve(explicit: db, environment: environment) }

    /// The acting person: `--user`, then `SHORTLIST_USER`, then the login name.
    var actingUser: String {
        if let user, !user.isEmpty { return user }
        if let fromEnvironment = environment["SHORTLIST_USER"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }
}
