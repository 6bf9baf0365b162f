import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit
import Testing

@testable import ShortlistUI

/// The command table decides, before any handler runs, who may run a command and where it
/// works: the refusals and the "works only in …" messages come from it.
@Suite struct CommandTableRulesTests {
    @Test func aCommandOutsideItsContextsSaysWhereItWorks() throws {
        let ui = try UIHarness()
        for command in Command.all where command.contexts != nil {
            ui.type(":\(command.name)")
            ui.press(.enter)
            let expected = try #require(command.worksOnlyMessage(openKeys: ui.app.openKeys))
            #expect(ui.app.state.message?.text == expected)
            #expect(ui.app.state.message?.isError == true)
        }
        #expect(
            Command.named(.accept).worksOnlyMessage()
                == "accept works on the command line, in dialogs and in forms")
        #expect(
            Command.named(.submit).worksOnlyMessage(openKeys: [.scorecard: "c"])
                == "submit works in a scorecard (open one with c)")
        #expect(
            Command.named(.export).worksOnlyMessage(openKeys: ui.app.openKeys)
                == "export works in the ranking (open it with R)")
        #expect(
            Command.named(.adopt).worksOnlyMessage()
                == "adopt works in the call profile (open it with :profile)")
    }

    /// Where a command works is read off its bindings: a command bound in the list, the
    /// detail or globally runs from the panes, as does one the table says runs anywhere by
    /// name; any other says where its bindings are.
    @Test func theContextsComeFromTheBindings() {
        for command in Command.all {
            let bound = KeyContext.allCases.filter {
                !(command.keys[$0] ?? []).isEmpty || !(command.mouse[$0] ?? []).isEmpty
            }
            let fromPanes = bound.contains { $0 == .global || $0 == .list || $0 == .detail }
            if fromPanes || bound.isEmpty || command.runsAnywhereByName {
                #expect(command.contexts == nil, "\(command.name)")
            } else {
                #expect(command.contexts == Set(bound), "\(command.name)")
            }
        }
        #expect(Command.named(.finalise).contexts == nil)
        #expect(Command.named(.complete).contexts == [.commandLine])
        #expect(Command.named(.deleteWord).contexts == [.line])
        #expect(Command.named(.markMet).contexts == [.form])
        #expect(Command.named(.reopenCard).contexts == [.scorecard])
        #expect(Command.named(.export).contexts == [.ranking])
        #expect(Command.named(.help).contexts == nil)
        #expect(Command.named(.click).contexts == nil)
        // A binding added to the table moves the command's contexts with it.
        var submit = Command.named(.submit)
        submit.keys[.ranking] = [.character("S")]
        #expect(submit.contexts == [.scorecard, .ranking])
        #expect(
            submit.worksOnlyMessage(openKeys: [.scorecard: "c", .ranking: "R"])
                == "submit works in a scorecard (open one with c) and in the ranking (open it with R)"
        )
        submit.keys[.list] = [.character("S")]
        #expect(submit.contexts == nil)
    }

    @Test func aCommandTheRoleMayNotRunIsRefusedBeforeItsHandler() throws {
        let ui = try UIHarness(actor: "reviewer", prepare: InterviewFixture.prepare)
        var refused = 0
        for command in Command.all {
            guard let action = command.requires, !ui.app.context.allows(action) else { continue }
            ui.type(":\(command.name)")
            ui.press(.enter)
            #expect(ui.app.state.message?.text == ui.app.context.refusal(of: action))
            #expect(ui.app.state.overlays.isEmpty, "\(command.name) opened nothing")
            refused += 1
        }
        #expect(refused >= 5)
    }
}
