/// What a terminal can show of colour, from the number of colours it reports.
public enum ColorDepth: String, Sendable, CaseIterable, Comparable {
    /// No colour at all: attributes only.
    case none
    /// The eight ANSI colours; the bright ones are shown as bold.
    case ansi8
    /// The sixteen ANSI colours.
    case ansi16
    /// The xterm 256-colour palette.
    case indexed256

    public init(colorCount: Int) {
        switch colorCount {
        case ..<8: self = .none
        case 8..<16: self = .ansi8
        case 16..<256: self = .ansi16
        default: self = .indexed256
        }
    }

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
