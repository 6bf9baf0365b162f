import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore

struct InviteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract:
            "Invite eligible candidates to interview, set their slots, or withdraw invitations (chair, secretary).",
        discussion: """
            Only eligible candidates (overrides included) can be invited; if any of the given \
            candidates cannot be, nobody is invited and every reason is printed. Only invited \
            candidates get scorecards, count in progress and are ranked. --withdraw is refused \
            for a candidate some member has already submitted a scorecard for. Without ids, \
            lists the invited candidates with their slots.

            With --at, --where and --language, one candidate is invited with an interview slot, \
            or an invited candidate's slot is changed. --at is ISO 8601 with its offset, with or \
            without seconds (2026-01-15T10:00+01:00). Another candidate in the same instant is \
            refused unless --force; a member with a declared conflict on a candidate of the slot \
            is named in a warning. The schedule: shortlist list --filter invited --sort slot.

            --no-show or --withdrawn with --reason records that an invited candidate did not \
            attend or withdrew (not to be confused with --withdraw, which takes an invitation \
            back): they stay on the invited list, with the reason in the report, but leave the \
            expected cards and the ranking and cannot be scored. --attended undoes it. All \
            three are refused once the ranking is final, until `rank reopen`.

            \(InviteTemplateCommand.help)
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Application ids.", valueName: "application-id"))
    var applicationIDs: [String] = []
    @Flag(help: "Withdraw the invitations instead.") var withdraw = false
    @Option(help: "The interview's time, ISO 8601 with offset: 2026-01-15T10:00+01:00.")
    var at: String?
    @Option(name: .customLong("where"), help: "The room's address or the video link.")
    var place: String?
    @Option(help: "The interview's languages, e.g. EN,FR.") var language: String?
    @Flag(help: "Accept a slot another candidate already has.") var force = false
    @Flag(help: "Record that the candidate did not attend (with --reason).") var noShow = false
    @Flag(help: "Record that the candidate withdrew (with --reason); not --withdraw.")
    var withdrawn = false
    @Flag(help: "Undo a recorded no-show or withdrawal.") var attended = false
    @Option(help: "Why the candidate did not attend or withdrew.") var reason: String?

    func run() throws {
        if applicationIDs.first == "template" {
            try InviteTemplateCommand.run(Array(applicationIDs.dropFirst()), global)
            return
        }
        let (store, actor) = try StoreAccess.open(global, readOnly: applicationIDs.isEmpty)
        let ids = applicationIDs.map { ApplicationID($0) }
        if ids.isEmpty {
            let slots = try store.interviewSlots()
            for id in try store.invitedCandidates() {
                Console.output(slots[id].map { "\(id)\t\($0.summary)" } ?? "\(id)")
            }
            return
        }
        if noShow || withdrawn || attended {
            try recordOutcome(ids, store, actor)
            return
        }
        if at != nil || place != nil || language != nil {
            try schedule(ids, store, actor)
            return
        }
        if withdraw {
            try store.withdrawInvitation(ids, by: actor)
        } else {
            try store.invite(ids, by: actor)
        }
        let count = try store.invitedCandidates().count
        Console.message(
            "\(ids.count) invitation\(ids.count == 1 ? "" : "s") \(withdraw ? "withdrawn" : "sent"); \(count) candidate\(count == 1 ? "" : "s") invited"
        )
    }

    private func recordOutcome(_ ids: [ApplicationID], _ store: any PanelDatabase, _ actor: Actor)
        throws
    {
        guard [noShow, withdrawn, attended].filter({ $0 }).count == 1, !withdraw, at == nil else {
            Console.error("give one of --no-show, --withdrawn and --attended, without a slot")
            throw ExitCode(2)
        }
        for id in ids {
            try {
                if attended {
                    try store.clearOutcome(id, by: actor)
                } else {
                    try store.recordOutcome(
                        id, noShow ? .noShow : .withdrawn, reason: reason ?? "", by: actor)
                }
            }()
            Console.message(
                attended
                    ? "\(id) is expected again: scored and ranked like every invited candidate"
                    : "\(id) \(noShow ? "did not attend" : "withdrew"): no longer scored or ranked")
        }
    }

    private func schedule(_ ids: [ApplicationID], _ store: any PanelDatabase, _ actor: Actor) throws
    {
        guard ids.count == 1, !withdraw else {
            Console.error("a slot is set for one candidate at a time, without --withdraw")
            throw ExitCode(2)
        }
        guard let at, let place, let language else {
            Console.error("a slot needs --at, --where and --language together")
            throw ExitCode(2)
        }
        let slot: InterviewSlot
        do {
            let trimmed = place.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw SlotError("--where: give a place or a link") }
            slot = InterviewSlot(
                time: try InterviewSlot.parseTime(at), place: trimmed,
                languages: try InterviewSlot.parseLanguages(language))
        } catch let error as SlotError {
            Console.error(error.description)
            throw ExitCode(2)
        }
        let warnings = try store.scheduleInterview(ids[0], slot, force: force, by: actor)
        for warning in warnings { Console.message("warning: " + warning) }
        Console.message("\(ids[0]) invited for \(slot.dateText) at \(slot.timeText)")
    }
}
