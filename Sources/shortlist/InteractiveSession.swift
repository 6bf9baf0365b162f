import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistUI
import TerminalKit

/// Starts the full-screen interface on a store and gives the terminal back however it ends.
enum InteractiveSession {
    /// A database opened for the interface, with who acts in it.
    struct Opened {
        var store: any PanelDatabase
        var actor: Actor
        /// Why the database is open read-only, when it is.
        var readOnlyReason: String?
    }

    /// Fails early, before any work, when there is no usable terminal.
    static func checkTerminal(_ environment: [String: String]) throws {
        try CursesBackend.checkTerminal(environment: environment)
    }

    /// Opens the database and works out who is acting, before the screen is taken: an
    /// identity bound to another login is refused here (status 2), and a person not on the
    /// roster gets the database read-only. The user's configuration may add blind mode.
    static func open(
        _ location: DatabaseLocation, global: GlobalOptions, defaultUser: String? = nil
    ) throws -> Opened {
        let blind = global.configuration.blind
        let store = try DatabaseEngines.open(location, blindViewer: blind)
        let actor = try store.actor(
            named: global.actingUser(default: defaultUser), login: StoreAccess.osLogin)
        guard !actor.isOnRoster else { return Opened(store: store, actor: actor) }
        try store.close()
        return Opened(
            store: try DatabaseEngines.open(location, readOnly: true, blindViewer: blind),
            actor: actor,
            readOnlyReason:
                "\(actor.name) is not on the panel roster of this database: opened read-only; the secretary can add you (shortlist panel add)"
        )
    }

    /// `theme` is the one named on the command line, if any; the configuration, `NO_COLOR`
    /// and the terminal decide the rest (see `UserSettings`).
    static func run(_ opened: Opened, environment: [String: String], theme: String? = nil) throws {
        let store = opened.store
        let settings = UserSettings(environment: environment)
        // The profile is read before the screen is taken, so that a problem with it can be
        // said; the interface works without it (no criteria texts, no evidence).
        var profileProblem: String?
        var profile: CallProfile?
        do {
            profile = try ProfileAssessment.profile(of: store)
        } catch {
            profileProblem = "the database's call profile cannot be read: \(error)"
        }
        let backend: CursesBackend
        backend = try CursesBackend(
            environment: environment, mouse: settings.configuration.mouse)
        let status: Int32
        let (startTheme, themeProblems) = settings.startingTheme(
            commandLine: theme, environment: environment, colorCount: backend.colorCount)
        let problems = settings.problems + themeProblems
        var session: App?
        // The terminal is given back here, before anything below is said on it.
        do {
            defer { backend.restore() }
            let meta = (try? store.metadata()) ?? [:]
            let isBlind = store.blindViewer || ((try? store.isBlind()) ?? true)
            let app = try App(
                source: store, terminal: Terminal(backend: backend),
                context: AppContext(
                    databaseName: store.location.shortName,
                    callReference: meta["call_reference"] ?? CallReference.builtIn,
                    actor: opened.actor, profile: profile, isBlind: isBlind,
                    readOnlyReason: opened.readOnlyReason),
                theme: startTheme, keymap: settings.keymap, catalog: settings.catalog,
                exporter: opened.readOnlyReason == nil
                    ? StoreResultExporter(store: store, environment: environment) : nil)
            if let profileProblem {
                app.show(profileProblem, isError: true)
            } else if opened.readOnlyReason == nil {
                app.showStartupProblems(problems)
            }
            // Other members' sessions, the CLI and imports show up within a second.
            do {
                app.changeFeed = try WatchedChanges(store: store)
            } catch {
                // The screen works without it, but others' changes would not show: said.
                app.show("others' changes will not show until you reopen: \(error)", isError: true)
            }
            if opened.readOnlyReason == nil { app.loader = FileLoader(store: store) }
            session = app
            status = app.run()
        }
        // A signal ended the session while changes waited for the database (an import held
        // it): the terminal is back, and they still go in if it frees up in time.
        if let session, session.queuedWrites > 0 {
            Console.error(
                "saving \(session.queuedWrites) change(s) made in the interface: waiting for the database…"
            )
            let lost = session.finishWrites(timeout: 60)
            if lost > 0 {
                Console.error("\(lost) change(s) could not be saved: the database stayed busy")
            }
        }
        // Said again once the screen is back, where it stays readable.
        if let profileProblem { Console.error(profileProblem) }
        for problem in problems { Console.error("\(problem)") }
        if status != 0 { throw ExitCode(status) }
    }
}
