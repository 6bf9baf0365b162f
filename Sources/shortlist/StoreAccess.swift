import ArgumentParser
import Foundation
import ShortlistStore

/// Opening the database and knowing who acts, the same way for every subcommand (a problem is
/// said by the root command, `CommandFailure`).
enum StoreAccess {
    /// The operating-system login of this process (not `$USER`, which anyone can set).
    static var osLogin: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    static func open(_ global: GlobalOptions, readOnly: Bool = false, defaultUser: String? = nil)
        throws
        -> (any PanelDatabase, Actor)
    {
        let store = try DatabaseEngines.open(global.databaseLocation(), readOnly: readOnly)
        let actor = try store.actor(named: global.actingUser(default: defaultUser), login: osLogin)
        return (store, actor)
    }

    /// The group a database file is shared with, whose members then share its exports; a
    /// database that is not a file shares none.
    static func sharedGroup(of store: any PanelDatabase) -> gid_t? {
        (store as? any SQLiteFileDatabase)?.sharedGroup()
    }

    /// The file behind `location`, for what only a file can do (`what`): a location of an
    /// engine this build lacks says so first.
    static func file(of location: DatabaseLocation, for what: String) throws -> URL {
        if let url = location.fileURL { return url }
        _ = try DatabaseEngines.engine(for: location)
        throw StoreError.invalid("\(what) needs a database file, not \(location)")
    }
}
