import Foundation
import GRDB
import ShortlistCore

/// A Shortlist database: one call's applications and, in later versions, the panel's work.
///
/// The API speaks the domain's types; nothing of GRDB leaks out, so that another backend
/// can stand behind the same operations. Every write is one transaction.
public final class SQLiteStore: Sendable {
    public let url: URL
    let pool: any DatabaseWriter
    public let isReadOnly: Bool
    /// The viewer asked for blind mode for themselves (it can add blinding, never remove it).
    public let blindViewer: Bool
    /// Where the store's timestamps come from; tests and reproducible exports replace it.
    public let clock: @Sendable () -> Date

    private init(
        url: URL, pool: any DatabaseWriter, readOnly: Bool, blindViewer: Bool = false,
        clock: @escaping @Sendable () -> Date
    ) {
        self.url = url
        self.pool = pool
        self.isReadOnly = readOnly
        self.blindViewer = blindViewer
        self.clock = clock
    }

    /// Creates a new, empty database, readable and writable by its owner only (0600), or by a
    /// group too (0660) when `group` is given: a file's own way of sharing a panel.
    public static func create(
        at url: URL, _ setup: NewDatabase, group: String? = nil,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> SQLiteStore {
        try createFile(at: url, group: group)
        do {
            let pool = try DatabasePool(
                path: url.path, configuration: configuration(readOnly: false))
            let store = SQLiteStore(url: url, pool: pool, readOnly: false, clock: clock)
            try store.initialise(setup, group: group)
            return store
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(at: url)
            throw StoreError.engine(
                location: url.path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// Builds a new database in one go, for a file no one else can see yet (the demo, a first
    /// import and the benchmark write to a temporary name and rename it when done): no
    /// journal and no syncing while `body` fills it, which halves the time of a large load.
    /// Never use it on a file someone may open meanwhile: a crash leaves it unusable.
    public static func build(
        at url: URL, _ setup: NewDatabase, cacheMegabytes: Int = 128,
        clock: @escaping @Sendable () -> Date = { Date() }, _ body: (SQLiteStore) throws -> Void
    ) throws {
        try createFile(at: url, group: nil)
        do {
            var config = configuration(readOnly: false)
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
                try db.execute(sql: "PRAGMA cache_size = -\(cacheMegabytes * 1024)")
            }
            let queue = try DatabaseQueue(path: url.path, configuration: config)
            let store = SQLiteStore(url: url, pool: queue, readOnly: false, clock: clock)
            try store.initialise(setup, group: nil)
            try body(store)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw StoreError.engine(
                location: url.path, message: error.message ?? "\(error.resultCode)")
        }
    }

    private static func createFile(at url: URL, group: String?) throws {
        let path = url.path
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: group == nil ? 0o700 : 0o770])
        } catch {
            throw StoreError.cannotCreate(path: path, reason: "cannot create its folder")
        }
        var groupID: gid_t?
        if let group {
            guard let entry = getgrnam(group) else {
                throw StoreError.cannotCreate(path: path, reason: "there is no group “\(group)”")
            }
            groupID = entry.pointee.gr_gid
        }
        // The file exists with its final mode and group before SQLite writes a byte; SQLite
        // then gives the -wal and -shm files the same.
        let mode: mode_t = groupID == nil ? 0o600 : 0o660
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
        if fd < 0 {
            if errno == EEXIST { throw StoreError.alreadyExists(path: path) }
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        defer { Foundation.close(fd) }
        if let groupID, fchown(fd, uid_t.max, groupID) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw StoreError.cannotCreate(
                path: path, reason: "cannot give it to the group: \(reason)")
        }
        fchmod(fd, mode)
        try fixPageSize(at: path)
    }

    /// A record carries its CV and motivation, two to three kilobytes: in SQLite's default
    /// 4 KiB pages many of them spill onto overflow pages and a fifth of the texts' pages is
    /// slack; 8 KiB pages hold most whole (an import's rows 10–15 % faster, docs/performance.md).
    /// A file's page size is fixed by its first write, so it is chosen while the file is empty;
    /// files made before keep theirs.
    static let pageSize = 8192

    private static func fixPageSize(at path: String) throws {
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = \(pageSize); PRAGMA journal_mode = WAL")
            }
            try queue.close()
        } catch let error as DatabaseError {
            unlink(path)
            throw StoreError.cannotCreate(
                path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    private func initialise(_ setup: NewDatabase, group: String?) throws {
        try Schema.migrator.migrate(pool)
        let at = now()
        try pool.write { db in
            var meta = [
                ("format", "shortlist"),
                ("database_id", UUID().uuidString.lowercased()),
                ("created_at", at),
                ("call_reference", setup.callReference),
                ("file_mode", group == nil ? "0600" : "0660"),
            ]
            if let group { meta.append(("group", group)) }
            if let creator = setup.roster.first { meta.append(("created_by", creator.name)) }
            for (key, value) in meta {
                try db.execute(
                    sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
            }
            let audit = try AuditWriter(db)
            let creator = setup.roster.first?.name ?? "system"
            try audit.append(
                at: at, actor: creator, action: "database.create",
                after: [
                    "call_reference": setup.callReference,
                    "file_mode": group == nil ? "0600" : "0660",
                ])
            for member in setup.roster {
                try Self.insert(member, at: at, db)
                try audit.append(
                    at: at, actor: creator, action: "panel.add", object: member.name,
                    after: RosterWriteRules.auditValues(member))
            }
            if let profile = setup.profile {
                try Self.writeProfile(profile, db)
                try audit.append(
                    at: at, actor: creator, action: "profile.set",
                    after: ["reference": profile.reference, "sha256": sha256Hex(profile.toml)])
            }
        }
    }

    /// Opens an existing database, bringing its schema up to date unless read-only.
    /// `blindViewer` asks for blind mode for this session whatever the database says.
    public static func open(
        at url: URL, readOnly: Bool = false, blindViewer: Bool = false,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> SQLiteStore {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.notFound(path: path)
        }
        do {
            let pool = try DatabasePool(
                path: path, configuration: configuration(readOnly: readOnly))
            let migrator = Schema.migrator
            let (applied, isShortlist) = try pool.read { db in
                let applied = try migrator.appliedIdentifiers(db)
                let format =
                    try db.tableExists("meta")
                    ? try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'")
                    : nil
                return (applied, format == "shortlist")
            }
            guard isShortlist else { throw StoreError.notAShortlistDatabase(path: path) }
            let known = Set(migrator.migrations)
            if !applied.isSubset(of: known) { throw StoreError.newerSchema(path: path) }
            if !readOnly { try migrator.migrate(pool) }
            return SQLiteStore(
                url: url, pool: pool, readOnly: readOnly, blindViewer: blindViewer, clock: clock)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB {
                throw StoreError.notAShortlistDatabase(path: path)
            }
            throw StoreError.engine(location: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// Now, as the store writes it: UTC, to the second.
    func now() -> String {
        Timestamp(secondsSinceEpoch: Int64(clock().timeIntervalSince1970.rounded(.down)))
            .description
    }

    private static func configuration(readOnly: Bool) -> Configuration {
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        config.label = "shortlist"
        return config
    }

    /// Checkpoints the write-ahead log into the main file and closes every connection.
    public func close() throws {
        try wrap {
            if !isReadOnly {
                try pool.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                }
            }
            if let pool = pool as? DatabasePool { try pool.close() }
            if let queue = pool as? DatabaseQueue { try queue.close() }
        }
    }

    /// Values kept in the `meta` table: format, database id, creation time, call reference.
    public func metadata() throws -> [String: String] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM meta")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
        }
    }

    /// Notes how a demo database was generated, so that `demo` can reuse it.
    public func recordDemoParameters(count: Int, seed: UInt64) throws {
        try write { db in
            for (key, value) in [("demo_count", String(count)), ("demo_seed", String(seed))] {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    arguments: [key, value])
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try wrap { try pool.read(body) }
    }

    /// One write transaction. SQLite waits up to the busy timeout (10 s) for another
    /// process's write lock; an import can hold it longer, so a busy write is tried again, for
    /// about a minute in all, before the caller hears that the database is busy.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try wrap { try pool.write(body) }
            } catch StoreError.busy where attempt < Self.busyAttempts {
                attempt += 1
            }
        }
    }

    static let busyAttempts = 6

    func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                throw StoreError.busy(path: url.path)
            }
            throw StoreError.engine(
                location: url.path, message: error.message ?? "\(error.resultCode)")
        }
    }
}

/// How a new database starts: the call it serves, its first roster (whoever creates it is its
/// secretary; the demo has the demo panel). Whether a group shares a file is the SQLite
/// engine's own option (`SQLiteEngine.create(file:_:sharedWith:)`).
public struct NewDatabase: Sendable {
    public var roster: [PanelMember]
    /// The call profile; without one, applications are stored but not assessed.
    public var profile: ProfileDocument?

    public var callReference: String { profile?.reference ?? CallReference.builtIn }

    public init(roster: [PanelMember], profile: ProfileDocument? = nil) {
        self.roster = roster
        self.profile = profile
    }

    /// A database created by `name`, who becomes its secretary, bound to `login` when the
    /// name is the login itself (on a shared machine nobody else can then act as them).
    public static func createdBy(
        _ name: String, login: String?, profile: ProfileDocument? = nil
    ) -> NewDatabase {
        let secretary = PanelMember(
            name: name, displayName: name, role: .secretary, login: login == name ? login : nil)
        return NewDatabase(roster: [secretary], profile: profile)
    }
}

/// The call a database serves until call profiles arrive.
public enum CallReference {
    public static let builtIn = "EC/2025/CNECT/441297"
}

extension SQLiteStore {
    /// SQLite's own consistency check of the whole file: empty when all is well, else what is
    /// wrong, in SQLite's words.
    public func integrityProblems() throws -> [String] {
        try read { db in
            let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return rows == ["ok"] ? [] : rows
        }
    }
}
