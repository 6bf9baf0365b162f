import Foundation

/// Where the user's configuration lives: `$XDG_CONFIG_HOME/shortlist/`, else
/// `~/.config/shortlist/` (the XDG base directory rules: a relative XDG_CONFIG_HOME is
/// ignored).
public struct ConfigLocation: Sendable {
    public var directory: URL

    public init(directory: URL) { self.directory = directory }

    public init(environment: [String: String]) {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            directory = URL(fileURLWithPath: xdg).appendingPathComponent("shortlist")
        } else {
            let home =
                environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? FileManager.default.homeDirectoryForCurrentUser.path
            directory = URL(fileURLWithPath: home).appendingPathComponent(".config/shortlist")
        }
    }

    public var configFile: URL { directory.appendingPathComponent("config.toml") }
    public var themesDirectory: URL { directory.appendingPathComponent("themes") }
}
