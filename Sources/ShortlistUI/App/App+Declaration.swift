import ShortlistCore
import ShortlistStore

/// The declarations at first use: before a chair or member who has not declared opens a
/// candidate's record, screens or opens a scorecard, a dialog shows the two declarations and
/// asks for them; declared, the command that asked goes on. The store decides who must
/// declare and records it (`ScreeningRecords.declare(by:)`, the same as `shortlist panel declare`).
extension App {
    /// The commands that open a candidate's record for the acting person.
    static let opensARecord: Set<CommandID> = [
        .open, .switchPane, .tabDetails, .tabEligibility, .tabScreening, .tabAudit, .tabNotes,
        .screen, .scorecard,
    ]

    /// Opens the declaration dialog instead of `command` when the acting person must declare
    /// first; true when it did. Screening and scoring before the grid is adopted are left to
    /// their own refusal, which says how to adopt it: declaring would not let them proceed.
    func asksToDeclareFirst(_ command: CommandID) -> Bool {
        guard Self.opensARecord.contains(command), window.total > 0, let panel,
            let actor = context.actor
        else { return false }
        if command == .screen || command == .scorecard,
            (read({ try panel.gridAdoption() }) ?? nil) == nil
        {
            return false
        }
        guard (read({ try panel.declarationRefusal(for: actor) }) ?? nil) != nil else {
            return false
        }
        askToDeclare(then: command)
        return true
    }

    /// The dialog: the declarations' words, Declare (Enter) or Cancel (Esc: nothing is
    /// declared and nothing opens).
    func askToDeclare(then command: CommandID?) {
        guard panel != nil, let actor = context.actor else {
            show("this list keeps no panel work: there is nothing to declare here", isError: true)
            return
        }
        let intro =
            command == nil
            ? "\(actor.name), your declarations for this selection:"
            : "\(actor.name), before your first look at a candidate's record, declare:"
        state.dialog = DialogState(
            title: "Declarations",
            purpose: .declare(then: command),
            items: [
                .init(name: "Declare", detail: "both, recorded in the audit trail"),
                .init(name: "Cancel", detail: "nothing is declared, nothing opens"),
            ], selected: 0,
            text: [intro] + DeclarationKind.allCases.map { "- " + $0.text })
    }

    /// After the confirmation: both declarations through the store, then the command that
    /// asked for them.
    func declareNow(then command: CommandID?) {
        guard let actor = context.actor else { return }
        write {
            try $0.declare(by: actor)
        } done: { [self] made in
            panelChanged()
            show(
                made.isEmpty
                    ? "\(actor.name) had already declared; nothing changed"
                    : "\(actor.name) declared: confidentiality, and no conflict of interest beyond those declared"
            )
            if let command { perform(command) }
        } failed: { [self] error in
            show(Self.oneLine(error), isError: true)
        }
    }
}
