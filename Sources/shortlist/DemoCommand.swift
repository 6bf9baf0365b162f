import ArgumentParser
import Foundation
import ShortlistStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a deterministic demo database and open it.",
        discussion: """
            The demo database lives in the data directory as demo.db (or at --db). It is \
            reused when it was built with the same --count and --seed, so work done in it is \
            kept; --rebuild starts again. Ctrl-C while building leaves any earlier demo intact. \
            It opens acting as the demo panel's chair; --user member2 (or member1, member3, \
            secretary, reviewer) acts as someone else.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var interface: InterfaceOptions

    @Option(help: "How many candidates to generate.")
    var count: Int = 2000

    @Option(help: "The seed: the same seed gives the same candidates.")
    var seed: UInt64 = 2025

    @Flag(name: .customLong("no-tui"), help: "Build the database, print where it is, and stop.")
    var noTUI = false

    @Flag(help: "Build a new demo database even if one with these parameters exists.")
    var rebuild = false

    @Option(
        help: ArgumentHelp(
            "Write the demo candidates as a CAST export (CSV) to this file instead, to try `import` on.",
            valueName: "file"))
    var csv: String?

    @Flag(help: "Replace an existing --csv file.")
    var force = false

    func validate() throws {
        guard count >= 0, count <= 10_000_000 else {
            throw ValidationError("--count must be between 0 and 10,000,000")
        }
    }

    func run() throws {
        let environment = global.environment
        if let csv {
            try DemoExport.writeCSV(
                to: URL(fileURLWithPath: csv), count: count, seed: seed, force: force)
            Console.message("Wrote \(count) demo applications (seed \(seed)) to \(csv)")
            return
        }
        if !noTUI { try InteractiveSession.checkTerminal(environment) }
        let url =
            global.db == nil
            ? DatabaseLocation.demo(environment: environment)
            : try StoreAccess.file(of: global.databaseLocation(), for: "the demo")
        let interruption = Interruption()
        let start = Date()
        let result: (store: any PanelDatabase, built: Bool)
        do {
            result = try DemoDatabase.ensure(
                at: url, .init(count: count, seed: seed), rebuild: rebuild,
                interruption: interruption)
        } catch is LoadCancelled {
            Console.error("interrupted; the demo database was not changed")
            throw ExitCode(130)
        }
        interruption.end()
        let seconds = Date().timeIntervalSince(start)
        if result.built {
            Console.message(
                "Built a demo database of \(count) candidates (seed \(seed)) in \(String(format: "%.1f", seconds)) s: \(url.path)"
            )
        } else {
            Console.message("Using the demo database at \(url.path) (--rebuild makes a new one)")
        }
        if noTUI { return }
        // Opened again as the acting person sees it: read-only off the roster, blind if
        // their configuration says so.
        try? result.store.close()
        let opened = try InteractiveSession.open(.file(url), global: global, defaultUser: "chair")
        try InteractiveSession.run(opened, environment: environment, theme: interface.theme)
    }
}
