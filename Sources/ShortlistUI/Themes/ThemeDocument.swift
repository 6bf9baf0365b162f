import Foundation
import TOMLKit
import TOMLSupport
import TerminalKit

/// A colour in a role: a palette entry by name, or a colour written in place.
enum ColorReference: Equatable, Sendable {
    case palette(String)
    case literal(ColorFallbacks)
}

/// Where something was written, for messages.
struct SourceLine: Equatable, Sendable {
    var file: String
    var line: Int
}

struct RoleSpec: Equatable, Sendable {
    var foreground: ColorReference?
    var background: ColorReference?
    var attributes: Attributes
    var origin: SourceLine
}

struct PaletteEntry: Equatable, Sendable {
    var color: ColorFallbacks
    var origin: SourceLine
}

/// Everything wrong with a theme or configuration file, each with file, line and key.
public struct FileProblems: Error, CustomStringConvertible, Sendable {
    public var problems: [TOMLFileError]

    public init(_ problems: [TOMLFileError]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// A theme file as written: its palette and roles before inheritance and the terminal's
/// colours are applied.
///
/// ```toml
/// description = "…"
/// inherits = "default"        # optional
/// [palette]
/// accent = [37, "cyan", "bold"]
/// [roles]
/// column-header = { fg = "accent", attrs = ["bold", "underline"] }
/// ```
public struct ThemeDocument: Sendable {
    public let name: String
    public let file: String
    public private(set) var description: String?
    public private(set) var inherits: String?
    var inheritsOrigin: SourceLine
    var rolesOrigin: SourceLine
    var palette: [String: PaletteEntry] = [:]
    var roles: [ThemeRole: RoleSpec] = [:]

    /// The roles the file itself defines, whatever it inherits.
    public var definedRoles: Set<ThemeRole> { Set(roles.keys) }

    public static func parse(text: String, name: String, file: String) throws(FileProblems)
        -> ThemeDocument
    {
        let source: TOMLSource
        do {
            source = try TOMLSource(text: text, file: file)
        } catch let error as TOMLFileError {
            throw FileProblems([error])
        } catch {
            throw FileProblems([TOMLFileError(file: file, line: 0, reason: "\(error)")])
        }
        var problems: [TOMLFileError] = []
        let document = ThemeDocument(source: source, name: name, problems: &problems)
        if !problems.isEmpty { throw FileProblems(problems) }
        return document
    }

    private init(source: TOMLSource, name: String, problems: inout [TOMLFileError]) {
        self.name = name
        file = source.file
        inheritsOrigin = SourceLine(file: file, line: source.line(ofKey: "inherits"))
        rolesOrigin = SourceLine(file: file, line: Self.tableLine("roles", in: source))
        let root = source.root
        for key in root.keys.sorted() {
            let value = root[key]!
            switch key {
            case "description":
                if let text = value.string {
                    description = text
                } else {
                    problems.append(source.error("description: must be a string", key: key))
                }
            case "inherits":
                if let text = value.string, !text.isEmpty {
                    inherits = text
                } else {
                    problems.append(
                        source.error("inherits: must name a theme, e.g. \"default\"", key: key))
                }
            case "palette":
                guard let table = value.table else {
                    problems.append(source.error("palette: must be a table, [palette]", key: key))
                    continue
                }
                readPalette(table, source, &problems)
            case "roles":
                guard let table = value.table else {
                    problems.append(source.error("roles: must be a table, [roles]", key: key))
                    continue
                }
                readRoles(table, source, &problems)
            default:
                problems.append(
                    source.error(
                        "\(key): unknown key; a theme has description, inherits, [palette] and [roles]",
                        key: key))
            }
        }
    }

    /// The line of a table's `[header]`: asked for a key no file can hold, `TOMLSource`
    /// answers with the header's line.
    private static func tableLine(_ table: String, in source: TOMLSource) -> Int {
        source.line(ofKey: "\u{0}", inTable: table)
    }

    private mutating func readPalette(
        _ table: TOMLTable, _ source: TOMLSource, _ problems: inout [TOMLFileError]
    ) {
        for name in table.keys.sorted() {
            let line = source.line(ofKey: name, inTable: "palette")
            func fail(_ reason: String) {
                problems.append(
                    TOMLFileError(
                        file: source.file, line: line, reason: "palette.\(name): \(reason)"))
            }
            if Self.isReservedColorName(name) {
                fail("“\(name)” is a colour or attribute name; give the palette entry another name")
                continue
            }
            switch Self.colorFallbacks(table[name]!) {
            case .success(let color):
                palette[name] = PaletteEntry(
                    color: color, origin: SourceLine(file: source.file, line: line))
            case .failure(let reason):
                fail(reason.text)
            }
        }
    }

    private mutating func readRoles(
        _ table: TOMLTable, _ source: TOMLSource, _ problems: inout [TOMLFileError]
    ) {
        for key in table.keys.sorted() {
            let line = source.line(ofKey: key, inTable: "roles")
            func fail(_ reason: String) {
                problems.append(
                    TOMLFileError(file: source.file, line: line, reason: "roles.\(key): \(reason)"))
            }
            guard let role = ThemeRole(rawValue: key) else {
                fail("unknown role; the roles are listed in docs/configuration.md")
                continue
            }
            guard let spec = table[key]?.table else {
                fail("must be a table such as { fg = \"accent\", attrs = [\"bold\"] }")
                continue
            }
            var result = RoleSpec(
                foreground: nil, background: nil, attributes: [],
                origin: SourceLine(file: source.file, line: line))
            for field in spec.keys.sorted() {
                let value = spec[field]!
                switch field {
                case "fg", "bg":
                    switch Self.colorReference(value) {
                    case .success(let reference):
                        if field == "fg" {
                            result.foreground = reference
                        } else {
                            result.background = reference
                        }
                    case .failure(let reason): fail("\(field): \(reason.text)")
                    }
                case "attrs":
                    switch Self.attributes(value) {
                    case .success(let attributes): result.attributes = attributes
                    case .failure(let reason): fail("attrs: \(reason.text)")
                    }
                default:
                    fail("unknown key “\(field)”; a role has fg, bg and attrs")
                }
            }
            roles[role] = result
        }
    }

    struct Reason: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    static func isReservedColorName(_ name: String) -> Bool {
        name == "default" || ColorFallbacks.ansiNames.contains(name)
            || ColorFallbacks.attribute(named: name) != nil
    }

    /// A colour written in a role: a palette name, or a colour in place.
    static func colorReference(_ value: any TOMLValueConvertible) -> Result<ColorReference, Reason>
    {
        if let name = value.string, !isReservedColorName(name) {
            guard name.first?.isLetter == true else {
                return .failure(Reason("“\(name)” is neither a palette entry nor a colour"))
            }
            return .success(.palette(name))
        }
        return colorFallbacks(value).map(ColorReference.literal)
    }

    /// A colour: a 256-colour index, a colour name, "default", or a list of these followed by
    /// attributes to use when the terminal has no colour.
    static func colorFallbacks(_ value: any TOMLValueConvertible) -> Result<ColorFallbacks, Reason>
    {
        var items: [any TOMLValueConvertible] = []
        if let array = value.array {
            items = Array(array)
            if items.isEmpty { return .failure(Reason("an empty list names no colour")) }
        } else {
            items = [value]
        }
        var color = ColorFallbacks(choices: [], attributes: [])
        for item in items {
            if let n = item.int {
                guard (0...255).contains(n) else {
                    return .failure(Reason("\(n) is not a colour index (0–255)"))
                }
                color.choices.append(.indexed(UInt8(n)))
            } else if let name = item.string {
                if name == "default" {
                    color.choices.append(.terminalDefault)
                } else if let n = ColorFallbacks.ansiNames.firstIndex(of: name) {
                    color.choices.append(.ansi(UInt8(n)))
                } else if let attribute = ColorFallbacks.attribute(named: name) {
                    color.attributes.formUnion(attribute)
                } else {
                    return .failure(
                        Reason(
                            "“\(name)” is not a colour: use 0–255, \"default\", one of "
                                + ColorFallbacks.ansiNames.joined(separator: " ")
                                + ", or an attribute (bold dim reverse underline)"))
                }
            } else {
                return .failure(Reason("a colour is a number 0–255 or a name"))
            }
        }
        return .success(color)
    }

    static func attributes(_ value: any TOMLValueConvertible) -> Result<Attributes, Reason> {
        var items: [any TOMLValueConvertible] = []
        if let array = value.array { items = Array(array) } else { items = [value] }
        var result: Attributes = []
        for item in items {
            guard let name = item.string, let attribute = ColorFallbacks.attribute(named: name)
            else {
                return .failure(Reason("attributes are bold, dim, reverse and underline"))
            }
            result.formUnion(attribute)
        }
        return .success(result)
    }
}
