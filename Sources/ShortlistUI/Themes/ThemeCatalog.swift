import Foundation
import TOMLSupport
import TerminalKit

/// A theme's text and where it came from.
public struct ThemeSource: Sendable {
    public var name: String
    public var text: String
    /// The name errors give: the file's path, or `Themes/NAME.toml (built in)`.
    public var file: String
    public var isBuiltIn: Bool
}

/// The themes a user can choose: the built-in set, carried in the binary, and the user's
/// own files in `$XDG_CONFIG_HOME/shortlist/themes/NAME.toml`.
public struct ThemeCatalog: Sendable {
    public private(set) var sources: [String: ThemeSource] = [:]
    /// User files that were left out, and why (a built-in name, an unreadable file).
    public private(set) var problems: [TOMLFileError] = []
    public let userDirectory: URL?

    public static let builtInNames = BuiltInThemeFiles.files.map {
        String($0.name.dropLast(".toml".count))
    }

    /// The built-in themes alone.
    public static let builtIn = ThemeCatalog(userDirectory: nil)

    public init(userDirectory: URL?) {
        self.userDirectory = userDirectory
        for (fileName, text) in BuiltInThemeFiles.files {
            let name = String(fileName.dropLast(".toml".count))
            sources[name] = ThemeSource(
                name: name, text: text, file: "Themes/\(fileName) (built in)", isBuiltIn: true)
        }
        guard let userDirectory,
            // No themes folder, or one that cannot be listed: no user themes, the built-in ones.
            let entries = try? FileManager.default.contentsOfDirectory(
                at: userDirectory, includingPropertiesForKeys: nil)
        else { return }
        for url in entries.sorted(by: { $0.lastPathComponent < $1.lastPathComponent })
        where url.pathExtension == "toml" {
            let name = url.deletingPathExtension().lastPathComponent
            if sources[name]?.isBuiltIn == true {
                problems.append(
                    TOMLFileError(
                        file: url.path, line: 0,
                        reason:
                            "“\(name)” is a built-in theme's name, so this file is not used; rename it and write inherits = \"\(name)\" to build on the built-in one"
                    ))
                continue
            }
            // The error itself is replaced by the problem below, which names the file.
            guard let data = try? Data(contentsOf: url),
                let text = String(data: data, encoding: .utf8)
            else {
                problems.append(
                    TOMLFileError(file: url.path, line: 0, reason: "cannot be read as UTF-8 text"))
                continue
            }
            sources[name] = ThemeSource(name: name, text: text, file: url.path, isBuiltIn: false)
        }
    }

    /// Built-in themes in their order, then the user's in alphabetical order.
    public var names: [String] {
        Self.builtInNames + sources.values.filter { !$0.isBuiltIn }.map(\.name).sorted()
    }

    public func document(named name: String) throws(FileProblems) -> ThemeDocument {
        guard let source = sources[name] else {
            throw FileProblems([
                TOMLFileError(
                    file: name, line: 0,
                    reason: "no such theme; the themes are \(names.joined(separator: ", "))")
            ])
        }
        return try ThemeDocument.parse(text: source.text, name: name, file: source.file)
    }

    /// The theme `name` for a terminal of `depth`: its inheritance applied, every role
    /// defined, every palette name known. Throws every problem found, each with its line.
    public func theme(named name: String, depth: ColorDepth, glyphs: Glyphs = .unicode)
        throws(FileProblems) -> Theme
    {
        var chain = [try document(named: name)]
        var problems: [TOMLFileError] = []
        while let parent = chain.last!.inherits {
            let child = chain.last!
            if chain.contains(where: { $0.name == parent }) {
                let names = chain.map(\.name) + [parent]
                problems.append(
                    TOMLFileError(
                        file: child.file, line: child.inheritsOrigin.line,
                        reason:
                            "inherits: themes inherit in a circle (\(names.joined(separator: " → ")))"
                    ))
                break
            }
            guard sources[parent] != nil else {
                problems.append(
                    TOMLFileError(
                        file: child.file, line: child.inheritsOrigin.line,
                        reason:
                            "inherits: no theme “\(parent)”; the themes are \(names.joined(separator: ", "))"
                    ))
                break
            }
            chain.append(try document(named: parent))
        }
        if !problems.isEmpty { throw FileProblems(problems) }

        var palette: [String: PaletteEntry] = [:]
        var roles: [ThemeRole: RoleSpec] = [:]
        for document in chain.reversed() {
            palette.merge(document.palette) { _, child in child }
            roles.merge(document.roles) { _, child in child }
        }
        let leaf = chain[0]
        let missing = ThemeRole.allCases.filter { roles[$0] == nil }
        if !missing.isEmpty {
            problems.append(
                TOMLFileError(
                    file: leaf.file, line: leaf.rolesOrigin.line,
                    reason:
                        "roles: \(missing.map(\.rawValue).joined(separator: ", ")) not defined; define them, or write inherits = \"default\" to take the others from a built-in theme"
                ))
        }
        var styles: [ThemeRole: Style] = [:]
        for role in ThemeRole.allCases {
            guard let spec = roles[role] else { continue }
            var style = Style(attributes: spec.attributes)
            for (reference, isForeground) in [
                (spec.foreground, true), (spec.background, false),
            ] {
                guard let reference else { continue }
                let fallbacks: ColorFallbacks
                switch reference {
                case .literal(let color):
                    fallbacks = color
                case .palette(let paletteName):
                    guard let entry = palette[paletteName] else {
                        problems.append(
                            TOMLFileError(
                                file: spec.origin.file, line: spec.origin.line,
                                reason:
                                    "roles.\(role.rawValue): \(isForeground ? "fg" : "bg"): “\(paletteName)” is not in the palette nor a colour name"
                            ))
                        continue
                    }
                    fallbacks = entry.color
                }
                let (color, extra) = fallbacks.resolve(for: depth, isForeground: isForeground)
                if isForeground {
                    style.foreground = color
                } else {
                    style.background = color
                }
                style.attributes.formUnion(extra)
            }
            styles[role] = style
        }
        if !problems.isEmpty { throw FileProblems(problems) }
        return Theme(name: name, depth: depth, styles: styles, glyphs: glyphs)
    }

    /// The theme `name`, or `default` with the reasons when it cannot be used: a broken
    /// theme never stops the interface.
    public func themeOrDefault(named name: String, depth: ColorDepth, glyphs: Glyphs)
        -> (theme: Theme, problems: FileProblems?)
    {
        do {
            return (try theme(named: name, depth: depth, glyphs: glyphs), nil)
        } catch {
            let fallback =
                // The built-in default always loads; `Theme.default` is the last resort anyway.
                (try? Self.builtIn.theme(named: "default", depth: depth, glyphs: glyphs))
                ?? Theme.default
            return (fallback, error)
        }
    }

    /// The theme to start with: the one named on the command line, else the configuration's,
    /// else `mono` when `NO_COLOR` is set (https://no-color.org), else `default`. A theme the
    /// user chose wins over `NO_COLOR`, as that convention asks.
    public static func startingThemeName(
        commandLine: String?, configured: String?, environment: [String: String]
    ) -> String {
        if let commandLine, !commandLine.isEmpty { return commandLine }
        if let configured, !configured.isEmpty { return configured }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return "mono" }
        return "default"
    }
}
