extension Color: CustomStringConvertible {
    private static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", "bright-black",
        "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// `default`, an ANSI colour's name (`bright-cyan`), or a 256-colour index (`#37`).
    public var description: String {
        switch self {
        case .default: return "default"
        case .ansi(let n): return n < 16 ? Self.ansiNames[Int(n)] : "ansi \(n)"
        case .indexed(let n): return "#\(n)"
        }
    }
}

extension Style: CustomStringConvertible {
    /// `fg cyan bg #16 bold underline`; `plain` for the terminal's own look.
    public var description: String {
        var parts: [String] = []
        if foreground != .default { parts.append("fg \(foreground)") }
        if background != .default { parts.append("bg \(background)") }
        for (name, attribute) in [
            ("bold", Attributes.bold), ("dim", .dim), ("reverse", .reverse),
            ("underline", .underline),
        ] where attributes.contains(attribute) {
            parts.append(name)
        }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}

extension Buffer {
    /// The styles of the buffer as text, for golden files a person can read: one letter a
    /// cell (`.` where the style is plain), then a legend of the letters. `name` may add what
    /// a style stands for (a theme role).
    public func styleMap(name: (Style) -> String? = { _ in nil }) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var assigned: [Style: Character] = [:]
        var order: [Style] = []
        var rows: [String] = []
        for y in 0..<size.height {
            var row = ""
            for x in 0..<size.width {
                let style = self[x, y].style
                if style == .plain {
                    row.append(".")
                    continue
                }
                if assigned[style] == nil {
                    assigned[style] = order.count < letters.count ? letters[order.count] : "?"
                    order.append(style)
                }
                row.append(assigned[style]!)
            }
            while row.last == "." { row.removeLast() }
            rows.append(row)
        }
        var out = rows.joined(separator: "\n")
        out += "\n--- legend ---\n"
        let width = order.map(\.description.count).max() ?? 0
        for style in order {
            var line = "\(assigned[style]!)  \(style.description)"
            if let meaning = name(style) {
                line += String(repeating: " ", count: width - style.description.count)
                line += "  \(meaning)"
            }
            out += line + "\n"
        }
        return out
    }
}
