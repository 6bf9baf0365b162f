import Foundation
import ShortlistCore
import TOMLKit
import TOMLSupport

/// Reads a call profile from its TOML file (the format is in `docs/call-profile.md`).
/// Strict: an unknown key, a value of the wrong type or an impossible value (a weight that is
/// not positive, a pass mark above the scale, a level without an anchor) is refused with the
/// file, the line and the reason, because a profile decides who is eligible and how marks
/// count, and a typo there must not pass unnoticed.
public enum CallProfileParser {
    /// The format version this parser reads (`format = 1` at the top of the file).
    public static let formatVersion = 1

    public static func load(_ url: URL) throws -> CallProfile {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TOMLFileError(file: url.path, line: 0, reason: "cannot be read as UTF-8 text")
        }
        return try parse(text: text, file: url.path)
    }

    /// - Parameter file: the name errors give for the text.
    public static func parse(text: String, file: String) throws -> CallProfile {
        let root = try ProfileSource(text: text, file: file).root
        try root.allowOnly([
            "format", "call", "sources", "eligibility", "scale", "scoring", "criteria",
        ])
        let format = try root.int("format")
        guard format == formatVersion else {
            throw root.error(
                "format",
                "format \(format) is not known; this version of shortlist reads format \(formatVersion)"
            )
        }

        let call = try root.subtable("call")
        try call.allowOnly([
            "reference", "title", "unit", "function_group", "contract_type",
            "reserve_list_announced",
        ])
        let functionGroup = try call.item("function_group", readFunctionGroup)

        let eligibility = try readEligibility(try root.subtable("eligibility"))
        let scale = try readScale(try root.subtable("scale"))
        let scoring = try readScoring(try root.subtable("scoring"), scale: scale.scale)
        let criteria = try readCriteria(try root.subtable("criteria"), scale: scale.scale)
        let sources = try readSources(try root.optionalSubtable("sources"))

        return CallProfile(
            reference: try call.string("reference"), title: try call.string("title"),
            unit: try call.string("unit"), functionGroup: functionGroup,
            contractType: try call.optionalString("contract_type"), eligibility: eligibility,
            criteria: criteria,
            scoring: ScoringRules(
                scale: scale.scale, overallPassMark: scoring.overallPassMark,
                reserveListLimit: scoring.reserveListLimit,
                divergenceThreshold: scoring.divergenceThreshold,
                commentRequiredAtScaleEnds: scale.commentRequiredAtEnds),
            sources: sources,
            // Unsaid is not announced: a candidate is never promised what the call did not say.
            reserveListAnnounced: try call.optionalBool("reserve_list_announced") ?? false)
    }

    /// `[sources]`: who fixed each kind of value. Optional; what it leaves out keeps the
    /// default (criteria and eligibility from the call, the grid from the panel).
    private static func readSources(_ t: ProfileTable?) throws -> ValueSources {
        var sources = ValueSources()
        guard let t else { return sources }
        let keys = sources.entries.map(\.key)
        try t.allowOnly(keys)
        func source(_ key: String) throws -> ValueSource? {
            try t.table[key] == nil
                ? nil
                : t.item(key) { text in
                    ValueSource(rawValue: text).map { .success($0) }
                        ?? .failure(
                            ReadProblem("“\(text)” is not a source; say \"call\" or \"panel\""))
                }
        }
        if let s = try source("criteria") { sources.criteria = s }
        if let s = try source("eligibility") { sources.eligibility = s }
        if let s = try source("weights") { sources.weights = s }
        if let s = try source("pass_marks") { sources.passMarks = s }
        if let s = try source("overall_pass_mark") { sources.overallPassMark = s }
        if let s = try source("scale") { sources.scale = s }
        if let s = try source("reserve_list_limit") { sources.reserveListLimit = s }
        return sources
    }

    private static func readScale(_ t: ProfileTable) throws -> (
        scale: RatingScale, commentRequiredAtEnds: Bool
    ) {
        try t.allowOnly(["minimum", "maximum", "comment_required_at_ends", "anchors"])
        let minimum = try t.int("minimum")
        let maximum = try t.int("maximum")
        guard minimum >= 0 else { throw t.error("minimum", "scale.minimum must be 0 or more") }
        guard maximum > minimum else {
            throw t.error("maximum", "scale.maximum must be above scale.minimum (\(minimum))")
        }
        guard maximum - minimum <= 100 else {
            throw t.error("maximum", "a scale has at most 101 levels, each with an anchor")
        }
        let anchors = try t.subtable("anchors")
        var texts = [String?](repeating: nil, count: maximum - minimum + 1)
        for key in anchors.table.keys {
            guard let level = Int(key), String(level) == key else {
                throw anchors.error(
                    key, "“\(key)” is not a level: the keys of [scale.anchors] are whole marks")
            }
            guard (minimum...maximum).contains(level) else {
                throw anchors.error(
                    key, "level \(level) is outside the scale, \(minimum) to \(maximum)")
            }
            texts[level - minimum] = try anchors.string(key)
        }
        if let missing = texts.firstIndex(where: { $0 == nil }) {
            throw anchors.error(
                nil,
                "no anchor for level \(missing + minimum): every level from \(minimum) to \(maximum) needs one"
            )
        }
        let scale = RatingScale(minimum: minimum, maximum: maximum, anchors: texts.map { $0! })!
        return (scale, try t.bool("comment_required_at_ends"))
    }

    private static func readScoring(_ t: ProfileTable, scale: RatingScale) throws -> (
        overallPassMark: Double, reserveListLimit: Int?, divergenceThreshold: Double
    ) {
        try t.allowOnly(["overall_pass_mark", "divergence_threshold", "reserve_list_limit"])
        let overall = try t.number("overall_pass_mark")
        guard (0...100).contains(overall) else {
            throw t.error(
                "overall_pass_mark",
                "scoring.overall_pass_mark is on 0–100; \(shown(overall)) is outside it")
        }
        let divergence = try t.number("divergence_threshold")
        let span = Double(scale.maximum - scale.minimum)
        guard divergence > 0, divergence <= span else {
            throw t.error(
                "divergence_threshold",
                "scoring.divergence_threshold must be above 0 and at most \(shown(span)) (the scale's span); it is \(shown(divergence))"
            )
        }
        let limit = try t.optionalInt("reserve_list_limit")
        if let limit, limit < 1 {
            throw t.error(
                "reserve_list_limit",
                "scoring.reserve_list_limit must be 1 or more (leave it out for no limit)")
        }
        return (overall, limit, divergence)
    }

    private static func readCriteria(_ t: ProfileTable, scale: RatingScale) throws -> [Criterion] {
        // TOMLKit gives keys sorted; the file's order is the order the panel expects.
        let ids = t.table.keys.sorted { a, b in
            let (la, lb) = (t.line(a), t.line(b))
            return la != lb ? la < lb : a < b
        }
        guard !ids.isEmpty else { throw t.error(nil, "a profile needs at least one criterion") }
        var criteria: [Criterion] = []
        for id in ids {
            guard CriterionID.isValid(id) else {
                throw t.error(
                    id, "criterion id “\(id)” may hold only letters, digits, _ and - (e.g. A1)")
            }
            let c = try t.subtable(id)
            try c.allowOnly(["group", "text", "weight", "pass_mark", "evidence"])
            let group = try c.item("group") { text in
                CriterionGroup(rawValue: text).map { .success($0) }
                    ?? .failure(
                        ReadProblem(
                            "“\(text)” is not a group; the groups are "
                                + CriterionGroup.allCases.map(\.rawValue).joined(separator: ", ")
                        ))
            }
            let weight = try c.number("weight")
            guard weight > 0 else {
                throw c.error(
                    "weight", "criteria.\(id).weight must be above 0; it is \(shown(weight))")
            }
            let passMark = try c.optionalNumber("pass_mark")
            if let passMark, !(Double(scale.minimum)...Double(scale.maximum)).contains(passMark) {
                throw c.error(
                    "pass_mark",
                    "criteria.\(id).pass_mark \(shown(passMark)) is outside the scale, \(scale.minimum) to \(scale.maximum)"
                )
            }
            criteria.append(
                Criterion(
                    id: CriterionID(id), group: group, text: try c.string("text"), weight: weight,
                    passMark: passMark, evidence: try readEvidence(c.optionalSubtable("evidence"))
                ))
        }
        return criteria
    }

    private static func readEvidence(_ t: ProfileTable?) throws -> [EvidencePhrase] {
        guard let t else { return [] }
        var phrases: [EvidencePhrase] = []
        // Languages in the file's order, so that highlighting legends list them as written.
        let keys = t.table.keys.sorted { t.line($0) < t.line($1) }
        for key in keys {
            guard let language = LanguageCode(rawValue: key), language.rawValue == key else {
                throw t.error(
                    key,
                    "“\(key)” is not a language: the keys of [\(t.name)] are ISO 639-1 codes in lower case (en, fr, de)"
                )
            }
            for text in try t.strings(key) {
                if let problem = EvidenceMatcher.problem(with: text) {
                    throw t.error(key, item: text, "\(t.qualified(key)): “\(text)” \(problem)")
                }
                phrases.append(EvidencePhrase(language, text))
            }
        }
        return phrases
    }

    static func readFunctionGroup(_ text: String) -> Result<FunctionGroup, ReadProblem> {
        FunctionGroup(text: text).map { .success($0) }
            ?? .failure(ReadProblem("“\(text)” is not a function group (I, II, III or IV)"))
    }

    /// A number as a person wrote it: `3`, not `3.0`.
    static func shown(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
