import Foundation

extension EligibilityEngine {
    /// The completed level must reach the minimum and, if the call says so, the diploma must
    /// be recognised by an EU member state. `education_years` is not used: the CAST export
    /// counts all years of schooling there, not years of university.
    func checkEducation(_ level: FieldValue<EducationLevel>, _ recognised: FieldValue<Bool>)
        -> RuleCheck
    {
        let minimum = parameters.education.minimumLevel
        let recognitionCounts = parameters.education.recognisedDiplomaRequired
        var failures: [String] = []
        var unclear: [String] = []

        switch level {
        case .value(let l) where l < minimum:
            failures.append("\(l) is below the minimum, \(minimum)")
        case .value: break
        case .missing: unclear.append("the education level is not stated")
        case .invalid(let raw):
            unclear.append(
                "education level \(ReasonText.quoted(raw)) is not one of "
                    + ReasonText.listed(EducationLevel.allCases.map(\.description)))
        }
        if recognitionCounts {
            switch recognised {
            case .value(true): break
            case .value(false): failures.append("the diploma is not recognised in the EU")
            case .missing: unclear.append("whether the diploma is recognised is not stated")
            case .invalid(let raw):
                unclear.append("diploma recognition \(ReasonText.quoted(raw)) is not true or false")
            }
        }

        if !failures.isEmpty {
            var reason = failures.joined(separator: "; ")
            if case .value(let l) = level, l >= minimum { reason = "\(l), but " + reason }
            if !unclear.isEmpty { reason += "; also, " + unclear.joined(separator: "; ") }
            return RuleCheck(.education, .fail, reason)
        }
        if !unclear.isEmpty {
            var reason = unclear.joined(separator: "; ")
            if case .value(let l) = level { reason = "\(l), but " + reason }
            return RuleCheck(.education, .needsCheck, reason)
        }
        let l = level.value!
        return RuleCheck(
            .education, .pass,
            recognitionCounts
                ? "\(l) with a diploma recognised in the EU (minimum: \(minimum))"
                : "\(l) (minimum: \(minimum))")
    }
}
