import Foundation

extension EligibilityEngine {
    /// One counted language at the first level and a *different* one at the second: a
    /// language declared twice counts once, at its best level, and a language that is not
    /// counted (not an official EU language) never helps.
    func checkLanguages(_ field: FieldValue<[LanguageSkill]>) -> RuleCheck {
        let rule = parameters.languages
        let kind = texts.languageKind
        let skills: [LanguageSkill]
        switch field {
        case .missing:
            return RuleCheck(.languages, .needsCheck, "no languages given")
        case .invalid(let raw):
            return checkPartlyRead(ApplicationParsing.readLanguageEntries(raw), raw: raw)
        case .value(let v):
            skills = v
        }

        // Which declared skill is each language's best (the first declared on a tie), then
        // the best and second-best of those: a pair exists exactly when these two qualify.
        let counted = skills.map { texts.countedLanguages.contains($0.language) }
        var isBest = [Bool](repeating: false, count: skills.count)
        for i in skills.indices where counted[i] {
            let language = skills[i].language
            let beaten = skills.indices.contains { j in
                j != i && skills[j].language == language
                    && (skills[j].level > skills[i].level
                        || (skills[j].level == skills[i].level && j < i))
            }
            isBest[i] = !beaten
        }
        var first: Int?
        var second: Int?
        for i in skills.indices where isBest[i] {
            if first == nil || skills[i].level > skills[first!].level {
                second = first
                first = i
            } else if second == nil || skills[i].level > skills[second!].level {
                second = i
            }
        }

        func shown(_ i: Int) -> String {
            "\(skills[i].language.rawValue.uppercased()) \(skills[i].level)"
        }
        /// Every declared skill but the chosen one, saying why a repeat or a language that is
        /// not counted does not help.
        func others(besides chosen: Int?) -> String {
            var parts: [String] = []
            for i in skills.indices where i != chosen {
                if !counted[i] {
                    parts.append("\(shown(i)) is not an \(kind)")
                } else if let chosen, skills[i].language == skills[chosen].language {
                    parts.append("\(shown(i)) is the same language")
                } else {
                    parts.append(shown(i))
                }
            }
            return parts.isEmpty ? "no other language declared" : parts.joined(separator: "; ")
        }

        guard let first, skills[first].level >= rule.firstLevel else {
            return RuleCheck(
                .languages, .fail,
                "no \(kind) at \(rule.firstLevel) or better (\(others(besides: nil)))")
        }
        let firstText = "\(rule.firstLevel) in an \(kind) (\(shown(first)))"
        guard let second, skills[second].level >= rule.secondLevel else {
            return RuleCheck(
                .languages, .fail,
                "\(firstText) but no second \(kind) at \(rule.secondLevel) or better (\(others(besides: first)))"
            )
        }
        return RuleCheck(
            .languages, .pass,
            "\(firstText) and a second \(kind) at \(rule.secondLevel) or better (\(shown(second)))"
        )
    }
}

extension EligibilityEngine {
    /// Languages of which some entries cannot be read. The readable ones pass the rule alone,
    /// or not; when not, each unreadable entry is given the best it could be (any counted
    /// language not declared, at its level if readable, else C2): if even that fails, the
    /// rule fails whatever the entries say, otherwise only a person can tell.
    func checkPartlyRead(_ entries: PartlyRead<LanguageSkill>, raw: String) -> RuleCheck {
        guard !entries.readable.isEmpty else {
            return RuleCheck(
                .languages, .needsCheck,
                "languages \(ReasonText.quoted(raw)) cannot be read (CODE:LEVEL pairs are needed, e.g. FR:C2;EN:B2)"
            )
        }
        let unreadable = "\(entries.unreadableText) cannot be read"
        let judged = checkLanguages(.value(entries.readable))
        if judged.result == .pass {
            return RuleCheck(.languages, .pass, "\(judged.reason); \(unreadable)")
        }
        var best = entries.readable
        var unused = parameters.languages.counted.filter { code in
            !entries.readable.contains { $0.language == code }
                && !entries.unreadable.contains { $0.language == code }
        }
        for entry in entries.unreadable {
            let language = entry.language ?? unused.popLast()
            guard let language else { continue }
            best.append(LanguageSkill(language, entry.level ?? .c2))
        }
        if checkLanguages(.value(best)).result == .pass {
            return RuleCheck(
                .languages, .needsCheck,
                "\(judged.reason) so far; \(unreadable) and could complete it")
        }
        return RuleCheck(
            .languages, .fail, "\(judged.reason); \(unreadable), but could not complete it")
    }
}
