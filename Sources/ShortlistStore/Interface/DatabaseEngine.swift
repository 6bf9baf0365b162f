import Foundation

/// An engine a panel's database can live in. Each engine says which locations are its own;
/// `DatabaseEngines` asks them in turn.
public protocol DatabaseEngine: Sendable {
    /// As users know it: "SQLite", "PostgreSQL".
    var name: String { get }
    func handles(_ location: DatabaseLocation) -> Bool
    /// Opens an existing database, bringing its schema up to date unless read-only.
    /// `blindViewer` asks for blind mode for this session whatever the database says.
    func open(
        _ location: DatabaseLocation, readOnly: Bool, blindViewer: Bool,
        clock: @escaping @Sendable () -> Date
    ) throws -> any PanelDatabase
    /// Creates a new, empty database that only the panel can read.
    func create(
        _ location: DatabaseLocation, _ setup: NewDatabase, clock: @escaping @Sendable () -> Date
    ) throws -> any PanelDatabase
    /// Creates a new database and fills it in one go, for a location no one else can see yet
    /// (the demo, a first import and the benchmark build under a temporary name): an engine
    /// may skip what protects concurrent readers while `body` fills it.
    func build(
        _ location: DatabaseLocation, _ setup: NewDatabase, cacheMegabytes: Int,
        clock: @escaping @Sendable () -> Date, _ body: (any PanelDatabase) throws -> Void
    ) throws
}

/// The one way the command line opens or creates a database: the engine that handles the
/// location does it.
public enum DatabaseEngines {
    /// The engines of this build.
    #if Postgres
        public static let available: [any DatabaseEngine] = [SQLiteEngine(), PostgresEngine()]
    #else
        public static let available: [any DatabaseEngine] = [SQLiteEngine()]
    #endif

    /// Engines a location may ask for that this build lacks: their name and package trait.
    static let missing: [(name: String, trait: String, scheme: String)] = [
        ("PostgreSQL", "Postgres", "postgresql")
    ]

    public static func engine(for location: DatabaseLocation) throws -> any DatabaseEngine {
        if let engine = available.first(where: { $0.handles(location) }) { return engine }
        let (name, trait, _) = missing[0]
        throw StoreError.noEngine(engine: name, trait: trait, location: location.description)
    }

    public static func open(
        _ location: DatabaseLocation, readOnly: Bool = false, blindViewer: Bool = false,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> any PanelDatabase {
        try engine(for: location).open(
            location, readOnly: readOnly, blindViewer: blindViewer, clock: clock)
    }

    public static func create(
        _ location: DatabaseLocation, _ setup: NewDatabase,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> any PanelDatabase {
        try engine(for: location).create(location, setup, clock: clock)
    }

    public static func build(
        _ location: DatabaseLocation, _ setup: NewDatabase, cacheMegabytes: Int = 128,
        clock: @escaping @Sendable () -> Date = { Date() },
        _ body: (any PanelDatabase) throws -> Void
    ) throws {
        try engine(for: location).build(
            location, setup, cacheMegabytes: cacheMegabytes, clock: clock, body)
    }
}
