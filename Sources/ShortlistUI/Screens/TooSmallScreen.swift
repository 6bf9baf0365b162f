import TerminalKit

/// Replaces everything when the terminal is below the minimum size, saying what is needed.
struct TooSmallScreen {
    var size: Size
    var minimum: Size
    var theme: Theme
    /// The key that quits, from the live keymap.
    var quitKey: String? = "q"

    func draw(into buffer: inout Buffer) {
        let times = theme.glyphs.times
        let lines = [
            "Terminal too small",
            "\(size.width)\(times)\(size.height), needs \(minimum.width)\(times)\(minimum.height)",
            quitKey.map { "Enlarge the window, or press \($0) to quit." } ?? "Enlarge the window.",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let cut = line.truncated(toWidth: size.width, ellipsis: theme.glyphs.ellipsis)
            let x = max(0, (size.width - cut.displayWidth) / 2)
            buffer.put(cut, x: x, y: top + i, style: i == 0 ? theme[.sectionTitle] : theme[.row])
        }
    }
}
