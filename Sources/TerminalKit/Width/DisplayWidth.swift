/// How many terminal columns a grapheme cluster occupies: 0, 1 or 2.
///
/// Wide and fullwidth characters (CJK, most emoji) take two columns, combining marks and
/// other zero-width scalars add nothing to their base, a cluster that asks for emoji
/// presentation (U+FE0F) is two columns, and a ZWJ sequence is as wide as its first emoji.
public func displayWidth(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value >= 0x20 && first.value < 0x7F && scalars.count == 1 { return 1 }

    let base = scalarWidth(first)
    if scalars.count == 1 { return base }

    var emojiPresentation = false
    var textPresentation = false
    var regionalIndicators = 0
    for scalar in scalars {
        switch scalar.value {
        case 0xFE0F: emojiPresentation = true
        case 0xFE0E: textPresentation = true
        case 0x1F1E6...0x1F1FF: regionalIndicators += 1
        default: break
        }
    }
    if regionalIndicators >= 2 { return 2 }
    if emojiPresentation && first.properties.isEmoji { return 2 }
    if textPresentation && first.properties.isEmoji { return 1 }
    if base == 0 {
        // A cluster that starts with a zero-width scalar (a lone combining mark after a control)
        // still shows its first visible scalar.
        return scalars.dropFirst().map(scalarWidth).max() ?? 0
    }
    return base
}

/// The width of a single scalar outside any cluster.
func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    // Hangul medial vowels and final consonants join the preceding syllable.
    if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
    return isWide(v) ? 2 : 1
}

private func isWide(_ v: UInt32) -> Bool {
    var low = 0
    var high = wideScalarRanges.count - 1
    while low <= high {
        let mid = (low + high) / 2
        let range = wideScalarRanges[mid]
        if v < range.lowerBound {
            high = mid - 1
        } else if v > range.upperBound {
            low = mid + 1
        } else {
            return true
        }
    }
    return false
}

extension StringProtocol {
    /// The number of terminal columns the text occupies on one line.
    public var displayWidth: Int {
        var total = 0
        for character in self { total += TerminalKit.displayWidth(of: character) }
        return total
    }

    /// The longest prefix that fits in `width` columns, ending in `ellipsis` when cut.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let room = width - ellipsis.displayWidth
        guard room >= 0 else { return "" }
        var result = ""
        var used = 0
        for character in self {
            let w = TerminalKit.displayWidth(of: character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }

    /// The text cut or padded with spaces to exactly `width` columns.
    public func padded(toWidth width: Int, alignRight: Bool = false) -> String {
        let cut = truncated(toWidth: width)
        let gap = String(repeating: " ", count: Swift.max(0, width - cut.displayWidth))
        return alignRight ? gap + cut : cut + gap
    }
}
