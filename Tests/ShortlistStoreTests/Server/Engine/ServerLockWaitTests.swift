#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// A write that meets another connection's lock waits it out as on SQLite: each statement
    /// waits up to the lock timeout, the transaction is run again while the lock stays, and
    /// only then does the caller hear that the panel is busy (which the interface's write
    /// queue keeps trying); the write lands once, or not at all.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerLockWaitTests {
        @Test func theStoreWaitsUpToTheLockTimeoutOfSQLitesBusyTimeout() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member1")
            defer { _ = try? store.close() }  // a failed expectation must not leak the connection
            #expect(
                try store.withSession { try $0.value("SHOW lock_timeout", as: String.self) }
                    == PostgresStore.lockTimeout)
            #expect(PostgresStore.busyAttempts == SQLiteStore.busyAttempts)
        }

        @Test func aWriteWaitsOutALockHeldBriefly() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member1")
            defer { _ = try? store.close() }  // as above
            let holder = try LockHolder(panel, seconds: 1.5)
            let started = Date()
            try store.addNote(on: ApplicationID("APP-2"), text: "Иванова", by: store.actor)
            #expect(Date().timeIntervalSince(started) > 0.5, "it waited for the lock")
            holder.wait()
            #expect(try notes(panel) == 1)
        }

        @Test func aLockHeldPastOneWaitIsWaitedOutByRunningTheTransactionAgain() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member1")
            defer { _ = try? store.close() }  // as above
            // Six attempts of 0.4 s outlast a lock of 1 s; one attempt would not.
            try store.withSession { try $0.execute("SET lock_timeout = '400ms'") }
            let holder = try LockHolder(panel, seconds: 1)
            try store.addNote(on: ApplicationID("APP-3"), text: "Wałęsa", by: store.actor)
            holder.wait()
            #expect(try notes(panel) == 1, "the note landed once")
            #expect(try panel.count("SELECT count(*) FROM audit WHERE action = 'note.add'") == 1)
        }

        @Test func aLockHeldPastEveryAttemptIsBusyAndWritesNothing() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member1")
            defer { _ = try? store.close() }  // as above
            try store.withSession { try $0.execute("SET lock_timeout = '100ms'") }
            let holder = try LockHolder(panel, seconds: 3)
            let error = #expect(throws: StoreError.self) {
                try store.addNote(on: ApplicationID("APP-4"), text: "王小明", by: store.actor)
            }
            if case .busy = error {
            } else {
                Issue.record("not busy: \(String(describing: error))")
            }
            holder.wait()
            #expect(try notes(panel) == 0)
            // Once the lock is gone the same write goes through.
            try store.addNote(on: ApplicationID("APP-4"), text: "王小明", by: store.actor)
            #expect(try notes(panel) == 1)
        }

        @Test func busyIsTheServersLockTimeoutDeadlockAndSerializationFailure() throws {
            let panel = try ServerPanel()
            let store = try panel.engine(as: "member1")
            defer { _ = try? store.close() }  // as above
            for state in ["55P03", "40P01", "40001"] {
                let error = #expect(throws: StoreError.self) {
                    try store.withSession { session in
                        try session.execute(
                            "DO $$ BEGIN RAISE EXCEPTION 'held' USING ERRCODE = '\(unescaped: state)'; END $$"
                        )
                    }
                }
                #expect(error == .busy(path: store.location.description), "\(state)")
            }
            let other = #expect(throws: StoreError.self) {
                try store.withSession { try $0.execute("SELECT 1/0") }
            }
            #expect(other != .busy(path: store.location.description))
        }

        func notes(_ panel: ServerPanel) throws -> Int {
            try panel.count("SELECT count(*) FROM note_versions")
        }

        /// The administrator holds the trail's head, which every audited write locks, for
        /// `seconds` on a connection of its own; returns once the lock is held.
        struct LockHolder {
            let done = DispatchGroup()

            init(_ panel: ServerPanel, seconds: Double) throws {
                let database = panel.database
                done.enter()
                DispatchQueue.global().async { [done] in
                    defer { done.leave() }
                    // The outcome is the test's to see: the lock it waits for, or not.
                    _ = try? ServerCluster.psql(
                        ServerCluster.admin, database,
                        "BEGIN; SELECT 1 FROM shortlist.audit_head FOR UPDATE; SELECT pg_sleep(\(seconds)); COMMIT;"
                    )
                }
                let deadline = Date().addingTimeInterval(5)
                while Date() < deadline {
                    let held = try panel.admin(
                        """
                        SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                        WHERE c.relname = 'audit_head' AND l.mode = 'RowShareLock' AND l.granted
                        AND l.pid <> pg_backend_pid()
                        """)
                    if held.out == "1" { return }
                    Thread.sleep(forTimeInterval: 0.02)
                }
                throw ServerPanel.Refused(message: "the lock was never held")
            }

            func wait() { done.wait() }
        }
    }
#endif
