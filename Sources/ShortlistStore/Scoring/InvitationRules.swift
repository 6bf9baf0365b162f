import Foundation
import ShortlistCore

/// What became of an invitation when the candidate did not come (issue 19, item 3).
public enum InvitationOutcome: String, Sendable, CaseIterable {
    case noShow = "no_show"
    case withdrawn

    /// How the report and the messages say it.
    public var text: String {
        switch self {
        case .noShow: "did not attend"
        case .withdrawn: "withdrew"
        }
    }

    /// The trail's action for recording it.
    var auditAction: String { "invitation.\(rawValue.replacingOccurrences(of: "_", with: "-"))" }
}

/// A recorded no-show or withdrawal: who recorded it, when and why.
public struct InvitationOutcomeRecord: Sendable, Equatable {
    public var outcome: InvitationOutcome
    public var reason: String
    public var recordedBy: String
    public var recordedAt: String
}

extension InvitationOutcomeRecord {
    /// The record as either engine stores it: nil when no known outcome is recorded.
    init?(stored outcome: String?, reason: String?, by: String?, at: String?) {
        guard let outcome, let known = InvitationOutcome(rawValue: outcome) else { return nil }
        self.init(
            outcome: known, reason: reason ?? "", recordedBy: by ?? "", recordedAt: at ?? "")
    }
}

extension InterviewSlot {
    /// A slot as either engine stores it: ISO time, place, comma-separated language codes.
    init?(storedAt at: String?, place: String?, languages: String?) {
        guard let at, let time = Timestamp(iso: at) else { return nil }
        self.init(
            time: time, place: place ?? "",
            languages: (languages ?? "").split(separator: ",").compactMap {
                LanguageCode(rawValue: String($0))
            })
    }
}

/// The rules of inviting, scheduling and recording what became of an invitation, once for
/// both engines: the words of every refusal and what the trail records.
enum InvitationRules {
    /// One candidate that cannot be invited: its verdict, and why when known.
    static func uninvitable(_ id: ApplicationID, _ result: String?, why: String) -> String {
        "\(id) is \(result ?? "not assessed")\(why.isEmpty ? "" : ": " + why)"
    }

    /// Nobody is invited when anyone cannot be: every refusal is given.
    static func refused(_ refusals: [String]) -> StoreError {
        .invalid(
            "only eligible candidates can be invited (overrides included); nobody was invited:\n  "
                + refusals.joined(separator: "\n  "))
    }

    /// The rows of `ids` to invite when every one is eligible (overrides included); else
    /// every refusal, and nobody is invited. `verdict`: a candidate's row and eligibility
    /// result; `why`: what keeps a row from being eligible, asked only of those that are not.
    static func eligibleRows(
        _ ids: [ApplicationID], verdict: (ApplicationID) throws -> (row: Int64, result: String?),
        why: (Int64) throws -> String
    ) throws -> [Int64] {
        var refusals: [String] = []
        var rows: [Int64] = []
        for id in ids {
            let (row, result) = try verdict(id)
            if result != EligibilityResult.eligible.rawValue {
                refusals.append(uninvitable(id, result, why: try why(row)))
            } else {
                rows.append(row)
            }
        }
        guard refusals.isEmpty else { throw refused(refusals) }
        return rows
    }

    static func refusedOne(_ refusal: String) -> StoreError {
        .invalid("only eligible candidates can be invited (overrides included): \(refusal)")
    }

    static func hasSubmittedCards(_ id: ApplicationID) -> StoreError {
        .invalid("\(id) already has submitted scorecards; its invitation stays")
    }

    static func invitedTrail(_ ids: [ApplicationID]) -> [String: String] {
        ["invited": ids.map(\.rawValue).joined(separator: ",")]
    }

    /// The trail's object of an invitation change: the one candidate, or none for several.
    static func object(_ ids: [ApplicationID]) -> String? {
        ids.count == 1 ? ids[0].rawValue : nil
    }

    static func slotTaken(_ slot: InterviewSlot, by others: [String]) -> StoreError {
        .invalid(
            "\(slot.time) is already the slot of \(others.joined(separator: ", ")); give another time, or --force to interview them together"
        )
    }

    static func conflictWarning(_ member: String, _ application: String, _ slot: InterviewSlot)
        -> String
    {
        "\(member) declared a conflict of interest on \(application), interviewed at \(slot.time): they sit out this slot"
    }

    /// The trail of a slot set or moved; the place is free text, so a digest.
    static func slotTrail(
        was old: InterviewSlot?, now slot: InterviewSlot, _ audit: some AuditDigests
    )
        -> (before: [String: String]?, after: [String: String])
    {
        let values = { (slot: InterviewSlot) in
            [
                "at": slot.time.description, "where": audit.digest(slot.place),
                "languages": slot.languageList,
            ]
        }
        return (old.map(values), values(slot))
    }

    /// The reason of a no-show or withdrawal, trimmed; refused when blank.
    static func outcomeReason(_ reason: String, for outcome: InvitationOutcome) throws -> String {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StoreError.invalid(
                "a \(outcome == .noShow ? "no-show" : "withdrawal") needs a reason (--reason)")
        }
        return reason
    }

    static func outcomeTrail(
        was: InvitationOutcomeRecord?, now outcome: InvitationOutcome, reason: String,
        _ audit: some AuditDigests
    ) -> (before: [String: String]?, after: [String: String]) {
        (
            was.map { ["outcome": $0.outcome.rawValue] },
            ["outcome": outcome.rawValue, "reason": audit.digest(reason: reason)]
        )
    }

    static func notInvited(_ id: ApplicationID) -> StoreError {
        .invalid("\(id) is not invited to interview")
    }

    static func noOutcome(_ id: ApplicationID) -> StoreError {
        .invalid("\(id) has no no-show or withdrawal recorded")
    }

    static func attendedTrail(was: InvitationOutcomeRecord)
        -> (before: [String: String], after: [String: String])
    {
        (["outcome": was.outcome.rawValue], ["outcome": "attended"])
    }

    static let noChecks = StoreError.invalid("give ITEM=yes|no")

    static func checklistNotInvited(_ id: ApplicationID) -> StoreError {
        .invalid("\(id) is not invited: the checklist is kept for invited candidates")
    }

    /// How the trail says a checklist item is met or not.
    static func word(_ met: Bool) -> String { met ? "yes" : "no" }
}
