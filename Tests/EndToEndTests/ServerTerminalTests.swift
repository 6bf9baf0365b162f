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

        /// The listening connection cut under a running interface: the status line says so,
        /// and once it listens again a submission made meanwhile shows.
        @Test func aCutListeningConnectionIsSaidAndNewsResumes() throws {
            let panel = try ServerEndToEndPanel("shortlist-server-terminal-cut", invited: 3)
            let tmux = try Self.interface(on: panel, as: "member2")
            let database = try #require(StoreEngine.serverDatabase("panel", in: panel.folder))
            #expect(
                try panel.admin(
                    """
                    SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                    WHERE datname = '\(database)' AND application_name = 'shortlist live news'
                    """) == "1")
            let said = try tmux.waitFor(timeout: 3) { $0.contains("live news stopped") }
            #expect(said.contains("live news stopped"), "\(said)")
            // A key puts the message away, as the user would; news does not cover an error.
            try tmux.send("j")
            let id = panel.ids[1].rawValue
            let marks = ["A1=4", "A2=4", "A3=4", "B1=4", "B2=4", "C1=4", "C2=4"]
            let chair = ["--db", try panel.url("chair"), "--user", "chair"]
            #expect(try BuiltBinary.run(["score", "set", id] + marks + chair).status == 0)
            #expect(try BuiltBinary.run(["score", "submit", id] + chair).status == 0)
            // A new connection is tried every two seconds.
            let screen = try tmux.waitFor(timeout: 6) { $0.contains("submitted 1 card") }
            #expect(screen.contains("submitted 1 card"), "\(screen)")
            try Self.quit(tmux)
        }

        /// A panel whose trail does not notify: the interface opens and says that others'
        /// changes will not show, rather than showing a panel that only looks quiet.
        @Test func aPanelThatDoesNotNotifySaysOthersChangesWillNotShow() throws {
            let panel = try ServerEndToEndPanel("shortlist-server-terminal-silent", invited: 3)
            _ = try panel.admin("DROP TRIGGER notify_change ON shortlist.audit")
            let tmux = try Self.interface(on: panel, as: "member3")
            let screen = try tmux.waitFor(timeout: 3) {
                $0.contains("others' changes will not show")
            }
            #expect(screen.contains("others' changes will not show"), "\(screen)")
            try Self.quit(tmux)
        }

        /// The interface in tmux on `panel` as `person`, once it shows the list.
        static func interface(on panel: ServerEndToEndPanel, as person: String) throws -> Tmux {
            let home = panel.folder.file("home")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let tmux = try Tmux(
                width: 200, height: 30,
                environment: [
                    "XDG_DATA_HOME": home.path, "XDG_CONFIG_HOME": home.path, "LANG": "C.UTF-8",
                ])
            try tmux.sendLine(
                "\(BuiltBinary.url.path) --db '\(try panel.url(person))' --user \(person); echo EXIT=$?"
            )
            let opened = try tmux.waitFor { $0.contains("/12") }
            #expect(opened.contains("/12"), "\(opened)")
            return tmux
        }

        static func quit(_ tmux: Tmux) throws {
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
