/// Colour arithmetic for terminals with fewer colours than a style asks for.
public enum Palette {
    /// The RGB value of an xterm 256-colour index.
    public static func rgb(ofIndexed index: UInt8) -> (Int, Int, Int) {
        let i = Int(index)
        if i < 16 { return ansiRGB[i] }
        if i < 232 {
            let n = i - 16
            let levels = [0, 95, 135, 175, 215, 255]
            return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
        }
        let grey = 8 + (i - 232) * 10
        return (grey, grey, grey)
    }

    /// The closest of the 16 ANSI colours, by squared distance in RGB.
    public static func nearestANSI(toIndexed index: UInt8) -> UInt8 {
        if index < 16 { return index }
        let (r, g, b) = rgb(ofIndexed: index)
        var best = 0
        var bestDistance = Int.max
        for (i, c) in ansiRGB.enumerated() {
            let d = (c.0 - r) * (c.0 - r) + (c.1 - g) * (c.1 - g) + (c.2 - b) * (c.2 - b)
            if d < bestDistance {
                bestDistance = d
                best = i
            }
        }
        return UInt8(best)
    }

    // xterm's defaults; terminals differ, which is why the ANSI colours are preferred in themes.
    private static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
        (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
        (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
