import ArgumentParser
import Foundation
import ShortlistStore

/// Opening the database and knowing who acts, the same way for every subcommand; problems
/// are said once, here, and end the command with status 2.
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
        do {
            let store = try Store.open(at: global.databaseURL, readOnly: readOnly)
            let actor = try store.actor(
                named: global.actingUser(default: defaultUser), login: osLogin)
            return (store, actor)
        } catch let error as StoreError {
            Console.error("\(error)")
            throw ExitCode(2)
        } catch let error as IdentityRefused {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// Runs a store operation, turning a refusal into a message and status 2.
    static func perform<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PermissionDenied {
            Console.error("\(error)")
            throw ExitCode(2)
        } catch let error as StoreError {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
