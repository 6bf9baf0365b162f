#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport

    @testable import ShortlistStore

    /// A fresh database of the test cluster where only `shortlist server setup` ran, with a
    /// login role in the secretary group: what a secretary finds before creating the panel.
    /// Dropped, with the roles named with its tag, when the last copy is released.
    struct ServerEngineDatabase {
        let server: ServerTestDatabase
        var database: String { server.name }
        var tag: String { server.tag }
        let roles: ServerRoles
        let secretaryLogin: String

        init(setUp: Bool = true) throws {
            server = ServerTestDatabase()
            let (tag, database) = (server.tag, server.name)
            roles = try ServerRoles(database: database)
            secretaryLogin = "secretary_" + tag
            try Self.admin("CREATE DATABASE \(database)", on: "postgres")
            if setUp {
                _ = try ServerSetup.run(
                    try ServerURL(address(ServerCluster.admin), environment: [:], login: "root"))
                try Self.admin(
                    "CREATE ROLE \(secretaryLogin) LOGIN; GRANT \(roles.secretary) TO \(secretaryLogin)",
                    on: database)
            }
        }

        /// The database as `login` connects to it over the cluster's socket.
        func address(_ login: String) throws -> ServerAddress {
            try ServerAddress(
                parsing: "postgresql://\(login)@/\(database)?host=\(ServerCluster.socket ?? "")")
        }

        func location(_ login: String) throws -> DatabaseLocation { .server(try address(login)) }

        /// Rows the administrator reads.
        func rows(_ sql: String) throws -> [[String]] {
            try Self.admin(sql, on: database).rows
        }

        @discardableResult
        static func admin(_ sql: String, on database: String) throws -> ServerCluster.Output {
            let output = try ServerCluster.psql(ServerCluster.admin, database, sql)
            guard output.ok else { throw ServerPanel.Refused(message: output.err) }
            return output
        }
    }

    extension ServerPanel {
        /// The panel's database opened through the engine as the roster entry `name`.
        func open(_ name: String, readOnly: Bool = false, blindViewer: Bool = false) throws
            -> any PanelDatabase
        {
            try DatabaseEngines.open(
                .server(
                    try ServerAddress(
                        parsing:
                            "postgresql://\(login(name))@/\(database)?host=\(ServerCluster.socket ?? "")"
                    )), readOnly: readOnly, blindViewer: blindViewer)
        }
    }
#endif
