#if Postgres
    import Foundation
    import ShortlistCore

    @testable import ShortlistStore

    extension ServerPanel {
        /// The panel's database through the PostgreSQL engine, connected as `name`'s login.
        func engine(as name: String) throws -> PostgresStore {
            let address = try ServerAddress(
                parsing:
                    "postgresql://\(login(name))@/\(database)?host=\(ServerCluster.socket ?? "")")
            let store = try DatabaseEngines.open(.server(address))
            guard let postgres = store as? PostgresStore else {
                throw Refused(message: "\(type(of: store)) is not the PostgreSQL engine")
            }
            return postgres
        }

        /// One number `name` reads with `sql`.
        func count(_ sql: String, as name: String = "secretary") throws -> Int {
            Int(try rows(name, sql).first?.first ?? "") ?? -1
        }
    }
#endif
