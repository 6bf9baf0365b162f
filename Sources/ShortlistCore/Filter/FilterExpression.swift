import Foundation

/// A filter over candidates, as parsed from the filter language (docs/filters.md). One
/// grammar serves the interface's filter bar and `shortlist list --filter`.
public indirect enum FilterExpression: Sendable, Hashable, CustomStringConvertible {
    case and(FilterExpression, FilterExpression)
    case or(FilterExpression, FilterExpression)
    case not(FilterExpression)
    case condition(FilterCondition)

    /// A canonical spelling, fully parenthesised: tests read precedence from it.
    /// The expression as it would be typed, with parentheses only where the grammar needs
    /// them (`and` binds tighter than `or`, both group from the left): a chain of `and`s or
    /// `or`s reads as one, so printing never nests deeper than the text it came from (the
    /// parser refuses more than 64 levels).
    public var description: String {
        switch self {
        case .and(let a, let b):
            "\(a.wrapped(unless: \.isAndOperand)) and \(b.wrapped(unless: \.isAtom))"
        case .or(let a, let b):
            "\(a.description) or \(b.wrapped(unless: \.isAndOperand))"
        case .not(let a): "not \(a.wrapped(unless: \.isAtom))"
        case .condition(let c): c.description
        }
    }

    /// Every `and` and `or` in parentheses: the tree, spelled out (tests of precedence).
    public var fullyParenthesized: String {
        switch self {
        case .and(let a, let b): "(\(a.fullyParenthesized) and \(b.fullyParenthesized))"
        case .or(let a, let b): "(\(a.fullyParenthesized) or \(b.fullyParenthesized))"
        case .not(let a): "not \(a.fullyParenthesized)"
        case .condition(let c): c.description
        }
    }

    /// A condition or a `not`: binds tighter than any operator.
    private var isAtom: Bool {
        switch self {
        case .condition, .not: true
        case .and, .or: false
        }
    }

    /// What may stand bare left of an `and` (or right of an `or`): an atom or an `and`.
    private var isAndOperand: Bool {
        if case .and = self { return true }
        return isAtom
    }

    private func wrapped(unless bare: (FilterExpression) -> Bool) -> String {
        bare(self) ? description : "(\(description))"
    }

    /// Every condition in the expression, left to right.
    public var conditions: [FilterCondition] {
        switch self {
        case .and(let a, let b), .or(let a, let b): a.conditions + b.conditions
        case .not(let a): a.conditions
        case .condition(let c): [c]
        }
    }
}

/// How a field is compared with a value.
public enum FilterComparison: String, Sendable, Hashable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    public var isEquality: Bool { self == .equal || self == .notEqual }
}

/// What a screening group is compared with: a number of criteria met, or every criterion of
/// the group met (`all-met`), or none (`none-met`).
public enum ScreeningCount: Sendable, Hashable, CustomStringConvertible {
    case count(Int)
    case allMet
    case noneMet

    public var description: String {
        switch self {
        case .count(let n): String(n)
        case .allMet: "all-met"
        case .noneMet: "none-met"
        }
    }
}

/// One test on a candidate. `position` is where it starts in the filter text, so that a
/// problem found later (an unknown criterion) can still be shown with a caret.
public enum FilterCondition: Sendable, Hashable, CustomStringConvertible {
    case experience(FilterComparison, Double)
    case functionGroup(FilterComparison, FunctionGroup)
    /// Holds any of the nationalities (`=`, `in`), or none of them (`!=`).
    case nationality([CountryCode], negated: Bool)
    case language(LanguageCode, FilterComparison, CEFRLevel)
    case education(FilterComparison, EducationLevel)
    /// Seconds since the epoch; a date means its first second in Brussels time (CET/CEST).
    case submitted(FilterComparison, Int64)
    case military(MilitaryService, negated: Bool)
    case castStatus(CASTStatus, negated: Bool)
    case applicationID([String], negated: Bool)
    case eligibility(EligibilityResult, negated: Bool)
    /// A rule's result with the chair's overrides applied.
    case rule(EligibilityRule, RuleResult, negated: Bool)
    /// A screening group by its letter (A, B, C): how many of its criteria are met.
    case screening(group: String, FilterComparison, ScreeningCount, position: Int)
    /// Keyword evidence hits for a criterion.
    case evidence(CriterionID, FilterComparison, Int, position: Int)
    /// Words, prefixes (`twin*`) or a phrase (`"digital twin"`) in the CV or motivation.
    case text(String)
    case invited
    /// `recruitment:complete` (every checklist item met) or `recruitment:missing` (an invited
    /// candidate with an item not met or not recorded).
    case recruitment(complete: Bool)
    /// A tag on one of the candidate's current notes (docs/offline-notes.md).
    case tag(String)
    /// The combined total (0–100) as the viewer may see it; sealed never matches.
    case total(FilterComparison, Double)
    /// A criterion's mean mark as the viewer may see it; sealed never matches.
    case criterionScore(CriterionID, FilterComparison, Double, position: Int)

    public var description: String {
        func neg(_ negated: Bool) -> String { negated ? "!=" : "=" }
        switch self {
        case .experience(let op, let v): return "exp \(op.rawValue) \(Self.number(v))"
        case .functionGroup(let op, let v): return "fg \(op.rawValue) \(v)"
        case .nationality(let codes, let negated):
            return codes.count == 1
                ? "nat \(neg(negated)) \(codes[0])"
                : "\(negated ? "not " : "")nat in (\(codes.map(\.rawValue).joined(separator: ", ")))"
        case .language(let code, let op, let level): return "lang:\(code) \(op.rawValue) \(level)"
        case .education(let op, let v): return "edu \(op.rawValue) \(v)"
        case .submitted(let op, let epoch):
            return "submitted \(op.rawValue) \(Timestamp(secondsSinceEpoch: epoch))"
        case .military(let v, let negated): return "military \(neg(negated)) \(v)"
        case .castStatus(let v, let negated): return "cast \(neg(negated)) \(v)"
        case .applicationID(let ids, let negated):
            return ids.count == 1
                ? "id \(neg(negated)) \(Self.word(ids[0]))"
                : "\(negated ? "not " : "")id in (\(ids.joined(separator: ", ")))"
        case .eligibility(let v, let negated): return "eligibility \(neg(negated)) \(v)"
        case .rule(let rule, let v, let negated): return "rule:\(rule) \(neg(negated)) \(v)"
        case .screening(let group, let op, let count, _): return "\(group) \(op.rawValue) \(count)"
        case .evidence(let id, let op, let n, _): return "evidence:\(id) \(op.rawValue) \(n)"
        case .text(let query):
            // A phrase keeps its quotes; a bare word (`twin*`) is written bare.
            return "text:\(query)"
        case .invited: return "invited"
        case .recruitment(let complete): return "recruitment:\(complete ? "complete" : "missing")"
        case .tag(let tag): return "tag:\(tag)"
        case .total(let op, let v): return "total \(op.rawValue) \(Self.number(v))"
        case .criterionScore(let id, let op, let v, _):
            return "score:\(id) \(op.rawValue) \(Self.number(v))"
        }
    }

    /// A single value as it must be typed to read back: bare when it is one plain word,
    /// quoted otherwise (a quoted value never holds a quote: the quote would have ended it).
    /// A list takes bare words only, so its items are written as they came.
    static func word(_ value: String) -> String {
        let plain =
            !value.isEmpty
            && value.allSatisfy {
                $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "."
            }
        return plain ? value : "\"\(value)\""
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    /// Whether the condition reads marks, which the store must seal per viewer.
    public var readsScores: Bool {
        switch self {
        case .total, .criterionScore: true
        default: false
        }
    }
}
