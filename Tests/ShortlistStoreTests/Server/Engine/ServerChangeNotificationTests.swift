#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Synchronization
    import Testing

    @testable import ShortlistStore

    /// Change news on a server by LISTEN/NOTIFY: a watch hears what another connection commits
    /// without asking the server in between, never a rolled-back write, never its own store's
    /// commits; every table notifies, with an empty payload; a dropped listening connection is
    /// said once and made again, and what was committed meanwhile is not lost.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerChangeNotificationTests {
        @Test func aWatchHearsAnotherMembersSubmission() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member1")
            defer { _ = try? store.close() }  // a failed expectation must not leak the connection
            let watch = try store.watchChanges()
            #expect(try watch.poll() == nil, "what was there when watching began is not news")
            try panel.card(
                "member2", candidate: 2, marks: [("A1", 3, "Ερώτηση για τη Łódź")], submit: true)
            let news = try Self.news(of: watch)
            #expect(news == [ChangeCount(actor: "member2", action: "score.submit", count: 1)])
            #expect(try Self.quiet(watch), "news is told once")
            // Two people between two looks: the gain by person and action, in order.
            try panel.card("member4", candidate: 3, marks: [("A1", 3, "Łódź")], submit: true)
            try panel.card("chair", candidate: 3, marks: [("A1", 4, "")], submit: false)
            Thread.sleep(forTimeInterval: 0.5)
            #expect(
                try Self.news(of: watch) == [
                    ChangeCount(actor: "member4", action: "score.submit", count: 1),
                    ChangeCount(actor: "chair", action: "score.set", count: 1),
                ])
        }

        /// Reading the trail could never say "news, but no entry": only a notification can.
        @Test func theWatchIsToldByNotificationNotByReadingTheTrail() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member1")
            defer { _ = try? store.close() }  // as above
            let watch = try store.watchChanges()
            try panel.run("member4", "NOTIFY \(ServerSetupScript.changeChannel)")
            #expect(try Self.news(of: watch) == [], "a bare notification is news without counts")
            // A write that leaves no audit entry is heard too: every table notifies.
            try panel.admin(
                "INSERT INTO shortlist.meta (key, value) VALUES ('Примечание', '王小明')")
            #expect(try Self.news(of: watch) == [])
            #expect(try Self.quiet(watch))
        }

        /// A quiet panel is not asked anything: with the store's connection closed, looking
        /// finds nothing and fails nowhere, until a notification makes the watch read.
        @Test func aQuietPanelIsNeverAsked() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "chair")
            let watch = try store.watchChanges()
            try store.close()
            #expect(try Self.quiet(watch), "no notification, no read")
            try panel.card("member1", candidate: 4, marks: [("A1", 3, "Ζ")], submit: false)
            let deadline = Date().addingTimeInterval(5)
            var failure: String?
            while failure == nil, Date() < deadline {
                do {
                    _ = try watch.poll()
                    Thread.sleep(forTimeInterval: 0.05)
                } catch {
                    failure = "\(error)"
                }
            }
            #expect(failure?.contains("closed") == true, "told, it reads: \(failure ?? "")")
        }

        @Test func aRolledBackWriteNotifiesNobody() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member1")
            defer { _ = try? store.close() }  // as above
            let watch = try store.watchChanges()
            let append = try ServerPanel.auditCall(
                action: "note.add", object: "APP-3", values: [("text", "Wałęsa: do sprawdzenia")],
                kind: "text", sealed: false)
            try panel.run(
                "member2",
                "BEGIN; \(append); ROLLBACK;")
            #expect(try Self.quiet(watch), "a rolled-back write is not news")
            // The watch still hears, so the silence above was the rollback's.
            try panel.card("member4", candidate: 3, marks: [("A1", 4, "")], submit: false)
            #expect(
                try Self.news(of: watch) == [
                    ChangeCount(actor: "member4", action: "score.set", count: 1)
                ])
        }

        /// As on SQLite: the store's own connection's commits are not news; the same person's
        /// commits from elsewhere (the CLI beside the interface) are, and then the trail's gain
        /// is told whole, the store's own entries among it.
        @Test func ownCommitsAreNotNewsButTheSamePersonElsewhereIs() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member3")
            defer { _ = try? store.close() }  // as above
            let watch = try store.watchChanges()
            try store.addNote(on: ApplicationID("APP-2"), text: "Иванова: сильная", by: store.actor)
            #expect(try Self.quiet(watch), "the store's own commit is not news")
            try panel.run(
                "member3",
                try ServerPanel.auditCall(
                    action: "note.add", object: "APP-4", values: [], kind: "text", sealed: false))
            #expect(
                try Self.news(of: watch) == [
                    ChangeCount(actor: "member3", action: "note.add", count: 2)
                ])
        }

        @Test func theNotificationCarriesNothingAndEveryTableSendsIt() throws {
            let panel = try ServerPanel()
            let silent = try panel.admin(
                """
                SELECT count(*) FROM pg_tables t WHERE t.schemaname = 'shortlist'
                AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgname = 'notify_change'
                    AND g.tgrelid = ('shortlist.' || quote_ident(t.tablename))::regclass)
                """)
            #expect(silent.out == "0", "every table notifies")
            // member4 listens as psql would, while member2 submits a card with a sealed comment.
            let heard = DispatchGroup()
            let listened = Mutex(ServerCluster.Output(status: -1, out: "", err: ""))
            heard.enter()
            let login = panel.login("member4")
            let database = panel.database
            DispatchQueue.global().async {
                defer { heard.leave() }
                do {
                    // Separate commands: LISTEN inside one transaction with the sleep would
                    // take effect only after it.
                    let output = try ServerCluster.psql(
                        login, database,
                        commands: [
                            "LISTEN \(ServerSetupScript.changeChannel)", "SELECT pg_sleep(2)",
                        ])
                    listened.withLock { $0 = output }
                } catch {
                    listened.withLock { $0.err = "\(error)" }
                }
            }
            Thread.sleep(forTimeInterval: 0.7)
            try panel.card(
                "member2", candidate: 4, marks: [("A1", 2, "王: 不清楚")], submit: true)
            heard.wait()
            let output = listened.withLock { $0 }
            #expect(output.ok, "\(output.err)")
            // The card, its marks, the trail entry and the submission: one transaction, one
            // notification.
            #expect(
                output.out.components(separatedBy: "Asynchronous notification").count == 2,
                "\(output.out)")
            #expect(!output.out.contains("payload"), "\(output.out)")
        }

        @Test func aDroppedListenerIsSaidAndWhatWasCommittedMeanwhileIsNotLost() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member1")
            defer { _ = try? store.close() }  // as above
            let watch = try store.watchChanges()
            let terminated = try panel.admin(
                """
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE datname = '\(panel.database)'
                AND application_name = '\(PostgresChangeListener.applicationName)'
                """)
            #expect(terminated.out == "1")
            // Committed while nobody listens: its notification reaches no one.
            try panel.card("member2", candidate: 2, marks: [("A1", 3, "Мария")], submit: true)
            var said: String?
            let deadline = Date().addingTimeInterval(5)
            while said == nil, Date() < deadline {
                do {
                    _ = try watch.poll()
                    Thread.sleep(forTimeInterval: 0.05)
                } catch {
                    said = "\(error)"
                }
            }
            #expect(said?.contains("live news stopped") == true, "\(said ?? "nothing said")")
            #expect(
                try Self.news(of: watch, within: 10) == [
                    ChangeCount(actor: "member2", action: "score.submit", count: 1)
                ])
            #expect(try Self.quiet(watch))
            try panel.card("member4", candidate: 2, marks: [("A1", 4, "")], submit: false)
            #expect(
                try Self.news(of: watch) == [
                    ChangeCount(actor: "member4", action: "score.set", count: 1)
                ], "it listens again")
        }

        @Test func aWatchThatCannotListenSaysSoAtOnce() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "reviewer")
            defer { _ = try? store.close() }  // as above
            try panel.admin("REVOKE \(panel.roles.reviewer) FROM \(panel.login("reviewer"))")
            let error = #expect(throws: StoreError.self) { _ = try store.watchChanges() }
            #expect(
                error?.description.contains("cannot listen for others' changes") == true,
                "\(String(describing: error))")
        }

        @Test func aPanelWhoseTablesDoNotNotifyIsRefusedAWatchInWords() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member2")
            defer { _ = try? store.close() }  // as above
            try panel.admin("DROP TRIGGER notify_change ON shortlist.audit")
            let error = #expect(throws: StoreError.self) { _ = try store.watchChanges() }
            #expect(
                error?.description.contains("does not notify changes") == true,
                "\(String(describing: error))")
        }

        /// The first news within `seconds`, polling as the interface does.
        static func news(of watch: any ChangeWatching, within seconds: TimeInterval = 5) throws
            -> [ChangeCount]?
        {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if let news = try watch.poll() { return news }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return nil
        }

        /// No news for a second, polled as the interface does.
        static func quiet(_ watch: any ChangeWatching) throws -> Bool {
            try news(of: watch, within: 1) == nil
        }
    }
#endif
