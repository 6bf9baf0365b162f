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
            let expected = try #require(command.worksOnlyMessage(scorecardKey: "c"))
            #expect(ui.app.state.message?.text == expected)
            #expect(ui.app.state.message?.isError == true)
        }
        #expect(
            Command.named(.accept).worksOnlyMessage(scorecardKey: "c")
                == "accept works on the command line, in dialogs and in forms")
        #expect(
            Command.named(.submit).worksOnlyMessage(scorecardKey: "c")
                == "submit works in a scorecard (open one with c)")
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
