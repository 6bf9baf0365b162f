import ArgumentParser
import Foundation
import ShortlistStore
import ShortlistUI

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database: a file, or a postgresql:// URL.", valueName: "path-or-url"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Who is acting (default: SHORTLIST_USER, then config.toml's user, then the login name).",
            valueName: "name"))
    var user: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The user's `config.toml`: its `user` and `database` come after the option and the
    /// environment variable; its `blind` can only add blind mode.
    var configuration: Configuration {
        Configuration.load(ConfigLocation(environment: environment), environment: environment).0
    }

    /// `--db`, then `SHORTLIST_DB`, then the configuration's `database`, then the default.
    /// Parsed here, once: a bad URL is refused (status 2) before anything is opened.
    func databaseLocation() throws -> DatabaseLocation {
        let fromEnvironment = environment["SHORTLIST_DB"].map { !$0.isEmpty } ?? false
        let explicit = db ?? (fromEnvironment ? nil : configuration.database)
        return try DatabaseLocation.resolve(explicit: explicit, environment: environment)
    }

    /// The acting person: `--user`, then `SHORTLIST_USER`, then config.toml's `user`, then
    /// the login name.
    var actingUser: String { actingUser(default: nil) }

    /// The same, with a default before the login name (the demo acts as `chair`).
    func actingUser(default fallback: String?) -> String {
        if let user, !user.isEmpty { return user }
        if let fromEnvironment = environment["SHORTLIST_USER"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        if let configured = configuration.user { return configured }
        return fallback ?? StoreAccess.osLogin
    }
}
