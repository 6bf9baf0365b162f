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
        -> (Store, Actor)
    {
        let store = try Store.open(at: global.databaseURL, readOnly: readOnly)
        let actor = try store.actor(named: global.actingUser(default: defaultUser), login: osLogin)
        return (store, actor)
    }
}
