#if Postgres
    import Foundation
    import PostgresNIO

    /// `shortlist server upgrade`: brings a panel's server schema to this Shortlist's number,
    /// step by step (`ServerUpgradeSteps`), in one transaction as the tables' owner, so that an
    /// upgrade that fails anywhere leaves the panel as it was. Run by the administrator: a
    /// superuser, or a member of the owner role.
    public enum ServerUpgrade {
        /// What the upgrade found and did.
        public struct Outcome: Sendable, Equatable {
            public var from: Int
            public var to: Int
            /// Texts whose search vector was built again.
            public var textVectors: Int
            /// Why no audit entry records the upgrade, or nil when one does.
            public var unaudited: String?
            public var changed: Bool { from != to }
        }

        public static func run(_ location: DatabaseLocation) throws -> Outcome {
            let administrator = try ServerAdministratorConnection(location)
            defer { administrator.close() }
            let (url, roles, session) = (
                administrator.url, administrator.roles, administrator.session
            )
            try requireAdministrator(session, roles: roles, url: url, location: location)
            try session.execute("BEGIN")
            do {
                let outcome = try upgrade(
                    session, script: ServerSetupScript(roles: roles), location: location)
                try session.execute("COMMIT")
                return outcome
            } catch {
                // The server has already aborted the failed transaction: ending it cannot fail
                // in a way that matters more than `error`.
                _ = try? session.execute("ROLLBACK")
                throw error
            }
        }

        /// Refused before anything is asked of the panel: only the owner changes its tables
        /// and functions, and a panel role is never the owner's member.
        static func requireAdministrator(
            _ session: PostgresSession, roles: ServerRoles, url: ServerURL,
            location: DatabaseLocation
        ) throws {
            let may = try session.value(
                "SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = \(roles.owner)",
                as: Bool.self)
            guard let may else {
                throw StoreError.invalid(
                    "\(location) has no Shortlist schema (no role \(roles.owner)): there is nothing to upgrade; `shortlist server setup` sets a database up (docs/server.md)"
                )
            }
            guard may else {
                throw StoreError.invalid(
                    "server upgrade must be run by the server's administrator (a superuser, or a member of \(roles.owner)), not by \(url.role): it changes the panel's tables and functions, which only their owner may; nothing was changed"
                )
            }
        }

        static func upgrade(
            _ session: PostgresSession, script: ServerSetupScript, location: DatabaseLocation
        ) throws -> Outcome {
            for statement in ServerUpgradeSteps.opening(owner: script.roles.owner) {
                try session.execute(PostgresQuery(unsafeSQL: statement))
            }
            // Locked, so that a second upgrade run meanwhile waits, then finds the new number.
            let recorded = try session.value(
                "SELECT value FROM meta WHERE key = \(ServerSchemaVersion.metaKey) FOR UPDATE",
                as: String.self)
            guard let recorded, let found = Int(recorded) else {
                throw StoreError.invalid(
                    "\(location) records no server schema this Shortlist knows (\(recorded.map { "“\($0)”" } ?? "none")): set it up again with `shortlist server setup` (docs/server.md)"
                )
            }
            guard found <= ServerSchemaVersion.current else {
                throw StoreError.invalid(
                    "the panel at \(location) was set up by a newer Shortlist (schema \(found)); this one knows up to \(ServerSchemaVersion.current) and upgrades nothing newer"
                )
            }
            var outcome = Outcome(
                from: found, to: found, textVectors: 0, unaudited: nil)
            guard found < ServerSchemaVersion.current else { return outcome }
            let steps = ServerUpgradeSteps.from(found)
            guard steps.first?.from == found, steps.last?.to == ServerSchemaVersion.current else {
                throw StoreError.invalid(
                    "this Shortlist has no upgrade from server schema \(found) to \(ServerSchemaVersion.current)"
                )
            }
            for step in steps {
                if let requirement = step.requirement {
                    guard
                        try session.value(
                            PostgresQuery(unsafeSQL: requirement.query), as: Bool.self)
                            == true
                    else {
                        throw StoreError.invalid(
                            "the panel at \(location) cannot be upgraded: \(requirement.refusal)")
                    }
                }
                for action in step.actions {
                    switch action {
                    case .sql(let part):
                        for statement in SQLStatements.split(script.render(part)) {
                            try session.execute(PostgresQuery(unsafeSQL: statement))
                        }
                    case .rebuildTextVectors:
                        outcome.textVectors += try rebuildTextVectors(session)
                    }
                }
                try session.execute(
                    PostgresQuery(unsafeSQL: ServerUpgradeSteps.versionStatement(step.to)))
                outcome.to = step.to
            }
            outcome.unaudited = try audit(session, from: found, to: outcome.to)
            return outcome
        }

        /// Builds every text's search vector again as the store builds it, a batch a statement
        /// in the order of the rows' ids; returns how many.
        static func rebuildTextVectors(_ session: PostgresSession) throws -> Int {
            var last = Int64.min
            var rebuilt = 0
            while true {
                let rows = try session.rows(
                    """
                    SELECT candidate_id, cv_text, motivation FROM candidate_texts
                    WHERE candidate_id > \(last) ORDER BY candidate_id
                    LIMIT \(Int64(ServerUpgradeSteps.textVectorBatch))
                    """)
                guard !rows.isEmpty else { return rebuilt }
                var ids: [Int64] = []
                var texts: [(cv: String, motivation: String)] = []
                for row in rows {
                    let (id, cv, motivation) = try row.decode((Int64, String, String).self)
                    ids.append(id)
                    texts.append((cv, motivation))
                }
                let vectors = PostgresTextVector.binaries(texts)
                var statement = PostgresStatement()
                statement.sql = ServerUpgradeSteps.rebuildStatement(
                    statement.bind(ids), statement.bind(vectors))
                try session.execute(statement.query)
                rebuilt += rows.count
                last = ids[ids.count - 1]
            }
        }

        /// The upgrade in the trail, through `audit_append`, when the administrator is on the
        /// roster (the trail names a roster entry as every entry's actor); else why not.
        static func audit(_ session: PostgresSession, from: Int, to: Int) throws -> String? {
            let name = try session.value("SELECT my_name()", as: String?.self)
            guard case .some(.some) = name else {
                return
                    "the administrator is not on the panel's roster, and every entry of the trail names a roster entry as its actor"
            }
            let key = ServerSchemaVersion.metaKey
            let before = "{\"\(key)\":\"\(from)\"}"
            let after = "{\"\(key)\":\"\(to)\"}"
            try session.execute(
                "SELECT audit_append('server.upgrade', NULL, \(before), \(after))")
            return nil
        }
    }
#endif
