#if Postgres
    import Foundation

    /// A database name for one test on the test cluster, and what the test made under its tag:
    /// released, the database is dropped (its connections ended: `WITH (FORCE)`) and so is
    /// every role whose name holds the tag — as a `TemporaryDirectory` takes its files with
    /// it. Roles are the cluster's, not the database's, so each fixture names its roles with
    /// the tag; a login a test binds by a name of its own ("mk") goes too when the panel's
    /// groups are all it belongs to. Keep the value for as long as the test uses the database.
    public final class ServerTestDatabase: Sendable {
        /// Ten hex digits, unique across the cluster's tests.
        public let tag: String
        /// `prefix` + `tag`.
        public let name: String

        public init(prefix: String = "t_") {
            tag = String(UUID().uuidString.lowercased().filter(\.isHexDigit).prefix(10))
            name = prefix + tag
        }

        deinit {
            // A test cannot fail from here; what is left behind, .ci/run counts and refuses.
            _ = try? Self.drop(database: name, rolesTagged: tag)
        }

        /// Drops `database` if it is there, then every role whose name holds `tag`; returns
        /// psql's complaint, or nil when both went.
        @discardableResult
        public static func drop(database: String, rolesTagged tag: String) throws -> String? {
            let environment = ProcessInfo.processInfo.environment
            guard let socket = environment["SHORTLIST_PG_SOCKET"], !socket.isEmpty,
                tag.count >= 8, tag.allSatisfy(\.isHexDigit)
            else { return "no test cluster, or a tag that could match others' roles" }
            let admin = environment["SHORTLIST_PG_ADMIN"] ?? "postgres"
            let process = Process()
            process.executableURL = Psql.executable
            // Each -c is its own transaction: DROP DATABASE refuses to run inside one.
            process.arguments = [
                "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", socket, "-U", admin, "-d",
                "postgres",
                "-c", "DROP DATABASE IF EXISTS \"\(database)\" WITH (FORCE)",
                "-c",
                """
                DO $$ DECLARE r text; BEGIN
                  FOR r IN
                    SELECT DISTINCT m.rolname FROM pg_auth_members a
                      JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
                    WHERE strpos(g.rolname, '\(tag)') > 0 AND strpos(m.rolname, '\(tag)') = 0
                      AND NOT m.rolsuper AND m.rolname <> current_user
                      AND NOT EXISTS (
                        SELECT 1 FROM pg_auth_members o JOIN pg_roles og ON og.oid = o.roleid
                        WHERE o.member = m.oid AND strpos(og.rolname, '\(tag)') = 0)
                  LOOP
                    EXECUTE format('DROP ROLE %I', r);
                  END LOOP;
                  FOR r IN SELECT rolname FROM pg_roles WHERE strpos(rolname, '\(tag)') > 0 LOOP
                    EXECUTE format('DROP ROLE %I', r);
                  END LOOP;
                END $$
                """,
            ]
            let err = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try process.run()
            let message = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return process.terminationStatus == 0 ? nil : String(decoding: message, as: UTF8.self)
        }
    }
#endif
