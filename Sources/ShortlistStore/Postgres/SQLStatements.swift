/// A script cut into its statements, for a connection that runs one statement per query
/// (PostgreSQL's extended protocol). Semicolons inside quotes, quoted names, comments and
/// dollar-quoted bodies (`$$ … $$`, `$tag$ … $tag$`) do not end a statement.
enum SQLStatements {
    static func split(_ script: String) -> [String] {
        let text = Array(script.unicodeScalars)
        var statements: [String] = []
        var current = String.UnicodeScalarView()
        var hasContent = false
        var i = 0

        func take(_ count: Int) {
            current.append(contentsOf: text[i..<min(i + count, text.count)])
            i += count
        }
        func skip(until terminator: [Unicode.Scalar]) {
            while i < text.count, !text[i...].starts(with: terminator) { take(1) }
            take(terminator.count)
        }

        while i < text.count {
            let c = text[i]
            let next = i + 1 < text.count ? text[i + 1] : nil
            if c == "-" && next == "-" {
                skip(until: ["\n"])
            } else if c == "/" && next == "*" {
                take(2)
                skip(until: ["*", "/"])
            } else if c == "'" || c == "\"" {
                hasContent = true
                take(1)
                skip(until: [c])
            } else if c == "$", let tag = dollarTag(text, at: i) {
                hasContent = true
                take(tag.count)
                skip(until: tag)
            } else if c == ";" {
                if hasContent {
                    statements.append(String(current).trimmingWhitespace())
                }
                current = String.UnicodeScalarView()
                hasContent = false
                i += 1
            } else {
                if !c.properties.isWhitespace { hasContent = true }
                take(1)
            }
        }
        if hasContent { statements.append(String(current).trimmingWhitespace()) }
        return statements
    }

    /// `$$` or `$name$` opening a dollar-quoted string at `start`, or nil (`$1` is a parameter).
    private static func dollarTag(_ text: [Unicode.Scalar], at start: Int) -> [Unicode.Scalar]? {
        var end = start + 1
        while end < text.count, text[end] == "_" || text[end].properties.isAlphabetic {
            end += 1
        }
        guard end < text.count, text[end] == "$" else { return nil }
        return Array(text[start...end])
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

extension ServerSetupScript {
    /// The script's statements in order, comments included.
    public var statements: [String] { SQLStatements.split(sql) }
}
