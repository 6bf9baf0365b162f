import Foundation
import ShortlistStore

extension ApplicationImporter {
    /// Imports into a database that does not exist yet. The database is built under a
    /// temporary name, without a journal (nobody else can see it), and renamed into place
    /// only once the import is committed: a kill or a failure leaves no database at all, as
    /// before, and the first import of an export skips writing everything twice through the
    /// write-ahead log. Returns the summary; `created` tells whether the database now exists.
    public func runIntoNewDatabase(at url: URL, _ setup: NewDatabase) throws -> (
        summary: ImportSummary, created: Bool
    ) {
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let prefix = ".\(url.lastPathComponent).importing-"
        Self.removeAbandoned(prefix: prefix, in: folder)
        let building = folder.appendingPathComponent(prefix + String(getpid()))
        var summary = ImportSummary()
        do {
            try DatabaseEngines.build(.file(building), setup, cacheMegabytes: 32) { store in
                // Whoever creates the database is its first secretary, and imports as such.
                let creator = setup.roster.first?.name ?? options.user
                summary = try run(into: store, by: try store.actor(named: creator, login: creator))
            }
        } catch {
            Self.removeDatabase(building)
            throw error
        }
        guard summary.committed, !summary.dryRun else {
            Self.removeDatabase(building)
            return (summary, false)
        }
        guard rename(building.path, url.path) == 0 else {
            Self.removeDatabase(building)
            throw StoreError.cannotCreate(path: url.path, reason: String(cString: strerror(errno)))
        }
        return (summary, true)
    }

    /// Removes what an import killed before it finished left behind: files whose process is
    /// gone.
    static func removeAbandoned(prefix: String, in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count).prefix(while: \.isNumber)
            guard let pid = Int32(digits), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    static func removeDatabase(_ url: URL) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
    }
}
