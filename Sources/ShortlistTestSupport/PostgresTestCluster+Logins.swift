#if Postgres
    import Foundation
    import ShortlistStore

    extension StoreEngine {
        /// For a panel made on the test cluster by `create(name, in: folder)`, the URL at which
        /// roster entry `person` connects as their own login: what a process of the built
        /// binary acting as them is given as `--db`. Nil when no such panel was made.
        public static func serverURL(
            of person: String, _ name: String, in folder: TemporaryDirectory
        ) -> String? {
            guard let made = PostgresTestCluster.made(name, in: folder),
                let login = made.logins[person]
            else { return nil }
            return
                "postgresql://\(login)@/\(made.database)?host=\(PostgresTestCluster.socket ?? "")"
        }

        /// The database of that panel, for the administrator's checks with psql.
        public static func serverDatabase(_ name: String, in folder: TemporaryDirectory)
            -> String?
        {
            PostgresTestCluster.made(name, in: folder)?.database
        }
    }
#endif
