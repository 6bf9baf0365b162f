import Foundation

/// Where a panel's database is: a SQLite file, or a PostgreSQL server's database named by a
/// `postgresql://` URL. Parsed once, where `--db`, `SHORTLIST_DB` and `config.toml` are read;
/// `DatabaseEngines` opens the right engine for it.
public enum DatabaseLocation: Equatable, Sendable, CustomStringConvertible {
    case file(URL)
    case server(ServerAddress)

    /// A path, or a `postgresql://` (or `postgres://`) URL. Any other `scheme://` is refused,
    /// so that a typo never becomes a file of that name.
    public static func parse(_ text: String) throws(StoreError) -> DatabaseLocation {
        guard let schemeEnd = text.range(of: "://") else {
            return .file(URL(fileURLWithPath: text))
        }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard ServerAddress.schemes.contains(scheme) else {
            if scheme.contains("/") { return .file(URL(fileURLWithPath: text)) }
            throw .badLocation(
                text,
                reason:
                    "“\(scheme)://” is not a kind of database Shortlist knows: give a file path or a postgresql:// URL"
            )
        }
        return .server(try ServerAddress(parsing: text))
    }

    /// The file, for what only a file can do (a group's mode, a copy beside it).
    public var fileURL: URL? {
        if case .file(let url) = self { return url }
        return nil
    }

    /// The path, or the URL without its password: safe to print.
    public var description: String {
        switch self {
        case .file(let url): url.path
        case .server(let address): address.description
        }
    }

    /// The file's name, or the server's database name: what a title bar shows.
    public var shortName: String {
        switch self {
        case .file(let url): url.lastPathComponent
        case .server(let address): address.database
        }
    }

    public static func dataDirectory(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("shortlist")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/shortlist")
    }

    /// The database a command works on: `explicit` (`--db` or the configuration's), else
    /// `SHORTLIST_DB`, else `shortlist.db` in `$XDG_DATA_HOME/shortlist/`, falling back to
    /// `~/.local/share/shortlist/`.
    public static func resolve(explicit: String?, environment: [String: String]) throws(StoreError)
        -> DatabaseLocation
    {
        if let explicit, !explicit.isEmpty { return try parse(explicit) }
        if let fromEnvironment = environment["SHORTLIST_DB"], !fromEnvironment.isEmpty {
            return try parse(fromEnvironment)
        }
        return .file(dataDirectory(environment: environment).appendingPathComponent("shortlist.db"))
    }

    public static func demo(environment: [String: String]) -> URL {
        dataDirectory(environment: environment).appendingPathComponent("demo.db")
    }
}

/// A PostgreSQL database named by `postgresql://[ROLE[:PASSWORD]@][HOST][:PORT]/DB[?k=v&…]`,
/// where `host=/socket/dir` among the parameters names a Unix socket's folder.
public struct ServerAddress: Equatable, Sendable, CustomStringConvertible {
    static let schemes: Set<String> = ["postgresql", "postgres"]
    static let sslModes: Set<String> = [
        "disable", "allow", "prefer", "require", "verify-ca", "verify-full",
    ]

    public var role: String?
    public var password: String?
    /// Nil with a socket folder, or for the server's default.
    public var host: String?
    public var port: Int?
    public var database: String
    /// The folder of the server's Unix socket (`?host=/dir`).
    public var socketDirectory: String?
    public var sslMode: String?
    /// Every query parameter as given, `host` and `sslmode` included.
    public var parameters: [String: String]

    public init(parsing text: String) throws(StoreError) {
        func bad(_ reason: String) -> StoreError {
            .badLocation(Self.redacted(text), reason: reason)
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme,
            Self.schemes.contains(scheme.lowercased())
        else {
            if let port = Self.authority(of: text).split(separator: ":").last,
                Self.authority(of: text).contains(":"), Int(port) == nil,
                !Self.authority(of: text).hasSuffix("]")
            {
                throw bad("the port “\(port)” is not a number")
            }
            throw bad("it is not a valid URL (a space or a character that needs %-escaping?)")
        }
        role = components.user.flatMap { $0.isEmpty ? nil : $0 }
        password = components.password
        // An IPv6 literal comes with its brackets, which are the URL's, not the address's.
        host = components.host.flatMap { host in
            guard !host.isEmpty else { return nil }
            return host.hasPrefix("[") && host.hasSuffix("]")
                ? String(host.dropFirst().dropLast()) : host
        }
        if let port = components.port {
            guard (1...65535).contains(port) else { throw bad("port \(port) is out of range") }
            self.port = port
        }
        var path = components.path
        if path.hasPrefix("/") { path.removeFirst() }
        guard !path.isEmpty else {
            throw bad("it names no database: add one after the host, as in postgresql://host/panel")
        }
        guard !path.contains("/") else {
            throw bad("the database name “\(path)” contains a slash")
        }
        database = path
        var parameters: [String: String] = [:]
        for item in components.queryItems ?? [] {
            guard let value = item.value, !value.isEmpty else {
                throw bad("the parameter “\(item.name)” has no value")
            }
            parameters[item.name] = value
        }
        self.parameters = parameters
        if let socket = parameters["host"] {
            guard socket.hasPrefix("/") else {
                throw bad("host=\(socket) must be the absolute path of a socket's folder")
            }
            guard host == nil else {
                throw bad("it names both a host and a socket folder (host=\(socket))")
            }
            socketDirectory = socket
        }
        if let mode = parameters["sslmode"] {
            guard Self.sslModes.contains(mode) else {
                throw bad(
                    "sslmode=\(mode) is not one of \(Self.sslModes.sorted().joined(separator: ", "))"
                )
            }
            sslMode = mode
        }
    }

    /// What stands between `://` and the path, without the role and password.
    private static func authority(of text: String) -> Substring {
        let afterScheme = text.range(of: "://").map { text[$0.upperBound...] } ?? ""
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" }
        return authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
    }

    /// The URL with its password replaced by `***`.
    public var description: String {
        var text = "postgresql://"
        if let role { text += role + (password == nil ? "" : ":***") + "@" }
        if let host { text += host.contains(":") ? "[\(host)]" : host }
        if let port { text += ":\(port)" }
        text += "/" + database
        if !parameters.isEmpty {
            text +=
                "?"
                + parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                .joined(separator: "&")
        }
        return text
    }

    /// The URL with its password, for the engine that connects: never shown to anyone.
    public var urlText: String {
        func escaped(_ part: String, _ allowed: CharacterSet) -> String {
            part.addingPercentEncoding(withAllowedCharacters: allowed) ?? part
        }
        var text = "postgresql://"
        if let role {
            text += escaped(role, .urlUserAllowed)
            if let password { text += ":" + escaped(password, .urlPasswordAllowed) }
            text += "@"
        }
        if let host { text += host.contains(":") ? "[\(host)]" : host }
        if let port { text += ":\(port)" }
        text += "/" + escaped(database, .urlPathAllowed)
        if !parameters.isEmpty {
            text +=
                "?"
                + parameters.sorted { $0.key < $1.key }.map {
                    "\($0.key)=\(escaped($0.value, .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+"))))"
                }.joined(separator: "&")
        }
        return text
    }

    static func redacted(_ text: String) -> String {
        guard let components = URLComponents(string: text), components.password != nil else {
            return text
        }
        var copy = components
        copy.password = "***"
        return copy.string ?? text
    }
}
