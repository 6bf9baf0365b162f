import Foundation

extension EligibilityEngine {
    func checkMilitary(_ field: FieldValue<MilitaryService>) -> RuleCheck {
        let accepted = parameters.military.accepted
        let acceptedText = texts.acceptedMilitary
        switch field {
        case .missing:
            return RuleCheck(.military, .needsCheck, "military service not stated")
        case .invalid(let raw):
            return RuleCheck(
                .military, .needsCheck,
                "military service \(ReasonText.quoted(raw)) is not one of "
                    + ReasonText.listed(MilitaryService.allCases.map(\.rawValue))
                    + " (\(acceptedText))")
        case .value(let status):
            if accepted.contains(status) {
                return RuleCheck(.military, .pass, "\(status) (\(acceptedText))")
            }
            let meaning = status == .pending ? ", obligations not yet fulfilled," : ""
            return RuleCheck(
                .military, .fail, "\(status)\(meaning) is not accepted (\(acceptedText))")
        }
    }
}
