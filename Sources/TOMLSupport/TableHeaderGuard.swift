/// Refuses, before TOMLKit sees them, the inputs on which the toml++ parser inside TOMLKit
/// 0.6.0 asserts instead of reporting an error, which aborts the whole program, even in a
/// release build: a table header that does not begin with a key (`[{x]`, `[ .a]`, `[[{x]]`),
/// and a `}` where an array element should start (`x = [}`). Both found by the FuzzConfig
/// fuzz target; any file a user hands us (profile, theme, configuration, column mapping) goes
/// through here.
enum TableHeaderGuard {
    static let headerReason =
        "a table header must begin with a key (letters, digits, _ or -, or a quoted name)"
    static let bracketReason = "a '}' cannot close an array (a value or ']' was expected)"

    /// The line and column (1-based) of the first such input, and why, if there is one.
    static func firstProblem(in text: String) -> (line: Int, column: Int, reason: String)? {
        var scanner = Scanner(Array(text.unicodeScalars))
        guard let found = scanner.run() else { return nil }
        return (
            found.line, found.column,
            scanner.badBracket ? bracketReason : headerReason
        )
    }

    private struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var lineStart = 0
        var badBracket = false

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
                default:
                    break
                }
                atLineStart = false
                i += 1
            }
            return nil
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
