#if Postgres
    import PostgresNIO

    /// The administrator's own connection to a panel's database, for the commands that change
    /// the panel as a whole (`migrate`, `server upgrade`) rather than act in it as a member:
    /// the database's role names and a session, with no store in between.
    struct ServerAdministratorConnection {
        let url: ServerURL
        let roles: ServerRoles
        let session: PostgresSession
        private let connection: PostgresConnection

        init(_ location: DatabaseLocation) throws {
            url = try PostgresEngine().url(of: location)
            do {
                roles = try ServerRoles(database: url.database)
            } catch {
                throw StoreError.invalid("\(error)")
            }
            connection = try PostgresStore.connect(url, at: location)
            session = PostgresSession(connection: connection, location: location)
        }

        func close() {
            _ = try? connection.close().wait()  // closing can only fail on a dead connection
        }
    }
#endif
