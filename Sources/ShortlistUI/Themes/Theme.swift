import TerminalKit

/// A theme resolved for one terminal: a style for every role, and the symbols the terminal
/// and locale can show. Screens ask for `theme[.selectedRow]`, never for a colour; every
/// status also carries a symbol or a word, so no theme needs colour to be read.
public struct Theme: Sendable {
    public var name: String
    public var depth: ColorDepth
    public var styles: [ThemeRole: Style]
    public var glyphs: Glyphs

    public init(
        name: String, depth: ColorDepth, styles: [ThemeRole: Style], glyphs: Glyphs = .unicode
    ) {
        self.name = name
        self.depth = depth
        self.styles = styles
        self.glyphs = glyphs
    }

    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// The built-in `default` theme for a 256-colour terminal.
    public static let `default` = builtIn("default")

    /// The built-in `mono` theme: bold, reverse, underline and dim only.
    public static let mono = builtIn("mono")

    /// A built-in theme; a test parses every one on each run, so failing here is a build
    /// that should never have shipped.
    static func builtIn(_ name: String, depth: ColorDepth = .indexed256) -> Theme {
        do {
            return try ThemeCatalog.builtIn.theme(named: name, depth: depth)
        } catch {
            fatalError("the built-in theme \(name) does not resolve: \(error)")
        }
    }

    /// Draws `base` under everything: cells left at the terminal's default colours take the
    /// theme's own, so a theme can bring its background.
    func applyBase(to buffer: inout Buffer) {
        guard self[.base] != .plain else { return }
        buffer.mapStyles(onBase)
    }

    /// A style as it shows over `base`. The base's attributes go with its foreground only:
    /// on eight colours they hold the bold that stands for a bright colour, which must not
    /// spread to text of another colour.
    public func onBase(_ style: Style) -> Style {
        let base = self[.base]
        var result = style
        if result.foreground == .default {
            result.foreground = base.foreground
            result.attributes.formUnion(base.attributes)
        }
        if result.background == .default { result.background = base.background }
        return result
    }
}
