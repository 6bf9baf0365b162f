import ShortlistCore
import TerminalKit
import Testing

@testable import ShortlistUI

/// The `:` command line: editing, completion, history, running commands by name, messages.
@Suite struct CommandLineTests {
    let completion = CommandCompletion(themeNames: ThemeCatalog.builtInNames)

    @Test func editingKeys() {
        var line = CommandLineState()
        for c in "sotr" { _ = line.edit(.character(c)) }
        _ = line.edit(.left)
        _ = line.edit(.backspace)
        _ = line.edit(.character("r"))
        _ = line.edit(.end)
        _ = line.edit(.backspace)
        _ = line.edit(.character("t"))
        #expect(line.string == "sort")
        for c in " name" { _ = line.edit(.character(c)) }
        _ = line.edit(.ctrl("w"))
        #expect(line.string == "sort ")
        _ = line.edit(.home)
        _ = line.edit(.delete)
        #expect(line.string == "ort " && line.cursor == 0)
        _ = line.edit(.ctrl("k"))
        #expect(line.string.isEmpty)
        let result1 = line.edit(.function(5))
        #expect(result1 == false, "not an editing key")
    }

    @Test func tabCompletesACommandNameAndASpaceWhenItTakesAnArgument() {
        var line = CommandLineState(text: "the")
        let result2 = line.complete(using: completion)
        #expect(result2)
        #expect(line.string == "theme ")
        var quit = CommandLineState(text: "qu")
        let result3 = quit.complete(using: completion)
        #expect(result3)
        #expect(quit.string == "quit")
        var none = CommandLineState(text: "zz")
        let result4 = none.complete(using: completion)
        #expect(!result4)
    }

    @Test func severalMatchesCompleteToWhatTheyShareThenCycle() {
        var line = CommandLineState(text: "hi")
        let result5 = line.complete(using: completion)
        #expect(result5)
        #expect(line.string == "history-")
        #expect(line.completions == ["history-previous", "history-next"])
        #expect(line.completionIndex == nil)
        _ = line.complete(using: completion)
        #expect(line.string == "history-previous" && line.completionIndex == 0)
        _ = line.complete(using: completion)
        #expect(line.string == "history-next")
        _ = line.complete(using: completion)
        #expect(line.string == "history-previous", "wraps round")
        _ = line.complete(using: completion, backwards: true)
        #expect(line.string == "history-next")
        _ = line.edit(.character("!"))
        #expect(line.completions.isEmpty, "typing ends the cycle")
    }

    @Test func argumentsCompleteFromTheCommandsValues() {
        var theme = CommandLineState(text: "theme h")
        let result6 = theme.complete(using: completion)
        #expect(result6)
        #expect(theme.string == "theme high-contrast")
        var all = CommandLineState(text: "theme ")
        _ = all.complete(using: completion)
        #expect(all.completions == ThemeCatalog.builtInNames)
        var sort = CommandLineState(text: "sort su")
        _ = sort.complete(using: completion)
        #expect(sort.string == "sort submitted")
        var alias = CommandLineState(text: "q ")
        let result7 = alias.complete(using: completion)
        #expect(!result7, "quit takes no argument")
    }

    @Test func historyRecallsEarlierLinesAndGivesBackTheDraft() {
        var line = CommandLineState(text: "so")
        let history = ["theme mono", "sort name"]
        _ = line.recall(earlier: true, from: history)
        #expect(line.string == "sort name")
        _ = line.recall(earlier: true, from: history)
        #expect(line.string == "theme mono")
        let result8 = line.recall(earlier: true, from: history)
        #expect(!result8, "the oldest")
        _ = line.recall(earlier: false, from: history)
        _ = line.recall(earlier: false, from: history)
        #expect(line.string == "so")
    }

    @Test func typingACommandRunsIt() throws {
        let ui = try UIHarness()
        ui.type(":sort name")
        #expect(ui.lines.last == ":sort name")
        #expect(ui.backend.cursor == Position(x: 10, y: 23), "the cursor is where typing lands")
        ui.press(.enter)
        #expect(ui.app.window.order == .name)
        #expect(ui.app.state.commandLine == nil)
        #expect(ui.lines.last?.hasSuffix("  sorted by name") == true, "\(ui.lines.last!)")
        #expect(ui.lines.last?.contains("ui.db") == false, "the message replaces the status")
        ui.press(.down)
        #expect(ui.app.state.message == nil, "a key clears the message")
        // Up recalls; q on the line is text, not quit.
        ui.press(.character(":"), .up)
        #expect(ui.lines.last == ":sort name")
        ui.press(.ctrl("u"))
        ui.type("q")
        #expect(ui.app.state.exitCode == nil)
        ui.press(.enter)
        #expect(ui.app.state.exitCode == 0, ":q quits")
    }

    @Test func mistakesGoToTheMessageLineAsErrors() throws {
        let ui = try UIHarness()
        ui.type(":frobnicate")
        ui.press(.enter)
        #expect(ui.app.state.message?.isError == true)
        #expect(ui.lines.last?.contains("unknown command “frobnicate”") == true)
        ui.type(":down 3")
        ui.press(.enter)
        #expect(ui.lines.last?.contains("down takes no argument") == true)
        ui.type(":sort size")
        ui.press(.enter)
        #expect(ui.lines.last?.contains("cannot sort by 'size'") == true)
        ui.type(":complete")
        ui.press(.enter)
        #expect(ui.lines.last?.contains("complete works on the command line") == true)
        ui.type(":theme neon")
        ui.press(.enter)
        #expect(ui.lines.last?.contains("no such theme") == true)
        #expect(ui.app.theme.name == "default")
    }

    @Test func escLeavesTheLineWithoutRunningIt() throws {
        let ui = try UIHarness()
        ui.type(":quit")
        ui.press(.escape)
        #expect(ui.app.state.commandLine == nil && ui.app.state.exitCode == nil)
        #expect(ui.app.state.history.isEmpty)
    }

    @Test func theCompletionListShowsAboveTheLine() throws {
        let ui = try UIHarness()
        ui.type(":theme ")
        ui.press(.tab)
        Golden.check(ui.screen, "command-line-completion-80x24")
        #expect(ui.lines[22].contains(" deuteranopia"))
        #expect(ui.lines.last == ":theme default")
        ui.press(.tab, .tab, .enter)
        #expect(ui.app.theme.name == "high-contrast")
    }

    @Test func everyCommandOfTheTableRunsByName() throws {
        for command in Command.all {
            let ui = try UIHarness(width: 120, height: 40)
            ui.type(":\(command.name)")
            ui.press(.enter)
            let state = ui.app.state
            switch command.id {
            case .moveDown: #expect(state.selected == 1)
            case .moveUp, .first: #expect(state.selected == 0)
            case .pageDown, .last: #expect(state.selected == 11)
            case .pageUp: #expect(state.top == 0)
            case .open, .switchPane: #expect(state.detailOpen)
            case .back: #expect(!state.detailOpen)
            case .sort: #expect(ui.app.window.order == .name)
            case .filter: #expect(state.commandLine?.purpose == .filter)
            case .search: #expect(state.commandLine?.purpose == .search)
            case .nextMatch, .previousMatch:
                #expect(state.message?.text.contains("no search yet") == true)
            case .clearFilter: #expect(state.message?.text.contains("no filter") == true)
            case .theme: #expect(state.dialog != nil)
            case .commandLine: #expect(state.commandLine != nil)
            case .accept, .complete, .completePrevious, .historyPrevious, .historyNext:
                #expect(state.message?.text.contains("works on the command line") == true)
            case .tabDetails, .nextEvidence, .previousEvidence:
                #expect(state.detailOpen && state.detailTab == .details)
            case .tabEligibility: #expect(state.detailOpen && state.detailTab == .eligibility)
            case .tabScreening: #expect(state.detailOpen && state.detailTab == .screening)
            case .tabAudit: #expect(state.detailOpen && state.detailTab == .audit)
            case .tabNotes: #expect(state.detailOpen && state.detailTab == .notes)
            case .addNote, .tag: #expect(state.form != nil, "the chair may \(command.name)")
            case .resolveNote: #expect(state.message?.text.contains("no note in conflict") == true)
            case .screen, .override: #expect(state.form != nil, "the chair may \(command.name)")
            case .declare: #expect(state.dialog?.purpose == .declare(then: nil))
            case .profile: #expect(state.profile != nil)
            case .adopt:
                #expect(state.message?.text == "adopt works in the call profile (open it with C)")
            case .withdrawOverride:
                #expect(state.message?.text.contains("no override to withdraw") == true)
            case .nextOption, .previousOption, .markMet, .markPartly, .markNotMet, .markUnknown:
                #expect(state.message?.text.contains("works in forms") == true)
            case .cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteBackward,
                .deleteForward, .deleteWord, .killToStart, .killToEnd:
                #expect(state.message?.text.contains("works while typing a line") == true)
            case .click, .scrollDown, .scrollUp:
                #expect(state.message?.text.contains("works with the mouse") == true)
            case .invite: #expect(state.message?.text.contains("APP-0000001") == true)
            case .withdrawInvitation:
                #expect(state.message?.text.contains("is not invited") == true)
            case .invitedOnly: #expect(ui.app.window.scope == .invited)
            case .scheduleSlot:
                #expect(state.message?.text.contains("give the time, the languages") == true)
            case .toggleMark: #expect(state.marked.count == 1 && state.selected == 1)
            case .clearMarks: #expect(state.message?.text.contains("no candidate marked") == true)
            case .scorecard: #expect(state.message?.text.contains("not invited") == true)
            case .ranking: #expect(state.ranking != nil)
            case .export:
                #expect(state.message?.text == "export works in the ranking (open it with R)")
            case .setMark, .markHigher, .markLower, .comment, .note, .submit, .reopenCard:
                #expect(state.message?.text.contains("works in a scorecard") == true)
            case .help: #expect(state.helpOpen)
            case .redraw: #expect(state.message == nil)
            case .messages:
                #expect(state.message?.text == "no error was said in this session")
            case .quit: #expect(state.exitCode == 0)
            case .finalise:
                #expect(state.message?.text.contains("nobody has been invited") == true)
            case .reopenRanking: #expect(state.form?.purpose == .reopenRanking)
            case .excuse: #expect(state.message?.text.contains("is not invited") == true)
            case .withdrawExcuse:
                #expect(state.message?.text.contains("nobody is excused from") == true)
            case .blind: #expect(state.message?.text == "Blind mode is on")
            case .auditTrail: #expect(state.audit != nil)
            case .verifyAudit:
                #expect(state.message?.text.hasPrefix("audit trail intact: ") == true)
            case .editNote, .deleteNote, .untag:
                #expect(state.message?.text == "APP-0000001 has no note")
            case .declareConflict:
                #expect(state.form?.purpose == .declareConflict(ApplicationID("APP-0000001")))
            case .roster: #expect(state.roster != nil)
            case .rosterAdd: #expect(state.form?.purpose == .rosterAdd)
            case .rosterRemove, .rosterBind, .recordConflict:
                #expect(state.message?.text.contains("works in the roster") == true)
            case .notesScreen: #expect(state.notesScreen != nil)
            case .exportNotes, .mergeNotes, .checkoutCopy:
                #expect(state.form?.purpose == .notesFile(command.id))
            case .importFile:
                #expect(state.message?.text == ui.app.context.refusal(of: .importApplications))
            case .replaceProfile:
                #expect(
                    state.message?.text == "replace-profile needs a file: :replace-profile FILE")
            }
        }
    }
}
