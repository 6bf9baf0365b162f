#if Postgres
    import Foundation
    import PostgresNIO

    /// The login role each roster entry acts as once its panel is on the server: the role
    /// `--login ENTRY=ROLE` names, else the entry's login (the operating-system login SQLite
    /// knew, so that peer authentication on the server's socket keeps working), else the
    /// entry's name (the demo panel becomes `chair`, `member1`, …). Created when missing;
    /// an existing role is reused only when it is an ordinary login role that nobody else can
    /// act as and that no other panel has bound. Removed entries keep no login.
    public enum MigrationLogins {
        public struct Binding: Sendable, Equatable {
            public var entry: String
            public var role: String
            /// Created by this migration, rather than an existing role reused.
            public var created: Bool
        }

        struct Entry {
            var name: String
            var role: String
            var login: String?
            var removed: Bool
        }

        static func plan(_ roster: [Entry], overrides: [String: String], roles: ServerRoles)
            throws -> [(entry: Entry, role: String)]
        {
            let active = roster.filter { !$0.removed }
            for name in overrides.keys.sorted() where !active.contains(where: { $0.name == name }) {
                throw StoreError.invalid(
                    "--login names “\(name)”, who is not on the panel's roster (or was removed from it)"
                )
            }
            var planned: [(entry: Entry, role: String)] = []
            for entry in active {
                let role = overrides[entry.name] ?? entry.login ?? entry.name
                if let reason = problem(with: role, roles: roles) {
                    throw StoreError.invalid(
                        "roster entry “\(entry.name)” cannot act as the role “\(role)”: \(reason); name one with --login \(entry.name)=ROLE"
                    )
                }
                if let other = planned.first(where: { $0.role == role }) {
                    throw StoreError.invalid(
                        "roster entries “\(other.entry.name)” and “\(entry.name)” would both act as the role “\(role)”: one login, one entry; name another with --login \(entry.name)=ROLE"
                    )
                }
                planned.append((entry, role))
            }
            return planned
        }

        /// Why `role` cannot name a panel login (as `bind_login` says it), or nil.
        static func problem(with role: String, roles: ServerRoles) -> String? {
            let scalars = Array(role.unicodeScalars)
            let lower: ClosedRange<Unicode.Scalar> = "a"..."z"
            let digits: ClosedRange<Unicode.Scalar> = "0"..."9"
            guard let first = scalars.first, lower.contains(first) || first == "_",
                scalars.count <= 63,
                scalars.allSatisfy({ lower.contains($0) || digits.contains($0) || $0 == "_" })
            else {
                return
                    "a login is lower-case letters, digits and _ (at most 63, not starting with a digit)"
            }
            if role.hasPrefix("pg_") { return "pg_… names are the server's own" }
            if role.hasPrefix(roles.database + "_") {
                return "\(roles.database)_… names are the panel's groups"
            }
            return nil
        }

        /// Creates or checks each entry's role and grants it its group, in the migration's
        /// transaction (role creation is transactional: a failed move leaves no role behind).
        static func bind(
            _ roster: [Entry], overrides: [String: String], roles: ServerRoles,
            _ session: PostgresSession
        ) throws -> [Binding] {
            var bindings: [Binding] = []
            for (entry, role) in try plan(roster, overrides: overrides, roles: roles) {
                let group = roles.group(of: entry.role)
                let existing = try session.rows(
                    """
                    SELECT r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication
                            OR r.rolbypassrls OR NOT r.rolcanlogin,
                        EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = r.oid),
                        ARRAY(SELECT g.rolname::text FROM pg_auth_members m
                            JOIN pg_roles g ON g.oid = m.roleid
                            WHERE m.member = r.oid AND g.rolname <> \(group) AND EXISTS (
                                SELECT 1 FROM pg_auth_members p JOIN pg_roles pr ON pr.oid = p.roleid
                                WHERE p.member = g.oid AND pr.rolname LIKE '%\\_panel'))
                    FROM pg_roles r WHERE r.rolname = \(role)
                    """
                ).first
                if let existing {
                    let (privileged, hasMembers, panels) = try existing.decode(
                        (Bool, Bool, [String]).self)
                    if privileged {
                        throw StoreError.invalid(
                            "the role \(role) (for “\(entry.name)”) exists and is privileged or cannot log in: a panel login is an ordinary login role; name another with --login \(entry.name)=ROLE"
                        )
                    }
                    if hasMembers {
                        throw StoreError.invalid(
                            "the role \(role) (for “\(entry.name)”) exists and other roles are members of it, so could act as it; name another with --login \(entry.name)=ROLE"
                        )
                    }
                    if !panels.isEmpty {
                        throw StoreError.invalid(
                            "the role \(role) (for “\(entry.name)”) is already bound on another panel (it is in \(panels.joined(separator: ", "))); roles are shared by the whole server: name another with --login \(entry.name)=ROLE"
                        )
                    }
                } else {
                    try session.execute(PostgresQuery(unsafeSQL: "CREATE ROLE \"\(role)\" LOGIN"))
                }
                try session.execute(PostgresQuery(unsafeSQL: "GRANT \"\(group)\" TO \"\(role)\""))
                bindings.append(Binding(entry: entry.name, role: role, created: existing == nil))
            }
            return bindings
        }

        /// Blind mode on the server is the names withheld by column grants (`set_blind_mode`).
        static func withholdNames(_ roles: ServerRoles) -> String {
            """
            REVOKE SELECT (surname, given_names, name_key, name_search, name_latin, name_vector,
                email, date_of_birth, nationalities) ON shortlist.candidates FROM "\(roles.panel)"
            """
        }
    }
#endif
