#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    @testable import ShortlistStore

    /// A server panel on which `SealingRound`s are written one after another: one database, a
    /// login role for each name a round may use and one for a visitor, and the administrator's
    /// connection that clears the tables and writes each round straight into them. The
    /// administrator writes with triggers off (`session_replication_role = replica`): a round
    /// is any state a database can be in, not only one the writes allow, as on SQLite.
    final class ServerSealingRounds {
        let panel: ServerPanel
        /// Roster name -> the login it is bound to in every round that names it.
        let logins: [String: String]
        /// A login in the member group that no roster entry is bound to.
        let visitor: String
        private let admin: PostgresStore
        /// The group each login is in now, so that a round changes only what differs.
        private var groups: [String: String] = [:]
        private var connections: [String: PostgresStore] = [:]

        init() throws {
            panel = try ServerPanel()
            var logins: [String: String] = [:]
            for (index, name) in SealingRound.names.enumerated() {
                logins[name] = "\(panel.database)_p\(index)"
            }
            self.logins = logins
            visitor = "\(panel.database)_visitor"
            var roles = logins.values.sorted().map { "CREATE ROLE \($0) LOGIN;" }.joined()
            roles += "CREATE ROLE \(visitor) LOGIN; GRANT \(panel.roles.member) TO \(visitor);"
            try panel.admin(roles)
            admin = try Self.open(ServerCluster.admin, panel.database)
            try admin.withSession { try $0.execute("SET session_replication_role = replica") }
        }

        static func open(_ login: String, _ database: String) throws -> PostgresStore {
            let address = try ServerAddress(
                parsing: "postgresql://\(login)@/\(database)?host=\(ServerCluster.socket ?? "")")
            guard let store = try DatabaseEngines.open(.server(address)) as? PostgresStore else {
                throw ServerPanel.Refused(message: "\(address) did not open on PostgreSQL")
            }
            return store
        }

        /// `login`'s own connection, opened once: every read below is decided by the server
        /// statement by statement from the roster as it is then, never from the connection.
        func connection(_ login: String) throws -> PostgresStore {
            if let open = connections[login] { return open }
            let store = try Self.open(login, panel.database)
            connections[login] = store
            return store
        }

        /// Empties the tables a round writes, then writes `round`: its roster bound to the
        /// logins, and each login in the group of its entry's role.
        func write(_ round: SealingRound) throws {
            for person in round.people {
                let login = logins[person.name]!
                let group = panel.roles.group(of: person.role.rawValue)
                guard groups[login] != group else { continue }
                var sql = groups[login].map { ["REVOKE \($0) FROM \(login)"] } ?? []
                sql.append("GRANT \(group) TO \(login)")
                try admin.withSession { session in
                    for statement in sql {
                        try session.execute(PostgresQuery(unsafeSQL: statement))
                    }
                }
                groups[login] = group
            }
            let sql =
                "DO $round$ BEGIN " + Self.statements(round, logins).joined(separator: "; ")
                + "; END $round$"
            try admin.withSession { try $0.execute(PostgresQuery(unsafeSQL: sql)) }
        }

        static let tables = [
            "scorecard_marks", "scorecards", "excusals", "conflicts", "invitations",
            "audit_values", "audit", "ranking_finalisation", "candidates", "panel",
        ]

        static func statements(_ round: SealingRound, _ logins: [String: String]) -> [String] {
            func text(_ value: String?) -> String {
                value.map(ServerPanel.literal) ?? "NULL"
            }
            var sql = tables.map { "DELETE FROM \($0)" }
            func insert(_ head: String, _ rows: [[String]]) {
                guard !rows.isEmpty else { return }
                sql.append(
                    "INSERT INTO \(head) VALUES "
                        + rows.map { "(" + $0.joined(separator: ", ") + ")" }.joined(
                            separator: ", "))
            }
            insert(
                "panel (name, display_name, role, login, added_at, removed_at)",
                round.people.map {
                    [
                        text($0.name), text($0.name), text($0.role.rawValue), text(logins[$0.name]),
                        "'2026-01-01'", text($0.removed ? "2026-02-01" : nil),
                    ]
                })
            insert(
                "candidates (id, application_id, surname, given_names, name_key, name_search)",
                round.candidates.map {
                    [
                        "\($0.rowID)", text($0.applicationID), text($0.surname), "''",
                        text($0.surname), text($0.surname),
                    ]
                })
            insert(
                "invitations (candidate_id, invited_by, invited_at, outcome)",
                round.candidates.map {
                    ["\($0.rowID)", "'chair'", "'2026-01-02'", text($0.attended ? nil : "no_show")]
                })
            insert(
                "conflicts (member, candidate_id, reason, declared_at, declared_by)",
                round.candidates.flatMap { candidate in
                    candidate.conflicted.map {
                        [
                            text($0), "\(candidate.rowID)", "'former colleague'", "'2026-01-03'",
                            text($0),
                        ]
                    }
                })
            insert(
                "excusals (candidate_id, member, reason, excused_by, excused_at)",
                round.candidates.flatMap { candidate in
                    candidate.excused.map {
                        ["\(candidate.rowID)", text($0), "'absent'", "'chair'", "'2026-01-04'"]
                    }
                })
            insert(
                "scorecards (candidate_id, member, note, updated_at, submitted_at)",
                round.candidates.flatMap { candidate in
                    candidate.cards.values.map {
                        [
                            "\(candidate.rowID)", text($0.author), text($0.note), "'2026-01-05'",
                            text($0.state.isSubmitted ? "2026-01-06" : nil),
                        ]
                    }
                })
            insert(
                "scorecard_marks (candidate_id, member, criterion, mark, comment)",
                round.candidates.flatMap { candidate in
                    candidate.cards.values.flatMap { card in
                        card.marks.map {
                            [
                                "\(candidate.rowID)", text(card.author), text($0.key.rawValue),
                                "\($0.value)", text(card.comments[$0.key] ?? ""),
                            ]
                        }
                    }
                })
            let entries = round.entries
            insert(
                "audit (seq, at, actor, action, object, before, after, prev_hash, hash)",
                entries.map {
                    [
                        "\($0.seq)", text($0.at), text($0.actor), text($0.action), text($0.object),
                        "NULL", text($0.after), "''", "''",
                    ]
                })
            insert(
                "audit_values (seq, side, key, object, kind, sealed, salt, value)",
                entries.map {
                    [
                        "\($0.seq)", "'after'", "'A1'", text($0.object), "'mark'", "true", "NULL",
                        "'4'",
                    ]
                })
            if round.finalised {
                sql.append(
                    "INSERT INTO ranking_finalisation (id, finalised_at, finalised_by) VALUES (1, '2026-01-07', 'chair')"
                )
            }
            return sql
        }

        func close() throws {
            for store in connections.values { try store.close() }
            try admin.close()
        }
    }
#endif
