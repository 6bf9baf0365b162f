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
            do {
                connection = try PostgresConnection.connect(
                    on: PostgresConnection.defaultEventLoopGroup.any(),
                    configuration: try ServerSession.configuration(url), id: 1,
                    logger: PostgresStore.logger
                ).wait()
            } catch {
                throw StoreError.engine(
                    location: location.description, message: ServerFailure(error).description)
            }
            session = PostgresSession(connection: connection, location: location)
        }

        func close() {
            _ = try? connection.close().wait()  // closing can only fail on a dead connection
        }
    }
#endif
