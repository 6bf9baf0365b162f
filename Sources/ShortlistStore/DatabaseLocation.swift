import Foundation

/// Where databases live when the user names none: `$XDG_DATA_HOME/shortlist/`, falling back
/// to `~/.local/share/shortlist/`.
public enum DatabaseLocation {
    public static func dataDirectory(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("shortlist")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/shortlist")
    }

    /// The database a command works on: `--db`, else `SHORTLIST_DB`, else the default file.
    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let fromEnvironment = environment["SHORTLIST_DB"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        return dataDirectory(environment: environment).appendingPathComponent("shortlist.db")
    }

    public static func demo(environment: [String: String]) -> URL {
        dataDirectory(environment: environment).appendingPathComponent("demo.db")
    }
}
