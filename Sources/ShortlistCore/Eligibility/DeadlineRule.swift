import Foundation

extension EligibilityEngine {
    /// Received at or before the deadline, compared as absolute instants: the deadline's own
    /// second is on time. When the submission was written in another offset, the reason also
    /// gives it in the deadline's time zone, so that the comparison can be checked by eye.
    func checkDeadline(_ field: FieldValue<Timestamp>) -> RuleCheck {
        let deadline = parameters.deadline
        switch field {
        case .missing:
            return RuleCheck(.deadline, .needsCheck, "submission time not stated")
        case .invalid(let raw):
            guard let instants = Timestamp.instants(readingLocal: raw, in: deadline.timeZone)
            else {
                return RuleCheck(
                    .deadline, .needsCheck,
                    "submission time \(ReasonText.quoted(raw)) cannot be read (an ISO 8601 time with its UTC offset is needed, e.g. 2025-12-02T22:10:00+01:00)"
                )
            }
            return checkLocalDeadline(raw, instants)
        case .value(let submitted):
            let zoneOffset =
                texts.sameOffset.contains(submitted.secondsSinceEpoch)
                ? deadline.instant.utcOffsetMinutes
                : deadline.inZone(submitted).utcOffsetMinutes
            var received = "received \(submitted)"
            if zoneOffset != submitted.utcOffsetMinutes {
                let local = Timestamp(
                    secondsSinceEpoch: submitted.secondsSinceEpoch, utcOffsetMinutes: zoneOffset)
                received += " (\(local) \(deadline.timeZoneIdentifier))"
            }
            let limit = texts.deadline
            if deadline.isMet(by: submitted) {
                return RuleCheck(.deadline, .pass, "\(received), by \(limit)")
            }
            let late = ReasonText.duration(
                submitted.secondsSinceEpoch - deadline.instant.secondsSinceEpoch)
            return RuleCheck(.deadline, .fail, "\(received), \(late) after \(limit)")
        }
    }
}

extension EligibilityEngine {
    /// A submission time written without an offset: the call's deadline is in its time zone,
    /// and so, most plausibly, is a time the call's own system wrote. The reason says it was
    /// read so. In the hour the clocks repeat both readings must agree; in the hour they skip
    /// the time never happened, and a person must look.
    func checkLocalDeadline(_ raw: String, _ instants: [Timestamp]) -> RuleCheck {
        let zone = parameters.deadline.timeZoneIdentifier
        let written = ReasonText.quoted(raw)
        guard let first = instants.first else {
            return RuleCheck(
                .deadline, .needsCheck,
                "submission time \(written) has no UTC offset and does not exist in \(zone) (the clocks skip it)"
            )
        }
        let onTime = instants.map { parameters.deadline.isMet(by: $0) }
        guard onTime.allSatisfy({ $0 == onTime[0] }) else {
            return RuleCheck(
                .deadline, .needsCheck,
                "submission time \(written) has no UTC offset and happens twice in \(zone) (the clocks go back), once on each side of \(texts.deadline)"
            )
        }
        let read = instants.map(\.description).joined(separator: " or ")
        let judged = checkDeadline(.value(first))
        let note = "no UTC offset given, read as \(zone) time \(read)"
        return RuleCheck(.deadline, judged.result, "\(judged.reason) (\(note))")
    }
}

extension ReasonText {
    /// `1 second`, `27 minutes 30 seconds`, `2 days 5 minutes`: exact, zero units left out.
    static func duration(_ seconds: Int64) -> String {
        let units: [(Int64, String)] = [
            (86_400, "day"), (3_600, "hour"), (60, "minute"), (1, "second"),
        ]
        var rest = seconds
        var parts: [String] = []
        for (size, name) in units {
            let n = rest / size
            rest -= n * size
            if n > 0 { parts.append("\(n) \(name)\(n == 1 ? "" : "s")") }
        }
        return parts.isEmpty ? "0 seconds" : parts.joined(separator: " ")
    }
}
