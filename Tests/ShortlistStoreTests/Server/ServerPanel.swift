#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// A panel on a fresh database of the test cluster, set up through `ServerSetup` and filled
    /// through the server's own functions, each write made by the role whose write it is:
    /// four members, a chair, a secretary and a reviewer, four invited candidates (Greek,
    /// Cyrillic, Polish, CJK names), a conflict, two submitted cards and a draft on APP-1.
    /// The database and every role named with its tag are dropped when the last copy of the
    /// panel is released.
    struct ServerPanel {
        let server: ServerTestDatabase
        var database: String { server.name }
        let roles: ServerRoles
        /// Roster name -> the login role bound to it (unique across the cluster's tests).
        let logins: [String: String]

        static let roster: [(name: String, display: String, role: String)] = [
            ("chair", "Hélène Marchetti", "chair"),
            ("member1", "Jonas Lindqvist", "member"),
            ("member2", "Μαρία Κωνσταντίνου", "member"),
            ("member3", "Piotr Zieliński", "member"),
            ("member4", "Ирина Петрова", "member"),
            ("reviewer", "山田 花子", "reviewer"),
        ]

        init() throws {
            server = ServerTestDatabase()
            let (tag, database) = (server.tag, server.name)
            roles = try ServerRoles(database: database)
            var logins = ["secretary": "secretary_" + tag]
            for entry in Self.roster { logins[entry.name] = entry.name + "_" + tag }
            self.logins = logins
            try admin("CREATE DATABASE \(database)", on: "postgres")
            let url = try ServerURL(
                "postgresql://\(ServerCluster.admin)@/\(database)?host=\(ServerCluster.socket ?? "")",
                environment: [:], login: "root")
            _ = try ServerSetup.run(url)
            try admin(
                "CREATE ROLE \(logins["secretary"]!) LOGIN; GRANT \(roles.secretary) TO \(logins["secretary"]!)"
            )
            var setup = "SELECT init_panel('secretary', 'Aoife Ní Bhriain');\n"
            for entry in Self.roster {
                setup += """
                    INSERT INTO panel (name, display_name, role, added_at)
                    VALUES ('\(entry.name)', \(Self.literal(entry.display)), '\(entry.role)', '2026-01-05T09:00:00Z');
                    SELECT bind_login('\(entry.name)', '\(logins[entry.name]!)');

                    """
            }
            setup += """
                INSERT INTO candidates (id, application_id, surname, given_names, name_key, name_search, name_latin, email)
                VALUES (1, 'APP-1', 'Παπαδόπουλος', 'Γιώργος', 'papadopoulos giorgos', 'παπαδοπουλος γιωργος', 'papadopoulos giorgos', 'g.papadopoulos@example.eu'),
                       (2, 'APP-2', 'Иванова', 'Мария', 'ivanova mariia', 'иванова мария', 'ivanova mariia', 'm.ivanova@example.eu'),
                       (3, 'APP-3', 'Wałęsa', 'Łucja', 'walesa lucja', 'walesa lucja', '', 'l.walesa@example.eu'),
                       (4, 'APP-4', '王', '小明', '王 小明', '王 小明', 'wang xiaoming', 'x.wang@example.eu');
                INSERT INTO invitations (candidate_id, invited_by, invited_at)
                SELECT id, 'secretary', '2026-02-01T10:00:00Z' FROM candidates;
                """
            try run("secretary", setup)
            try run(
                "member3",
                "INSERT INTO conflicts VALUES ('member3', 1, 'former colleague at JRC', '2026-02-02T08:00:00Z', 'member3')"
            )
            try card(
                "member1", candidate: 1, marks: [("A1", 4, "Κατανοητό και σαφές"), ("A2", 3, "")],
                submit: true)
            try card(
                "chair", candidate: 1, marks: [("A1", 5, ""), ("A2", 4, "strong")], submit: true)
            try card(
                "member2", candidate: 1, marks: [("A1", 2, "draft: ask about Łódź")], submit: false)
        }

        /// A member's card and marks, written by that member, then (when `submit`) submitted;
        /// each step audited through `audit_append` with the marks as sealed values.
        func card(_ member: String, candidate: Int, marks: [(String, Int, String)], submit: Bool)
            throws
        {
            var sql = """
                INSERT INTO scorecards (candidate_id, member, updated_at)
                VALUES (\(candidate), '\(member)', '2026-02-03T10:00:00Z');

                """
            for (criterion, mark, comment) in marks {
                sql += """
                    INSERT INTO scorecard_marks VALUES (\(candidate), '\(member)', '\(criterion)', \(mark), \(Self.literal(comment)));

                    """
            }
            let values = marks.map { (key: $0.0, value: String($0.1)) }
            sql +=
                try Self.auditCall(
                    action: submit ? "score.submit" : "score.set", object: "APP-\(candidate)",
                    values: values, kind: "mark", sealed: true) + ";\n"
            if submit {
                sql +=
                    "UPDATE scorecards SET submitted_at = '2026-02-03T11:00:00Z' WHERE candidate_id = \(candidate) AND member = '\(member)';"
            }
            try run(member, sql)
        }

        /// `SELECT audit_append(…)` carrying `values` as salted digests in `after`, the values
        /// themselves in the JSON array the function checks them against.
        static func auditCall(
            action: String, object: String?, values: [(key: String, value: String)], kind: String,
            sealed: Bool
        ) throws -> String {
            var after: [String: String] = [:]
            var items: [String] = []
            for (key, value) in values {
                let salt = (0..<16).map { _ in UInt8.random(in: 0...255) }
                after[key] = AuditValues.prefix + AuditValues.hmac(salt: salt, value: value)
                items.append(
                    "{\"side\":\"after\",\"key\":\(AuditChain.quoted(key)),\"kind\":\"\(kind)\","
                        + "\"sealed\":\(sealed),\"salt\":\"\(salt.hex)\",\"value\":\(AuditChain.quoted(value))}"
                )
            }
            let object = object.map(literal) ?? "NULL"
            return
                "SELECT audit_append('\(action)', \(object), NULL, \(literal(AuditChain.json(after)!)), \(literal("[" + items.joined(separator: ",") + "]"))::jsonb)"
        }

        static func literal(_ text: String) -> String {
            "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }

        /// Runs `sql` as the roster entry `name`'s login; throws with the server's words.
        @discardableResult
        func run(_ name: String, _ sql: String) throws -> ServerCluster.Output {
            let output = try ServerCluster.psql(login(name), database, sql)
            guard output.ok else { throw Refused(message: output.err) }
            return output
        }

        /// Runs `sql` as `name`, expecting the server to refuse it; returns its message.
        func refused(_ name: String, _ sql: String) throws -> String {
            let output = try ServerCluster.psql(login(name), database, sql)
            return output.ok ? "" : output.err
        }

        /// The rows `name` reads with `sql`.
        func rows(_ name: String, _ sql: String) throws -> [[String]] {
            try run(name, sql).rows
        }

        @discardableResult
        func admin(_ sql: String, on database: String? = nil) throws -> ServerCluster.Output {
            let output = try ServerCluster.psql(ServerCluster.admin, database ?? self.database, sql)
            guard output.ok else { throw Refused(message: output.err) }
            return output
        }

        func login(_ name: String) -> String { logins[name] ?? name }

        static let everyone = ["secretary"] + roster.map(\.name)

        struct Refused: Error, CustomStringConvertible {
            var message: String
            var description: String { message }
        }
    }
#endif
