import Foundation
import ShortlistCore
import ShortlistStore

/// The engines the store's behaviour suites run on (`@Test(arguments: StoreEngine.all)`):
/// SQLite in every build; PostgreSQL in a build with the `Postgres` trait when a test cluster
/// is there (SHORTLIST_PG_SOCKET, or CI=true, where its absence fails). Every suite then runs
/// on each unchanged.
public enum StoreEngine: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    #if Postgres
        case postgres
    #endif

    public static var all: [StoreEngine] {
        #if Postgres
            allCases.filter { $0 != .postgres || PostgresTestCluster.isAvailable }
        #else
            allCases
        #endif
    }

    public var description: String { rawValue }

    /// Where a fresh database named `name` lives for this engine in `folder`: on a server,
    /// the database made for it, as its secretary connects.
    public func location(_ name: String, in folder: TemporaryDirectory) -> DatabaseLocation {
        switch self {
        case .sqlite: .file(folder.file(name))
        #if Postgres
            case .postgres:
                PostgresTestCluster.made(name, in: folder)?.secretaryLocation
                    ?? .file(folder.file(name))
        #endif
        }
    }

    /// The login a roster entry of the database `name` has on this engine when it is not the
    /// one the test named: on a server, the database role the entry connects as (the test
    /// cluster makes one per entry); nil on SQLite, where the login is the one given.
    public func serverLogin(of entry: String, _ name: String, in folder: TemporaryDirectory)
        -> String?
    {
        switch self {
        case .sqlite: nil
        #if Postgres
            case .postgres: PostgresTestCluster.made(name, in: folder)?.logins[entry]
        #endif
        }
    }

    /// A new, empty database made through the same factory as the product's.
    public func create(
        _ name: String, in folder: TemporaryDirectory, _ setup: NewDatabase,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> any PanelDatabase {
        switch self {
        case .sqlite:
            return try DatabaseEngines.create(location(name, in: folder), setup, clock: clock)
        #if Postgres
            case .postgres:
                return try PostgresTestCluster.create(name, in: folder, setup, clock: clock)
        #endif
        }
    }

    /// The same database opened again, as another process would.
    public func open(
        _ name: String, in folder: TemporaryDirectory, readOnly: Bool = false,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> any PanelDatabase {
        switch self {
        case .sqlite:
            return try DatabaseEngines.open(
                location(name, in: folder), readOnly: readOnly, clock: clock)
        #if Postgres
            case .postgres:
                return try PostgresTestCluster.open(
                    name, in: folder, readOnly: readOnly, clock: clock)
        #endif
        }
    }
}
