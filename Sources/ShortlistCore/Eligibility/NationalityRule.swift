import Foundation

extension EligibilityEngine {
    /// Any one accepted nationality is enough; `GR` was already read as `EL` at import.
    func checkNationality(_ field: FieldValue<[CountryCode]>) -> RuleCheck {
        let accepted = texts.acceptedNationalities
        let eu = texts.nationalityIsEU
        switch field {
        case .missing:
            return RuleCheck(.nationality, .needsCheck, "no nationality given")
        case .invalid(let raw):
            // One accepted nationality among the readable codes decides; otherwise an
            // unreadable code could be the accepted one, so a person must look.
            let entries = ApplicationParsing.readNationalityEntries(raw)
            let unreadable = "\(entries.unreadableText) cannot be read as a country code"
            guard !entries.readable.isEmpty else {
                return RuleCheck(
                    .nationality, .needsCheck,
                    "nationality \(ReasonText.quoted(raw)) cannot be read as country codes (e.g. EL, FR; several separated by ;)"
                )
            }
            let judged = checkNationality(.value(entries.readable))
            if judged.result == .pass {
                return RuleCheck(.nationality, .pass, "\(judged.reason); \(unreadable)")
            }
            return RuleCheck(
                .nationality, .needsCheck, "\(judged.reason) so far; \(unreadable) and could be")
        case .value(let codes):
            let declared = codes.map(\.rawValue).joined(separator: ";")
            let matching = codes.filter { accepted.contains($0) }.map(\.rawValue)
            if matching.isEmpty {
                let what = eu ? "EU member state" : "accepted nationality"
                return RuleCheck(
                    .nationality, .fail,
                    codes.count == 1
                        ? "\(declared) is not an \(what)" : "no \(what) among \(declared)")
            }
            let what =
                matching.count == 1
                ? (eu ? "is an EU member state" : "is an accepted nationality")
                : (eu ? "are EU member states" : "are accepted nationalities")
            let reason = "\(ReasonText.listed(matching, "and")) \(what)"
            return RuleCheck(
                .nationality, .pass,
                codes.count == matching.count ? reason : "\(reason) (declared: \(declared))")
        }
    }
}
