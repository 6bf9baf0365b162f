import Foundation
import GRDB
import ShortlistCore

/// A Shortlist database: one call's applications and, in later versions, the panel's work.
///
/// The API speaks the domain's types; nothing of GRDB leaks out, so that another backend
/// can stand behind the same operations. Every write is one transaction.
public final class Store: Sendable {
    public let url: URL
    let pool: any DatabaseWriter
    public let isReadOnly: Bool

    private init(url: URL, pool: any DatabaseWriter, readOnly: Bool) {
        self.url = url
        self.pool = pool
        self.isReadOnly = readOnly
    }

    /// Creates a new, empty database readable and writable by its owner only (0600).
    public static func create(
        at url: URL, callReference: String = CallReference.builtIn, createdBy: String? = nil
    ) throws -> Store {
        try createFile(at: url)
        do {
            let pool = try DatabasePool(
                path: url.path, configuration: configuration(readOnly: false))
            let store = Store(url: url, pool: pool, readOnly: false)
            try store.initialise(callReference: callReference, createdBy: createdBy)
            return store
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(at: url)
            throw StoreError.sqlite(path: url.path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// Builds a new database in one go, for a file no one else can see yet (the demo and the
    /// benchmark write to a temporary name and rename it when done): no journal and no
    /// syncing while `body` fills it, which halves the time of a large load. Never use it on
    /// a file someone may open meanwhile: a crash leaves it unusable.
    public static func build(
        at url: URL, callReference: String = CallReference.builtIn, createdBy: String? = nil,
        cacheMegabytes: Int = 128, _ body: (Store) throws -> Void
    ) throws {
        try createFile(at: url)
        do {
            var config = configuration(readOnly: false)
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
                try db.execute(sql: "PRAGMA cache_size = -\(cacheMegabytes * 1024)")
            }
            let queue = try DatabaseQueue(path: url.path, configuration: config)
            let store = Store(url: url, pool: queue, readOnly: false)
            try store.initialise(callReference: callReference, createdBy: createdBy)
            try body(store)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw StoreError.sqlite(path: url.path, message: error.message ?? "\(error.resultCode)")
        }
    }

    private static func createFile(at url: URL) throws {
        let path = url.path
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.cannotCreate(path: path, reason: "cannot create its folder")
        }
        // The file exists with its final mode before SQLite writes a byte; SQLite then gives
        // the -wal and -shm files the same mode.
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { throw StoreError.alreadyExists(path: path) }
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(fd, 0o600)
        Foundation.close(fd)
    }

    private func initialise(callReference: String, createdBy: String?) throws {
        try Schema.migrator.migrate(pool)
        try pool.write { db in
            let now = Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
            for (key, value) in [
                ("format", "shortlist"),
                ("database_id", UUID().uuidString.lowercased()),
                ("created_at", now.description),
                ("call_reference", callReference),
            ] + (createdBy.map { [("created_by", $0)] } ?? []) {
                try db.execute(
                    sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
    }

    /// Opens an existing database, bringing its schema up to date unless read-only.
    public static func open(at url: URL, readOnly: Bool = false) throws -> Store {
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
            return Store(url: url, pool: pool, readOnly: readOnly)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB {
                throw StoreError.notAShortlistDatabase(path: path)
            }
            throw StoreError.sqlite(path: path, message: error.message ?? "\(error.resultCode)")
        }
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

    public func setMetadata(_ key: String, _ value: String) throws {
        try write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                arguments: [key, value])
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try wrap { try pool.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try wrap { try pool.write(body) }
    }

    private func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError.sqlite(path: url.path, message: error.message ?? "\(error.resultCode)")
        }
    }
}

/// The call a database serves until call profiles arrive.
public enum CallReference {
    public static let builtIn = "EC/2025/CNECT/441297"
}

extension Store {
    /// SQLite's own consistency check of the whole file: empty when all is well, else what is
    /// wrong, in SQLite's words.
    public func integrityProblems() throws -> [String] {
        try read { db in
            let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return rows == ["ok"] ? [] : rows
        }
    }
}
