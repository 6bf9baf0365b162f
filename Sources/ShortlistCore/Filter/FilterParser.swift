import Foundation

/// Reads the filter language (docs/filters.md) into a `FilterExpression`.
///
///     expression := or
///     or         := and ("or" and)*
///     and        := unary (["and"] unary)*        -- adjacent terms are joined by "and"
///     unary      := "not" unary | "(" expression ")" | condition
///     condition  := flag | field op value | field "in" "(" value ("," value)* ")"
///
/// `not` binds tighter than `and`, which binds tighter than `or`.
public enum FilterParser {
    public static func parse(_ text: String) throws(FilterSyntaxError) -> FilterExpression {
        var parser = Parser(tokens: try Lexer.tokens(text), length: text.count)
        guard parser.peek.kind != .end else {
            throw FilterSyntaxError(
                position: 0, message: "the filter is empty",
                hint: "try eligible, exp >= 5 or lang:fr >= C1")
        }
        let expression = try parser.orExpression()
        if parser.peek.kind == .rightParen {
            throw FilterSyntaxError(
                position: parser.peek.position, message: "a ')' without its '('",
                hint: "remove it or add '(' before")
        }
        guard parser.peek.kind == .end else {
            throw FilterSyntaxError(
                position: parser.peek.position,
                message: "unexpected \(parser.peek.shown)", hint: "join conditions with and / or")
        }
        return expression
    }
}

struct Token: Sendable {
    enum Kind: Equatable {
        case word(String)
        case string(String)
        case comparison(FilterComparison)
        case leftParen, rightParen, comma, end
    }
    var kind: Kind
    var position: Int

    var shown: String {
        switch kind {
        case .word(let w): "'\(w)'"
        case .string(let s): "\"\(s)\""
        case .comparison(let c): "'\(c.rawValue)'"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .comma: "','"
        case .end: "the end of the filter"
        }
    }

    /// A keyword (and, or, not, in), case-insensitive.
    func isKeyword(_ keyword: String) -> Bool {
        if case .word(let w) = kind { return w.lowercased() == keyword }
        return false
    }
}

enum Lexer {
    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || "_-.:+*".contains(c)
    }

    static func tokens(_ text: String) throws(FilterSyntaxError) -> [Token] {
        let chars = Array(text)
        var tokens: [Token] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let start = i
            if c.isWhitespace {
                i += 1
                continue
            }
            switch c {
            case "(":
                tokens.append(Token(kind: .leftParen, position: i))
                i += 1
            case ")":
                tokens.append(Token(kind: .rightParen, position: i))
                i += 1
            case ",":
                tokens.append(Token(kind: .comma, position: i))
                i += 1
            case "=":
                tokens.append(Token(kind: .comparison(.equal), position: i))
                i += chars.indices.contains(i + 1) && chars[i + 1] == "=" ? 2 : 1
            case "!", "<", ">":
                let next = chars.indices.contains(i + 1) ? chars[i + 1] : " "
                if next == "=" {
                    let op: FilterComparison =
                        c == "!" ? .notEqual : c == "<" ? .lessOrEqual : .greaterOrEqual
                    tokens.append(Token(kind: .comparison(op), position: i))
                    i += 2
                } else if c == "<" && next == ">" {
                    tokens.append(Token(kind: .comparison(.notEqual), position: i))
                    i += 2
                } else if c == "!" {
                    throw FilterSyntaxError(
                        position: i, message: "'!' alone is not an operator",
                        hint: "write != for 'differs', or not before a condition")
                } else {
                    tokens.append(
                        Token(kind: .comparison(c == "<" ? .less : .greater), position: i))
                    i += 1
                }
            case "\"":
                i += 1
                var value = ""
                while i < chars.count && chars[i] != "\"" {
                    value.append(chars[i])
                    i += 1
                }
                guard i < chars.count else {
                    throw FilterSyntaxError(
                        position: start, message: "this quote is never closed",
                        hint: "end the phrase with \"")
                }
                i += 1
                tokens.append(Token(kind: .string(value), position: start))
            default:
                guard isWordCharacter(c) else {
                    throw FilterSyntaxError(
                        position: i, message: "'\(c)' cannot appear here",
                        hint: "quote text that holds it: text:\"…\"")
                }
                var word = ""
                while i < chars.count && isWordCharacter(chars[i]) {
                    word.append(chars[i])
                    i += 1
                }
                // `text:"digital twin"`: the field and its quoted value touch.
                tokens.append(Token(kind: .word(word), position: start))
            }
        }
        tokens.append(Token(kind: .end, position: chars.count))
        return tokens
    }
}

struct Parser {
    var tokens: [Token]
    var length: Int
    var index = 0
    /// Parentheses and `not`s open around the current token.
    var depth = 0
    /// Deeper than anyone writes by hand; the recursion must stop well before the stack does
    /// (FuzzFilter overflowed it with 1,788 parentheses).
    static let maximumDepth = 64

    var peek: Token { tokens[index] }

    mutating func next() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func orExpression() throws(FilterSyntaxError) -> FilterExpression {
        var left = try andExpression()
        while peek.isKeyword("or") {
            let or = next()
            try expectOperand(after: or)
            left = .or(left, try andExpression())
        }
        return left
    }

    mutating func andExpression() throws(FilterSyntaxError) -> FilterExpression {
        var left = try unary()
        while true {
            if peek.isKeyword("and") {
                let and = next()
                try expectOperand(after: and)
                left = .and(left, try unary())
            } else if startsOperand(peek) {
                left = .and(left, try unary())
            } else {
                return left
            }
        }
    }

    func startsOperand(_ token: Token) -> Bool {
        switch token.kind {
        case .leftParen, .string: return true
        case .word: return !token.isKeyword("or") && !token.isKeyword("and")
        default: return false
        }
    }

    func expectOperand(after keyword: Token) throws(FilterSyntaxError) {
        guard startsOperand(peek) else {
            throw FilterSyntaxError(
                position: peek.position,
                message: "\(keyword.shown) needs a condition after it, not \(peek.shown)",
                hint: "for example: eligible \(keyword.shown.dropFirst().dropLast()) exp >= 5")
        }
    }

    mutating func unary() throws(FilterSyntaxError) -> FilterExpression {
        guard peek.isKeyword("not") || peek.kind == .leftParen else {
            return .condition(try condition())
        }
        guard depth < Self.maximumDepth else {
            throw FilterSyntaxError(
                position: peek.position, message: "nested more than \(Self.maximumDepth) deep",
                hint: "remove some parentheses or nots")
        }
        depth += 1
        defer { depth -= 1 }
        return try nested()
    }

    /// A `not` or a parenthesised expression.
    private mutating func nested() throws(FilterSyntaxError) -> FilterExpression {
        if peek.isKeyword("not") {
            let not = next()
            try expectOperand(after: not)
            return .not(try unary())
        }
        if peek.kind == .leftParen {
            let open = next()
            guard peek.kind != .rightParen else {
                throw FilterSyntaxError(
                    position: peek.position, message: "empty parentheses",
                    hint: "put a condition between ( and )")
            }
            let inner = try orExpression()
            guard peek.kind == .rightParen else {
                throw FilterSyntaxError(
                    position: peek.kind == .end ? open.position : peek.position,
                    message: peek.kind == .end
                        ? "this '(' is never closed" : "expected ')' but found \(peek.shown)",
                    hint: "close it with )")
            }
            _ = next()
            return inner
        }
        return .condition(try condition())
    }

    mutating func condition() throws(FilterSyntaxError) -> FilterCondition {
        let fieldToken = next()
        if case .string(let phrase) = fieldToken.kind {
            // The same rule as text:"…" (an empty phrase would silently match nothing).
            guard !phrase.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw FilterSyntaxError(
                    position: fieldToken.position, message: "the phrase is empty",
                    hint: "\"digital twin\"")
            }
            return .text("\"\(phrase)\"")
        }
        guard case .word(let word) = fieldToken.kind else {
            throw FilterSyntaxError(
                position: fieldToken.position,
                message: "expected a condition but found \(fieldToken.shown)",
                hint: "a condition is a field, an operator and a value: exp >= 5")
        }
        let parts = word.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let field = parts[0].lowercased()
        let qualifier = parts.count > 1 ? String(parts[1]) : nil
        let at = fieldToken.position

        // Flags stand alone.
        switch field {
        case "eligible", "ineligible", "needs_check", "needs-check":
            guard qualifier == nil else { break }
            let result = EligibilityResult(
                rawValue: field.replacingOccurrences(of: "-", with: "_"))!
            return .eligibility(result, negated: false)
        case "invited":
            guard qualifier == nil else { break }
            return .invited
        case "recruitment":
            switch qualifier?.lowercased() {
            case "complete": return .recruitment(complete: true)
            case "missing": return .recruitment(complete: false)
            default:
                throw FilterSyntaxError(
                    position: at, message: "recruitment: needs complete or missing",
                    hint: "recruitment:complete or recruitment:missing")
            }
        case "tag":
            guard let qualifier else { break }
            guard NoteTag.isValid(qualifier) else {
                throw FilterSyntaxError(
                    position: at,
                    message: qualifier.isEmpty ? "tag: needs a tag" : "“\(qualifier)” is not a tag",
                    hint: "tag:check-diploma (letters, digits, - _ . /)")
            }
            return .tag(qualifier)
        case "text":
            guard let qualifier else { break }
            if qualifier.isEmpty {
                let value = next()
                guard case .string(let phrase) = value.kind else {
                    throw FilterSyntaxError(
                        position: value.position, message: "text: needs words or a quoted phrase",
                        hint: "text:\"digital twin\" or text:twin*")
                }
                guard !phrase.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw FilterSyntaxError(
                        position: value.position, message: "the phrase is empty",
                        hint: "text:\"digital twin\"")
                }
                return .text("\"\(phrase)\"")
            }
            return .text(qualifier)
        default: break
        }

        let opToken = next()
        if opToken.isKeyword("in") {
            return try list(field: field, qualifier: qualifier, at: at)
        }
        guard case .comparison(let op) = opToken.kind else {
            let known = Self.fields.contains(field) || field.count == 1
            throw FilterSyntaxError(
                position: known ? opToken.position : at,
                message: known
                    ? "expected an operator after \(fieldToken.shown) but found \(opToken.shown)"
                    : "unknown field \(fieldToken.shown)",
                hint: known
                    ? "operators: = != < <= > >= and in (…)"
                    : "fields: \(Self.fields.sorted().joined(separator: ", ")), a screening group (A, B, C) or a flag (eligible, invited…)"
            )
        }
        let valueToken = next()
        let value: String
        switch valueToken.kind {
        case .word(let w): value = w
        case .string(let s): value = s
        default:
            throw FilterSyntaxError(
                position: valueToken.position,
                message: "expected a value after \(opToken.shown) but found \(valueToken.shown)",
                hint: "for example exp >= 5, lang:fr >= C1, fg = IV")
        }
        return try comparison(
            field: field, qualifier: qualifier, op: op, value: value, at: at,
            valueAt: valueToken.position, fieldShown: fieldToken.shown)
    }

    static let fields: Set<String> = [
        "exp", "experience", "fg", "function_group", "nat", "nationality", "lang", "edu",
        "education", "submitted", "military", "cast", "id", "eligibility", "rule", "evidence",
        "text", "total", "score", "tag",
    ]

    mutating func list(field: String, qualifier: String?, at: Int) throws(FilterSyntaxError)
        -> FilterCondition
    {
        let open = next()
        guard open.kind == .leftParen else {
            throw FilterSyntaxError(
                position: open.position, message: "in needs a list in parentheses",
                hint: "nat in (EL, CY)")
        }
        var values: [(String, Int)] = []
        while true {
            let token = next()
            guard case .word(let w) = token.kind else {
                throw FilterSyntaxError(
                    position: token.position,
                    message: "expected a value in the list but found \(token.shown)",
                    hint: "nat in (EL, CY)")
            }
            values.append((w, token.position))
            let separator = next()
            if separator.kind == .rightParen { break }
            guard separator.kind == .comma else {
                throw FilterSyntaxError(
                    position: separator.position,
                    message: "expected ',' or ')' but found \(separator.shown)",
                    hint: "separate values with commas: nat in (EL, CY)")
            }
        }
        switch field {
        case "nat", "nationality":
            var codes: [CountryCode] = []
            for (value, position) in values { codes.append(try country(value, at: position)) }
            return .nationality(codes, negated: false)
        case "id":
            return .applicationID(values.map(\.0), negated: false)
        default:
            throw FilterSyntaxError(
                position: at, message: "in (…) works with nat and id",
                hint: "for other fields join conditions with or")
        }
    }

    func country(_ value: String, at position: Int) throws(FilterSyntaxError) -> CountryCode {
        guard let code = CountryCode(rawValue: value), code.isKnown else {
            throw FilterSyntaxError(
                position: position, message: "'\(value)' is not a country code",
                hint: "two letters, EU style: EL, CY, DE, FR")
        }
        return code
    }

    func comparison(
        field: String, qualifier: String?, op: FilterComparison, value: String, at: Int,
        valueAt: Int, fieldShown: String
    ) throws(FilterSyntaxError) -> FilterCondition {
        func equality() throws(FilterSyntaxError) -> Bool {
            guard op.isEquality else {
                throw FilterSyntaxError(
                    position: at, message: "\(fieldShown) can only be compared with = or !=",
                    hint: "it has no order")
            }
            return op == .notEqual
        }
        func number() throws(FilterSyntaxError) -> Double {
            guard let n = Double(value), n.isFinite else {
                throw FilterSyntaxError(
                    position: valueAt, message: "'\(value)' is not a number",
                    hint: "for example \(field) >= 5")
            }
            return n
        }
        func integer() throws(FilterSyntaxError) -> Int {
            guard let n = Int(value) else {
                throw FilterSyntaxError(
                    position: valueAt, message: "'\(value)' is not a whole number",
                    hint: "for example \(field) >= 1")
            }
            return n
        }
        func needsQualifier(_ example: String) throws(FilterSyntaxError) -> String {
            guard let qualifier, !qualifier.isEmpty else {
                throw FilterSyntaxError(
                    position: at, message: "\(fieldShown) needs a qualifier", hint: example)
            }
            return qualifier
        }
        func noQualifier() throws(FilterSyntaxError) {
            if qualifier != nil {
                throw FilterSyntaxError(
                    position: at, message: "\(fieldShown) takes no ':' qualifier",
                    hint: "write \(field) \(op.rawValue) \(value)")
            }
        }
        switch field {
        case "exp", "experience":
            try noQualifier()
            return .experience(op, try number())
        case "fg", "function_group":
            try noQualifier()
            guard let group = FunctionGroup(text: value) else {
                throw FilterSyntaxError(
                    position: valueAt, message: "'\(value)' is not a function group",
                    hint: "I, II, III or IV")
            }
            return .functionGroup(op, group)
        case "nat", "nationality":
            try noQualifier()
            return .nationality([try country(value, at: valueAt)], negated: try equality())
        case "lang":
            let code = try needsQualifier("lang:fr >= C1")
            guard let language = LanguageCode(rawValue: code) else {
                throw FilterSyntaxError(
                    position: at + 5, message: "'\(code)' is not a language code",
                    hint: "two letters, ISO 639-1: fr, de, el, ga")
            }
            guard let level = CEFRLevel(text: value) else {
                throw FilterSyntaxError(
                    position: valueAt, message: "'\(value)' is not a CEFR level",
                    hint: "A1, A2, B1, B2, C1 or C2")
            }
            return .language(language, op, level)
        case "edu", "education":
            try noQualifier()
            guard let level = EducationLevel(text: value) else {
                throw FilterSyntaxError(
                    position: valueAt, message: "'\(value)' is not a level of education",
                    hint: EducationLevel.allCases.map(\.description).joined(separator: ", "))
            }
            return .education(op, level)
        case "submitted":
            try noQualifier()
            guard let epoch = Self.epoch(value) else {
                throw FilterSyntaxError(
                    position: valueAt, message: "'\(value)' is not a date",
                    hint: "2025-12-01 (Brussels time) or 2025-12-02T23:00:00+01:00")
            }
            return .submitted(op, epoch)
        case "military":
            try noQualifier()
            guard let v = MilitaryService(text: value) else {
                throw FilterSyntaxError(
                    position: valueAt, message: "'\(value)' is not a military service status",
                    hint: MilitaryService.allCases.map(\.description).joined(separator: ", "))
            }
            return .military(v, negated: try equality())
        case "cast":
            try noQualifier()
            guard let v = CASTStatus(text: value) else {
                throw FilterSyntaxError(
                    position: valueAt, message: "'\(value)' is not a CAST status",
                    hint: "passed or registered")
            }
            return .castStatus(v, negated: try equality())
        case "id":
            try noQualifier()
            return .applicationID([value], negated: try equality())
        case "eligibility":
            try noQualifier()
            guard let v = EligibilityResult(rawValue: value.lowercased()) else {
                throw FilterSyntaxError(
                    position: valueAt, message: "'\(value)' is not an eligibility result",
                    hint: "eligible, ineligible or needs_check")
            }
            return .eligibility(v, negated: try equality())
        case "rule":
            let name = try needsQualifier("rule:languages = fail")
            guard let rule = EligibilityRule(rawValue: name.lowercased()) else {
                throw FilterSyntaxError(
                    position: at + 5, message: "'\(name)' is not a rule",
                    hint: EligibilityRule.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let result = RuleResult(rawValue: value.lowercased()) else {
                throw FilterSyntaxError(
                    position: valueAt, message: "'\(value)' is not a rule result",
                    hint: "pass, fail or needs_check")
            }
            return .rule(rule, result, negated: try equality())
        case "evidence":
            let id = try needsQualifier("evidence:B2 >= 1")
            return .evidence(CriterionID(id.uppercased()), op, try integer(), position: at)
        case "total":
            try noQualifier()
            return .total(op, try number())
        case "score":
            guard let qualifier else { return .total(op, try number()) }
            return .criterionScore(
                CriterionID(qualifier.uppercased()), op, try number(), position: at)
        default:
            // A screening group is named by its letter: A = all-met, B >= 1.
            if qualifier == nil, field.count == 1, field.first!.isLetter {
                let count: ScreeningCount
                switch value.lowercased() {
                case "all-met", "all_met", "all": count = .allMet
                case "none-met", "none_met", "none": count = .noneMet
                default:
                    guard let n = Int(value), n >= 0 else {
                        throw FilterSyntaxError(
                            position: valueAt,
                            message: "'\(value)' is not a count of criteria met",
                            hint: "a number, all-met or none-met: A = all-met, B >= 1")
                    }
                    count = .count(n)
                }
                if count == .allMet || count == .noneMet, !op.isEquality {
                    throw FilterSyntaxError(
                        position: at, message: "all-met is compared with = or !=",
                        hint: "A = all-met")
                }
                return .screening(group: field.uppercased(), op, count, position: at)
            }
            throw FilterSyntaxError(
                position: at, message: "unknown field \(fieldShown)",
                hint:
                    "fields: \(Self.fields.sorted().joined(separator: ", ")), a screening group (A, B, C) or a flag (eligible, invited…)"
            )
        }
    }

    /// A date (its first second in Brussels time) or a full timestamp with an offset.
    static func epoch(_ text: String) -> Int64? {
        if text.count > 10, let t = Timestamp(iso: text) { return t.secondsSinceEpoch }
        guard let date = CalendarDate(iso: text) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone =
            TimeZone(identifier: "Europe/Brussels") ?? TimeZone(secondsFromGMT: 3600)!
        let parts = DateComponents(year: date.year, month: date.month, day: date.day)
        guard let start = calendar.date(from: parts) else { return nil }
        return Int64(start.timeIntervalSince1970)
    }
}
