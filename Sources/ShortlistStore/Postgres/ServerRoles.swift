/// The roles of one panel's database on a PostgreSQL server. Roles belong to the whole
/// cluster, so every group is named after the database (`panel_owner`, `panel_member`, …):
/// two panels on one server never share a group.
public struct ServerRoles: Sendable, Equatable {
    /// The database, and so the prefix of every group.
    public let database: String

    /// Why a database name cannot carry a panel's roles.
    public struct InvalidName: Error, Equatable, CustomStringConvertible {
        public var name: String
        public var description: String {
            "the database name “\(name)” cannot name a panel's roles: use lower-case letters, digits and _ (starting with a letter, at most 40), e.g. createdb cnect_441297"
        }
    }

    public init(database: String) throws {
        // Group names are written into the setup script unquoted: letters, digits and _ only,
        // short enough that `_secretary` still fits PostgreSQL's 63 bytes.
        let scalars = Array(database.unicodeScalars)
        guard let first = scalars.first, ("a"..."z").contains(first), scalars.count <= 40,
            scalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            )
        else { throw InvalidName(name: database) }
        self.database = database
    }

    /// Owns the tables and functions; NOLOGIN, and nobody is a member of it.
    public var owner: String { database + "_owner" }
    /// Owns `bind_login`, the only role with CREATEROLE; NOLOGIN, nobody's group.
    public var roleMaker: String { database + "_roles" }
    /// Every panel role is in it: CONNECT and the reads all roles share.
    public var panel: String { database + "_panel" }
    public var chair: String { database + "_chair" }
    public var member: String { database + "_member" }
    public var secretary: String { database + "_secretary" }
    public var reviewer: String { database + "_reviewer" }

    /// The group a roster role's login is granted.
    public func group(of role: String) -> String { database + "_" + role }
}
