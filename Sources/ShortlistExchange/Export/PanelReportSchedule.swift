import Foundation
import ShortlistCore
import ShortlistStore

/// The report's interview schedule (issue 19): every invited candidate in slot order, those
/// without a slot last, so that the report shows whom the panel saw when and where.
public struct InterviewScheduleEntry: Sendable {
    public var applicationID: ApplicationID
    public var name: String
    public var slot: InterviewSlot?
    /// The recruitment checklist: "complete" or the items missing.
    public var recruitment: String = ""
    /// A no-show or withdrawal, with its reason.
    public var outcome: InvitationOutcomeRecord?

    /// What the schedule's last column says: attended as planned, or what happened and why.
    public var outcomeText: String {
        outcome.map { "\($0.outcome.text): \($0.reason)" } ?? ""
    }

    /// The invited candidates, by slot instant, then without a slot, each by application id.
    static func load(_ store: any PanelDatabase) throws -> [InterviewScheduleEntry] {
        let slots = try store.interviewSlots()
        let outcomes = try store.invitationOutcomes()
        let missing = try store.recruitmentMissing()
        return try store.invitedCandidates().map { id in
            InterviewScheduleEntry(
                applicationID: id, name: try store.candidate(id)?.displayName ?? "",
                slot: slots[id],
                recruitment: missing[id].map {
                    $0.isEmpty
                        ? "complete" : "missing: " + $0.map(\.rawValue).joined(separator: ", ")
                } ?? "", outcome: outcomes[id])
        }.sorted { a, b in
            switch (a.slot, b.slot) {
            case (let x?, let y?) where x.time != y.time: x.time < y.time
            case (.some, .none): true
            case (.none, .some): false
            default: a.applicationID < b.applicationID
            }
        }
    }
}

extension PanelReportMarkdown {
    static func schedule(_ report: PanelReport) -> String {
        guard !report.schedule.isEmpty else { return "" }
        var out = "### Interview schedule (\(report.schedule.count) invited)\n\n"
        out += table(
            [
                "application", "name", "date", "time", "place or link", "languages", "outcome",
                "recruitment",
            ],
            report.schedule.map { entry in
                [
                    entry.applicationID.rawValue, entry.name, entry.slot?.dateText ?? "no slot",
                    entry.slot?.timeText ?? "", entry.slot?.place ?? "",
                    entry.slot?.languageList ?? "", entry.outcomeText, entry.recruitment,
                ]
            })
        return out
    }
}

extension PanelReportHTML {
    static func schedule(_ report: PanelReport) -> String {
        guard !report.schedule.isEmpty else { return "" }
        var out = "<h3>Interview schedule (\(report.schedule.count) invited)</h3>\n<table>\n"
        out +=
            "<tr><th>application</th><th>name</th><th>date</th><th>time</th><th>place or link</th><th>languages</th><th>outcome</th><th>recruitment</th></tr>\n"
        for entry in report.schedule {
            let cells = [
                entry.applicationID.rawValue, entry.name, entry.slot?.dateText ?? "no slot",
                entry.slot?.timeText ?? "", entry.slot?.place ?? "",
                entry.slot?.languageList ?? "", entry.outcomeText, entry.recruitment,
            ]
            out += "<tr>" + cells.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
        }
        return out + "</table>\n"
    }
}
