/// Refuses, before TOMLKit sees them, the inputs on which the toml++ parser inside TOMLKit
/// 0.6.0 asserts instead of reporting an error, which aborts the whole program, even in a
/// release build: a table header that does not begin with a key (`[{x]`, `[ .a]`, `[[{x]]`),
/// a `}` where an array element should start (`x = [}`), and a date whose `T` has no time
/// after it (`2025-12-02T)`). Found by the FuzzConfig and FuzzProfile fuzz targets; any file a user hands us (profile, theme, configuration, column mapping) goes
/// through here.
enum TOMLKitTraps {
    static let headerReason =
        "a table header must begin with a key (letters, digits, _ or -, or a quoted name)"
    static let bracketReason = "a '}' cannot close an array (a value or ']' was expected)"
    static let dateTimeReason = "a date with a T needs a time after it (2025-12-02T23:00:00)"

    /// The line and column (1-based) of the first such input, and why, if there is one.
    static func firstProblem(in text: String) -> (line: Int, column: Int, reason: String)? {
        var scanner = Scanner(Array(text.unicodeScalars))
        guard let found = scanner.run() else { return nil }
        return (
            found.line, found.column,
            scanner.badBracket
                ? bracketReason : scanner.badDateTime ? dateTimeReason : headerReason
        )
    }

    private struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var lineStart = 0
        var badBracket = false
        var badDateTime = false

        init(_ s: [Unicode.Scalar]) { self.s = s }

        func at(_ offset: Int = 0) -> Unicode.Scalar? {
            i + offset < s.count ? s[i + offset] : nil
        }

        mutating func newline() {
            line += 1
            lineStart = i + 1
        }

        mutating func run() -> (line: Int, column: Int)? {
            // The arrays and inline tables open inside a value; headers exist only outside.
            var open: [Unicode.Scalar] = []
            var depth: Int { open.count }
            var atLineStart = true
            while let c = at() {
                switch c {
                case "\n":
                    newline()
                    atLineStart = depth == 0
                    i += 1
                    continue
                case " ", "\t", "\r", "\u{FEFF}":
                    i += 1
                    continue
                case _ where c.properties.isWhitespace:
                    // Other blanks (no-break space…): TOML refuses them, but should the parser
                    // skip them before a bracket, that bracket is still checked.
                    i += 1
                    continue
                case "#":
                    while let d = at(), d != "\n" { i += 1 }
                    continue
                case "\"", "'":
                    skipString(quote: c)
                case "[" where atLineStart && depth == 0:
                    if let bad = checkHeader() { return bad }
                case "[", "{":
                    open.append(c)
                case "}" where open.last == "[":
                    // toml++ asserts on a '}' where an array element should start.
                    badBracket = true
                    return (line, i - lineStart + 1)
                case "]", "}":
                    _ = open.popLast()
                case "0"..."9" where !startsWithinWord:
                    if let column = dateWithoutTime() {
                        badDateTime = true
                        return (line, column)
                    }
                default:
                    break
                }
                atLineStart = false
                i += 1
            }
            return nil
        }

        /// Whether the character before this one continues a word or a number.
        var startsWithinWord: Bool {
            guard i > 0 else { return false }
            let p = s[i - 1]
            return p.properties.isAlphabetic || ("0"..."9").contains(p) || p == "-" || p == "_"
                || p == "."
        }

        /// At a digit: a date followed by `T` and no digit (`2025-12-02T)23:00`) makes
        /// toml++ assert; the column of the `T` if so.
        func dateWithoutTime() -> Int? {
            let shape = Array("dddd-dd-dd".unicodeScalars)
            for (k, expected) in shape.enumerated() {
                guard let c = at(k) else { return nil }
                if expected == "d" {
                    guard ("0"..."9").contains(c) else { return nil }
                } else if c != expected {
                    return nil
                }
            }
            guard let t = at(shape.count), t == "T" || t == "t" else { return nil }
            if let next = at(shape.count + 1), ("0"..."9").contains(next) { return nil }
            return i + shape.count - lineStart + 1
        }

        /// At the `[` that opens a header: what follows `[` or `[[` must start a key.
        mutating func checkHeader() -> (line: Int, column: Int)? {
            var j = i + 1
            func skipBlanks() { while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 } }
            skipBlanks()
            if j < s.count, s[j] == "[" {
                j += 1
                skipBlanks()
            }
            guard j < s.count else { return nil }
            let c = s[j]
            let startsKey =
                ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
                || c == "_" || c == "-" || c == "\"" || c == "'" || c == "]"
            if startsKey {
                // The rest of the header line is TOMLKit's to judge.
                while i < s.count, s[i] != "\n" { i += 1 }
                i -= 1
                return nil
            }
            return (line, j - lineStart + 1)
        }

        /// Past a basic or literal string, single- or multi-line; `i` ends on its last quote.
        mutating func skipString(quote: Unicode.Scalar) {
            let multi = at(1) == quote && at(2) == quote
            i += multi ? 3 : 1
            while let c = at() {
                if c == "\\" && quote == "\"" {
                    if at(1) == "\n" {
                        i += 1
                        newline()
                        i += 1
                    } else {
                        i += 2
                    }
                    continue
                }
                if c == "\n" {
                    if !multi {
                        i -= 1
                        return
                    }
                    newline()
                }
                if c == quote && (!multi || (at(1) == quote && at(2) == quote)) {
                    if multi {
                        // Up to two more quotes may belong to the string itself.
                        i += 2
                        while at(1) == quote { i += 1 }
                    }
                    return
                }
                i += 1
            }
        }
    }
}
