#if Postgres
    import Foundation
    import ShortlistStore
    import ShortlistTestSupport
    import Testing

    /// The interface on a PostgreSQL panel, in a real terminal: what another member commits
    /// from the command line, on their own login, shows within two seconds (LISTEN/NOTIFY).
    @Suite(.serialized, .enabled(if: ServerEndToEndPanel.isAvailable && Tmux.isAvailable))
    struct ServerTerminalTests {
        @Test func aSubmissionThroughTheCommandLineShowsWithinTwoSeconds() throws {
            let panel = try ServerEndToEndPanel("shortlist-server-terminal", invited: 3)
            let scratch = TemporaryDirectory("shortlist-server-terminal-home")
            try FileManager.default.createDirectory(
                at: scratch.url, withIntermediateDirectories: true)
            let tmux = try Tmux(
                width: 160, height: 30,
                environment: [
                    "XDG_DATA_HOME": scratch.url.path, "XDG_CONFIG_HOME": scratch.url.path,
                    "LANG": "C.UTF-8",
                ])
            try tmux.sendLine(
                "\(BuiltBinary.url.path) --db '\(try panel.url("member1"))' --user member1; echo EXIT=$?"
            )
            let opened = try tmux.waitFor { $0.contains("/12") }
            #expect(opened.contains("/12"), "\(opened)")

            let id = panel.ids[0].rawValue
            let marks = ["A1=3", "A2=3", "A3=3", "B1=3", "B2=3", "C1=3", "C2=3"]
            let chair = ["--db", try panel.url("chair"), "--user", "chair"]
            let set = try BuiltBinary.run(["score", "set", id] + marks + chair)
            #expect(set.status == 0, "\(set.stderr)")
            let submitted = try BuiltBinary.run(["score", "submit", id] + chair)
            #expect(submitted.status == 0, "\(submitted.stderr)")
            let screen = try tmux.waitFor(timeout: 2) { $0.contains("submitted 1 card") }
            #expect(
                screen.contains("Hélène Marchetti") && screen.contains("submitted 1 card"),
                "within two seconds:\n\(screen)")

            try tmux.send("q")
            let closed = try tmux.waitFor {
                $0.split(separator: "\n").contains {
                    $0.hasPrefix("EXIT=") && !$0.hasPrefix("EXIT=$")
                }
            }
            #expect(closed.contains("EXIT=0"), "\(closed)")
        }
    }
#endif
