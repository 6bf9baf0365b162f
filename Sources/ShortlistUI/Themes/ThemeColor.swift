import TerminalKit

/// One choice in a colour's fallback list.
enum ColorChoice: Equatable, Sendable {
    /// An index of the 256-colour palette: needs a 256-colour terminal.
    case indexed(UInt8)
    /// One of the 16 ANSI colours (8–15 bright): needs 8 colours, the bright ones are bold
    /// on an 8-colour terminal.
    case ansi(UInt8)
    /// The terminal's own foreground or background.
    case terminalDefault
}

/// A colour as a theme gives it: choices tried in order, the first the terminal can show
/// wins; attributes stand in for the colour on a terminal without colour (or when no choice
/// fits). `[37, "cyan", "bold"]`: index 37 at 256 colours, cyan at 8 or 16, bold at none.
struct ColorFallbacks: Equatable, Sendable {
    var choices: [ColorChoice]
    var attributes: Attributes

    static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
        "bright-magenta", "bright-cyan", "bright-white",
    ]

    static let attributeNames: [(String, Attributes)] = [
        ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline),
    ]

    static func attribute(named name: String) -> Attributes? {
        attributeNames.first { $0.0 == name }?.1
    }

    /// The colour and extra attributes to use on a terminal of `depth`. `isForeground`
    /// matters on 8 colours, where a bright foreground is shown as bold.
    func resolve(for depth: ColorDepth, isForeground: Bool) -> (Color, Attributes) {
        if depth == .none { return (.default, attributes) }
        for choice in choices {
            switch choice {
            case .terminalDefault:
                return (.default, [])
            case .indexed(let n) where depth == .indexed256:
                return (.indexed(n), [])
            case .ansi(let n):
                return Self.ansi(n, depth: depth, isForeground: isForeground)
            case .indexed:
                continue
            }
        }
        if !attributes.isEmpty { return (.default, attributes) }
        for case .indexed(let n) in choices {
            return Self.ansi(
                Palette.nearestANSI(toIndexed: n), depth: depth, isForeground: isForeground)
        }
        return (.default, [])
    }

    private static func ansi(_ n: UInt8, depth: ColorDepth, isForeground: Bool) -> (
        Color, Attributes
    ) {
        if depth >= .ansi16 || n < 8 { return (.ansi(n), []) }
        return (.ansi(n - 8), isForeground ? [.bold] : [])
    }
}
