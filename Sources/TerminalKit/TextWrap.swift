/// Breaks text into lines of at most `width` columns, at spaces where possible. Existing line
/// breaks (LF or CRLF) and blank lines are kept; a word longer than a line is cut; a line that
/// starts with a bullet ("- ") continues under its text, not under the bullet.
public func wrapText(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        wrapLine(rawLine, width: width, into: &lines)
    }
    return lines
}

private func wrapLine(_ line: Substring, width: Int, into lines: inout [String]) {
    let leading = line.prefix(while: { $0 == " " })
    let words = line.dropFirst(leading.count).split(separator: " ")
    var hanging = String(leading)
    if let first = words.first, ["-", "•", "*", "–"].contains(first) { hanging += "  " }
    if hanging.count >= width / 2 { hanging = "" }

    var current = String(leading.prefix(max(0, width - 1)))
    var currentWidth = current.count
    var hasWord = false
    func emit() {
        lines.append(current)
        current = hanging
        currentWidth = hanging.count
        hasWord = false
    }
    for word in words {
        let wordWidth = word.displayWidth
        let needed = hasWord ? wordWidth + 1 : wordWidth
        if currentWidth + needed <= width {
            if hasWord {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
            hasWord = true
            continue
        }
        if hasWord { emit() }
        var rest = Substring(word)
        while currentWidth + rest.displayWidth > width {
            var piece = ""
            var pieceWidth = 0
            for character in rest {
                let w = displayWidth(of: character)
                if currentWidth + pieceWidth + w > width { break }
                piece.append(character)
                pieceWidth += w
            }
            if piece.isEmpty {
                if !hasWord && currentWidth == hanging.count && !hanging.isEmpty {
                    current = ""
                    currentWidth = 0
                    continue
                }
                break
            }
            current += piece
            currentWidth += pieceWidth
            rest = rest.dropFirst(piece.count)
            hasWord = true
            emit()
        }
        if !rest.isEmpty {
            current += rest
            currentWidth += rest.displayWidth
            hasWord = true
        }
    }
    lines.append(current)
}
