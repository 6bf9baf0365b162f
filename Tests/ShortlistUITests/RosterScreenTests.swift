import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The roster screen (`P`): entries with role, login, declarations and conflicts; the
/// secretary and the chair change the roster from it through the store's own functions (those
/// of `shortlist panel …`), under the roster rules, with the same words and audit entries.
@Suite struct RosterScreenTests {
    /// A panel with a Cyrillic reviewer beside the demo's Greek and Polish members, the round
    /// open (declarations made) and one conflict recorded.
    private func panel(_ name: String = "secretary", width: Int = 80, height: Int = 24) throws
        -> UIHarness
    {
        try UIHarness(width: width, height: height, actor: name) { store in
            let secretary = try store.acting(as: "secretary")
            try store.addPanelMember(
                PanelMember(name: "ipetrov", displayName: "Иван Петров", role: .reviewer),
                by: secretary)
            try store.declareConflict(
                member: "member2", applicationID: ApplicationID("APP-0000001"),
                reason: "Κοινή δημοσίευση 2023", by: secretary)
        }
    }

    /// Selects the entry with this name on the open roster screen, as the keys would.
    private func select(_ name: String, in ui: UIHarness) throws {
        ui.press(.character("g"))
        let count = ui.app.state.roster?.view.entries.count ?? 0
        for _ in 0..<count where ui.app.state.roster?.selectedEntry?.member.name != name {
            ui.press(.character("j"))
        }
        try #require(ui.app.state.roster?.selectedEntry?.member.name == name)
    }

    private func auditActions(_ ui: UIHarness) throws -> [String] {
        try ui.store.auditLog(by: ui.store.acting(as: "chair")).map(\.action)
    }

    @Test func golden() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let ui = try panel(width: width, height: height)
            ui.press(.character("P"))
            #expect(ui.app.state.roster != nil)
            ui.press(.character("j"), .character("j"))
            Golden.check(ui.screen, "roster-\(width)x\(height)")
        }
    }

    @Test func everyEntryWithRoleLoginDeclarationsAndConflicts() throws {
        let ui = try panel(width: 120, height: 40)
        ui.press(.character("P"))
        for member in try ui.store.panelMembers() {
            #expect(ui.screen.contains(member.displayName))
        }
        #expect(ui.screen.contains("Иван Петров"))
        // member2's row: both declarations made, one conflict.
        let row = try #require(ui.lines.first { $0.contains("Μαρία Κωνσταντίνου") })
        #expect(row.contains("member"))
        #expect(row.contains("both"))
        #expect(row.split(separator: " ").last == "1", "one conflict")
        ui.press(.character("j"), .character("j"))
        #expect(ui.app.state.roster?.selectedEntry?.member.name == "member2")
        #expect(ui.screen.contains("APP-0000001"))
        #expect(ui.screen.contains("Κοινή δημοσίευση 2023"))
        #expect(ui.screen.contains("recorded by secretary"))
    }

    @Test func theSecretaryAddsAnEntryAsPanelAddDoes() throws {
        let ui = try panel()
        ui.press(.character("P"), .character("a"))
        #expect(ui.app.state.form?.purpose == .rosterAdd)
        ui.type("wkowalska")
        ui.press(.tab, .character("l"), .tab)  // the role after member
        ui.type("Wiktoria Kowalska")
        ui.press(.tab)
        ui.type("wkowalska")
        let chosen = ui.app.state.form?.value("role")
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        let added = try #require(try ui.store.panelMember(named: "wkowalska"))
        #expect(added.displayName == "Wiktoria Kowalska")
        #expect(added.role.rawValue == chosen)
        #expect(added.login == "wkowalska")
        #expect(ui.app.state.message?.text == RosterWording.added(added))
        #expect(try auditActions(ui).contains("panel.add"))
        #expect(ui.app.state.roster?.selectedEntry?.member.name == "wkowalska")
        #expect(ui.screen.contains("Wiktoria Kowalska"))
    }

    @Test func theRosterRulesRefuseInTheFormWithTheStoresWords() throws {
        let ui = try panel()
        ui.press(.character("P"), .character("a"))
        ui.type("chair2")
        ui.press(.tab, .character("h"))  // member → chair
        #expect(ui.app.state.form?.value("role") == "chair")
        ui.press(.enter)
        let problem = try #require(ui.app.state.form?.problem)
        #expect(problem.contains("only the chair adds, removes or changes a chair entry"))
        #expect(try ui.store.panelMember(named: "chair2") == nil)
        // The store, asked directly, gives the same words.
        do {
            try ui.store.addPanelMember(
                PanelMember(name: "chair2", displayName: "chair2", role: .chair),
                by: ui.store.actor(named: "secretary", login: "secretary"))
            Issue.record("the store let the secretary add a chair")
        } catch {
            #expect(problem == "\(error)")
        }
    }

    @Test func aMemberReadsTheRosterAndIsRefusedChanges() throws {
        let ui = try panel("member1")
        ui.press(.character("P"))
        #expect(ui.app.state.roster != nil)
        #expect(!ui.screen.contains(" add "))
        for key in ["a", "d", "b"] {
            ui.press(.character(Character(key)))
            #expect(ui.app.state.form == nil)
            #expect(ui.app.state.dialog == nil)
            #expect(
                ui.app.state.message?.text
                    == "member1 is a member and cannot change the panel roster or change the "
                    + "roster's chair entries (and its member entries once the grid is adopted): "
                    + "only the chair or the secretary can")
        }
        ui.press(.character("c"))
        #expect(ui.app.state.form == nil)
        #expect(
            ui.app.state.message?.text == ui.app.context.refusal(of: .recordConflictForOthers))
    }

    @Test func removingAsksFirstAndIsAudited() throws {
        let ui = try panel()
        ui.press(.character("P"))
        try select("ipetrov", in: ui)
        ui.press(.character("d"))
        #expect(ui.app.state.dialog?.purpose == .removeRosterEntry("ipetrov"))
        // Cancel is the default: Enter alone removes nobody.
        ui.press(.enter)
        #expect(try ui.store.panelMember(named: "ipetrov") != nil)
        ui.press(.character("d"), .character("k"), .enter)
        #expect(try ui.store.panelMember(named: "ipetrov") == nil)
        #expect(ui.app.state.message?.text == RosterWording.removed("ipetrov"))
        #expect(try auditActions(ui).contains("panel.remove"))
        #expect(!ui.screen.contains("Иван Петров"))
    }

    @Test func bindingALoginAndTheOwnLoginRule() throws {
        let ui = try panel()
        ui.press(.character("P"))
        try select("ipetrov", in: ui)
        ui.press(.character("b"))
        #expect(ui.app.state.form?.purpose == .rosterBind("ipetrov"))
        ui.type("ivan.petrov")
        ui.press(.enter)
        #expect(try ui.store.panelMember(named: "ipetrov")?.login == "ivan.petrov")
        #expect(ui.app.state.message?.text == RosterWording.changed("ipetrov"))
        #expect(try auditActions(ui).contains("panel.change"))
        // Nobody binds another's entry to their own login (the secretary acts as "secretary").
        ui.press(.character("b"))
        ui.press(.ctrl("u"))
        ui.type("secretary")
        ui.press(.enter)
        let problem = try #require(ui.app.state.form?.problem)
        #expect(problem.contains("is your own login"))
        #expect(try ui.store.panelMember(named: "ipetrov")?.login == "ivan.petrov")
        // Empty unbinds.
        ui.press(.ctrl("u"), .enter)
        #expect(try ui.store.panelMember(named: "ipetrov")?.login == nil)
    }

    @Test func recordingAConflictForAnotherMember() throws {
        let ui = try panel()
        ui.press(.character("P"), .character("j"))
        let name = try #require(ui.app.state.roster?.selectedEntry?.member.name)
        ui.press(.character("c"))
        #expect(ui.app.state.form?.purpose == .recordConflict(name))
        ui.type("APP-0000002")
        ui.press(.tab)
        ui.type("Były współpracownik w JRC")
        ui.press(.enter)
        let conflicts = try ui.store.conflicts(of: name)
        #expect(conflicts.contains { $0.applicationID == ApplicationID("APP-0000002") })
        #expect(
            ui.app.state.message?.text == RosterWording.conflictRecorded(name, "APP-0000002"))
        #expect(try auditActions(ui).contains("conflict.declare"))
        #expect(ui.screen.contains("Były współpracownik w JRC"))
    }

    /// Add, remove and bind require any of `manage-roster` (the secretary) and
    /// `manage-scoring-entries` (the chair): both act, the help greys them for the others.
    @Test(arguments: [
        ("secretary", true), ("chair", true), ("member1", false), ("ipetrov", false),
    ])
    func theRosterChangesAreTheSecretarysAndTheChairs(name: String, keeps: Bool) throws {
        let ui = try panel(name, width: 120, height: 40)
        let help = HelpScreen.lines(
            keymap: ui.app.keymap, theme: ui.app.theme, width: 92, context: ui.app.context)
        for title in ["Add entry", "Remove entry", "Bind login"] {
            let at = try #require(help.firstIndex { $0.count == 3 && $0[1].text.hasPrefix(title) })
            #expect((help[at][1].style == ui.app.theme[.missingValue]) == !keeps, "\(title)")
            let rest = help[(at + 1)...].prefix {
                $0.count == 3 && $0[1].text.trimmingCharacters(in: .whitespaces).isEmpty
            }
            let said = ([help[at]] + rest).map { $0[2].text }.joined(separator: " ")
            #expect(said.contains("Only the chair or the secretary can") == !keeps, "\(title)")
        }
        ui.press(.character("P"))
        try select("ipetrov", in: ui)
        let refusal = ui.app.context.refusal(ofAnyOf: [.manageRoster, .manageScoringEntries])
        ui.press(.character("a"))
        #expect((ui.app.state.form?.purpose == .rosterAdd) == keeps)
        #expect((ui.app.state.message?.text == refusal) == !keeps)
        // Esc cancels the form; refused, nothing opened and the roster stays.
        if keeps { ui.press(.escape) }
        ui.press(.character("b"))
        #expect((ui.app.state.form?.purpose == .rosterBind("ipetrov")) == keeps)
        #expect((ui.app.state.message?.text == refusal) == !keeps)
        if keeps { ui.press(.escape) }
        ui.press(.character("d"))
        #expect((ui.app.state.dialog?.purpose == .removeRosterEntry("ipetrov")) == keeps)
        #expect((ui.app.state.message?.text == refusal) == !keeps)
        #expect(ui.app.state.roster != nil)
    }

    /// The chair adds a chair entry from the screen; the roster rules, not the matrix's
    /// `manage-roster`, let them.
    @Test func theChairAddsAChairEntry() throws {
        let ui = try panel("chair")
        ui.press(.character("P"))
        ui.press(.character("a"))
        ui.type("mnowak")
        ui.press(.tab)
        // The role field: from member up to chair.
        let steps = Role.allCases.firstIndex(of: .member)! - Role.allCases.firstIndex(of: .chair)!
        for _ in 0..<steps { ui.press(.character("h")) }
        ui.press(.tab)
        ui.type("Małgorzata Nowak")
        ui.press(.enter)
        let added = try #require(try ui.store.panelMembers().first { $0.name == "mnowak" })
        #expect(added.role == .chair)
        #expect(added.displayName == "Małgorzata Nowak")
        #expect(try auditActions(ui).contains("panel.add"))
    }

    @Test func theRosterCommandsByNameAndTheirPlaces() throws {
        let ui = try panel()
        ui.type(":roster")
        ui.press(.enter)
        #expect(ui.app.state.roster != nil)
        ui.press(.escape)
        #expect(ui.app.state.roster == nil)
        // Outside the roster a change to the selected entry says where it works.
        ui.type(":roster-remove")
        ui.press(.enter)
        #expect(ui.app.state.message?.text.contains("works in the roster") == true)
        #expect(ui.app.state.dialog == nil)
        // Adding works anywhere.
        ui.type(":roster-add")
        ui.press(.enter)
        #expect(ui.app.state.form?.purpose == .rosterAdd)
    }

    @Test func theProfileMovedToCAndMessagesToL() throws {
        let ui = try panel("chair")
        ui.press(.character("C"))
        #expect(ui.app.state.profile != nil)
        ui.press(.character("C"))
        #expect(ui.app.state.profile == nil)
        ui.press(.character("L"))
        #expect(ui.app.state.message?.text == "no error was said in this session")
        ui.type(":roster-remove")
        ui.press(.enter)
        #expect(ui.app.state.message?.isError == true)
        ui.press(.character("L"))
        #expect(ui.app.state.dialog?.purpose == .messages)
        ui.press(.escape)
        ui.type(":profile")
        ui.press(.enter)
        #expect(ui.app.state.profile != nil)
    }
}
