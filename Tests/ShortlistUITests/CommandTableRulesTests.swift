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
            guard !ui.app.context.allows(anyOf: command.requires) else { continue }
            ui.type(":\(command.name)")
            ui.press(.enter)
            #expect(ui.app.state.message?.text == ui.app.context.refusal(ofAnyOf: command.requires))
            #expect(ui.app.state.overlays.isEmpty, "\(command.name) opened nothing")
            refused += 1
        }
        #expect(refused >= 5)
    }

    /// "Any of": one of the actions is enough, none is refused with each named and everyone
    /// who may do one of them; nothing required is anyone's.
    @Test func requiresAnyOfItsActions() throws {
        let chair = AppContext(
            databaseName: "t", callReference: "t",
            actor: Actor(
                name: "chair",
                member: PanelMember(name: "chair", displayName: "Ελένη", role: .chair)))
        let member = AppContext(
            databaseName: "t", callReference: "t",
            actor: Actor(
                name: "member1",
                member: PanelMember(name: "member1", displayName: "Ольга", role: .member)))
        let roster: Set<PanelAction> = [.manageRoster, .manageScoringEntries]
        #expect(chair.allows(anyOf: roster))
        #expect(!chair.allows(.manageRoster))
        #expect(!member.allows(anyOf: roster))
        #expect(member.allows(anyOf: []))
        #expect(roster.whoMay == "the chair or the secretary")
        #expect(member.refusal(ofAnyOf: [.score]) == member.refusal(of: .score))
        #expect(
            member.refusal(ofAnyOf: roster)
                == "member1 is a member and cannot change the panel roster or change the roster's "
                + "chair entries (and its member entries once the grid is adopted): only the chair "
                + "or the secretary can")
        for id in [CommandID.rosterAdd, .rosterRemove, .rosterBind] {
            #expect(Command.named(id).requires == roster)
        }
    }
}
