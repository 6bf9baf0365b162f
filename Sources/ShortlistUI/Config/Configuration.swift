import Foundation
import TOMLKit
import TOMLSupport
import TerminalKit

/// A problem found in a configuration or theme file. Errors mean a setting was ignored;
/// warnings that it has no effect or settled a clash.
public struct ConfigProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var severity: Severity
    public var error: TOMLFileError

    public init(_ severity: Severity, _ error: TOMLFileError) {
        self.severity = severity
        self.error = error
    }

    public var description: String {
        let place = error.line > 0 ? "\(error.file):\(error.line)" : error.file
        return "\(place): \(severity == .warning ? "warning: " : "")\(error.reason)"
    }
}

/// The user's settings from `config.toml`. Every setting is optional; a bad one is reported
/// with its line and left out, the rest still apply.
///
/// ```toml
/// theme = "high-contrast"
/// user = "member1"
/// database = "~/panels/cnect.db"
/// blind = true
/// symbols = "auto"
/// mouse = true
///
/// [keys.list]
/// open = ["Enter", "o"]
/// sort = "<disabled>"
///
/// [keys.global]
/// scroll-down = "WheelUp"      # mouse gestures are bound like keys
/// scroll-up = "WheelDown"
/// ```
public struct Configuration: Sendable, Equatable {
    /// The file read, if there was one.
    public var file: String?
    public var theme: String?
    /// The acting person when neither `--user` nor `SHORTLIST_USER` says.
    public var user: String?
    /// The database (a file, or a `postgresql://` URL) when neither `--db` nor
    /// `SHORTLIST_DB` says; `~` is expanded.
    public var database: String?
    /// Blind mode for this user. A configuration can only switch it on: a panel's blind
    /// mode is never switched off from here.
    public var blind = false
    public var symbols: Glyphs.Choice = .auto
    /// Whether the interface takes the mouse; off leaves it to the terminal (to select text).
    public var mouse = true
    public var keyBindings: [KeyBinding] = []

    public init() {}

    public static let topLevelKeys = [
        "theme", "user", "database", "blind", "symbols", "mouse", "keys",
    ]

    /// Reads the configuration file at `location`; no file is no configuration, not an error.
    public static func load(_ location: ConfigLocation, environment: [String: String]) -> (
        Configuration, [ConfigProblem]
    ) {
        let url = location.configFile
        guard FileManager.default.fileExists(atPath: url.path) else { return (Configuration(), []) }
        // An unreadable file is reported just below as a problem naming the file.
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
        else {
            return (
                Configuration(),
                [
                    .init(
                        .error,
                        TOMLFileError(
                            file: url.path, line: 0, reason: "cannot be read as UTF-8 text"))
                ]
            )
        }
        return parse(text: text, file: url.path, environment: environment)
    }

    public static func parse(text: String, file: String, environment: [String: String] = [:])
        -> (Configuration, [ConfigProblem])
    {
        var config = Configuration()
        config.file = file
        let source: TOMLSource
        do {
            source = try TOMLSource(text: text, file: file)
        } catch let error as TOMLFileError {
            return (config, [.init(.error, error)])
        } catch {
            return (config, [.init(.error, TOMLFileError(file: file, line: 0, reason: "\(error)"))])
        }
        var problems: [ConfigProblem] = []
        func report(_ severity: ConfigProblem.Severity, _ key: String, _ reason: String) {
            problems.append(.init(severity, source.error("\(key): \(reason)", key: key)))
        }
        for key in source.root.keys.sorted(by: { source.line(ofKey: $0) < source.line(ofKey: $1) })
        {
            let value = source.root[key]!
            switch key {
            case "theme":
                if let name = value.string, !name.isEmpty {
                    config.theme = name
                } else {
                    report(.error, key, "must be a theme's name, e.g. \"high-contrast\"")
                }
            case "user":
                if let name = value.string, !name.trimmingCharacters(in: .whitespaces).isEmpty {
                    config.user = name
                } else {
                    report(.error, key, "must be a panel member's id, e.g. \"member1\"")
                }
            case "database":
                if let path = value.string, !path.isEmpty {
                    config.database = expandTilde(path, environment: environment)
                } else {
                    report(
                        .error, key, "must be the path of a database file or a postgresql:// URL")
                }
            case "blind":
                if let on = value.bool {
                    if on {
                        config.blind = true
                    } else {
                        report(
                            .warning, key,
                            "false has no effect: blind mode can be switched on here, never off; remove the line"
                        )
                    }
                } else {
                    report(.error, key, "must be true (switch blind mode on) or left out")
                }
            case "symbols":
                if let word = value.string, let choice = Glyphs.Choice(rawValue: word) {
                    config.symbols = choice
                } else {
                    report(.error, key, "must be \"auto\", \"unicode\" or \"ascii\"")
                }
            case "mouse":
                if let on = value.bool {
                    config.mouse = on
                } else {
                    report(.error, key, "must be true or false")
                }
            case "keys":
                guard let table = value.table else {
                    report(.error, key, "must hold tables such as [keys.list]")
                    continue
                }
                config.keyBindings = readKeys(table, source, &problems)
            default:
                report(
                    .error, key,
                    "unknown key; the keys are \(topLevelKeys.dropLast().joined(separator: ", ")) and [keys.CONTEXT] tables"
                )
            }
        }
        return (config, problems.sorted { $0.error.line < $1.error.line })
    }

    private static func readKeys(
        _ table: TOMLTable, _ source: TOMLSource, _ problems: inout [ConfigProblem]
    ) -> [KeyBinding] {
        var bindings: [KeyBinding] = []
        let contexts = KeyContext.allCases.map(\.rawValue).joined(separator: ", ")
        for contextName in table.keys.sorted() {
            guard let context = KeyContext(rawValue: contextName) else {
                problems.append(
                    .init(
                        .error,
                        TOMLFileError(
                            file: source.file,
                            line: source.line(ofKey: "\u{0}", inTable: "keys.\(contextName)"),
                            reason:
                                "keys.\(contextName): unknown context; the contexts are \(contexts)"
                        )))
                continue
            }
            guard let commands = table[contextName]?.table else {
                problems.append(
                    .init(
                        .error,
                        source.error(
                            "keys.\(contextName): must be a table, [keys.\(contextName)]",
                            key: "keys")))
                continue
            }
            let tableName = "keys.\(contextName)"
            for name in commands.keys.sorted(by: {
                source.line(ofKey: $0, inTable: tableName)
                    < source.line(ofKey: $1, inTable: tableName)
            }) {
                let line = source.line(ofKey: name, inTable: tableName)
                func fail(_ reason: String) {
                    problems.append(
                        .init(
                            .error,
                            TOMLFileError(
                                file: source.file, line: line,
                                reason: "\(tableName).\(name): \(reason)")))
                }
                guard let command = CommandID(rawValue: name) else {
                    fail(
                        "unknown command; `shortlist` lists them in docs/keys.md and in the help (?)"
                    )
                    continue
                }
                var spellings: [String] = []
                if let one = commands[name]?.string {
                    spellings = [one]
                } else if let many = commands[name]?.array {
                    spellings = many.compactMap { $0.string }
                    if spellings.count != many.count {
                        fail("keys are written as strings, e.g. [\"Enter\", \"o\"]")
                        continue
                    }
                } else {
                    fail("give a key, a list of keys, or \"<disabled>\"")
                    continue
                }
                var keys: [Key] = []
                var gestures: [MouseGesture] = []
                var bad: [String] = []
                for spelling in spellings where spelling != KeyBinding.disabled {
                    let word = spelling.trimmingCharacters(in: .whitespaces)
                    if let gesture = MouseGesture(rawValue: word) {
                        gestures.append(gesture)
                    } else if let key = Key(spelling: spelling) {
                        keys.append(key)
                    } else {
                        bad.append(spelling)
                    }
                }
                if !bad.isEmpty {
                    fail(
                        "\(bad.map { "“\($0)”" }.joined(separator: ", ")) \(bad.count == 1 ? "is" : "are") not a key; keys are written like j, G, C-d, Enter, Esc, Tab, S-Tab, Space, PgDn, F1, and the mouse's gestures as \(MouseGesture.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                    continue
                }
                if spellings.contains(KeyBinding.disabled) && !(keys.isEmpty && gestures.isEmpty) {
                    fail("\(KeyBinding.disabled) cannot be mixed with keys")
                    continue
                }
                if spellings.isEmpty {
                    fail(
                        "an empty list: write \"\(KeyBinding.disabled)\" to leave the command without a key"
                    )
                    continue
                }
                bindings.append(
                    KeyBinding(
                        context: context, command: command, keys: keys, gestures: gestures,
                        file: source.file, line: line))
            }
        }
        return bindings
    }

    static func expandTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty
        else { return path }
        return home + path.dropFirst()
    }
}
