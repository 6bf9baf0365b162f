import Foundation

extension EligibilityEngine {
    /// A CAST in an accepted function group with an accepted status. Another function group
    /// fails even when passed.
    func checkCAST(_ group: FieldValue<FunctionGroup>, _ status: FieldValue<CASTStatus>)
        -> RuleCheck
    {
        let rule = parameters.cast
        let needed = texts.castNeeded
        var failures: [String] = []
        var unclear: [String] = []
        switch group {
        case .value(let g) where !rule.functionGroups.contains(g):
            failures.append("function group \(g) is not accepted")
        case .value: break
        case .missing: unclear.append("the function group is not stated")
        case .invalid(let raw):
            unclear.append("function group \(ReasonText.quoted(raw)) is not one of I, II, III, IV")
        }
        switch status {
        case .value(let s) where !rule.statuses.contains(s):
            failures.append("status \(s) is not accepted")
        case .value: break
        case .missing: unclear.append("the CAST status is not stated")
        case .invalid(let raw):
            unclear.append("CAST status \(ReasonText.quoted(raw)) is not passed or registered")
        }

        let declared = [
            group.value.map { "FG \($0)" }, status.value.map(\.rawValue),
        ].compactMap { $0 }.joined(separator: " ")
        let quotedData = declared.isEmpty ? "" : "\(declared): "
        if !failures.isEmpty {
            var reason = quotedData + failures.joined(separator: "; ")
            if !unclear.isEmpty { reason += "; also, " + unclear.joined(separator: "; ") }
            return RuleCheck(.cast, .fail, reason + " (needed: \(needed))")
        }
        if !unclear.isEmpty {
            return RuleCheck(
                .cast, .needsCheck,
                quotedData + unclear.joined(separator: "; ") + " (needed: \(needed))")
        }
        return RuleCheck(.cast, .pass, "\(declared) (accepted: \(needed))")
    }
}
