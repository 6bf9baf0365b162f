import TerminalKit

/// Replaces everything when the terminal is below the minimum size, saying what is needed.
struct TooSmallScreen {
    var size: Size
    var minimum: Size
    var theme: Theme

    func draw(into buffer: inout Buffer) {
        let lines = [
            "Terminal too small",
            "\(size.width)×\(size.height), needs \(minimum.width)×\(minimum.height)",
            "Enlarge the window, or press q to quit.",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let cut = line.truncated(toWidth: size.width)
            let x = max(0, (size.width - cut.displayWidth) / 2)
            buffer.put(cut, x: x, y: top + i, style: i == 0 ? theme.sectionTitle : .plain)
        }
    }
}
