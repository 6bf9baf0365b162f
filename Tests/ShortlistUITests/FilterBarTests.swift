import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The filter bar (`f`) and saved filters, through the real keymap and dispatcher.
@Suite struct FilterBarTests {
    /// Every row the list holds, in its order.
    func listed(_ ui: UIHarness) throws -> [ApplicationID] {
        try ui.app.window.rows(0..<ui.app.window.total).map(\.applicationID)
    }

    func expected(_ ui: UIHarness, _ filter: String) throws -> [ApplicationID] {
        let compiled = try ui.store.compile(filter, for: ui.store.acting(as: "chair"))
        var ids: [ApplicationID] = []
        try ui.store.forEachCandidate(filter: compiled, sort: [SortKey(.id)]) {
            ids.append($0.applicationID)
        }
        return ids
    }

    @Test func enterAppliesTheFilterAndTheStatusLineSaysShownOfTotal() throws {
        let ui = try UIHarness()
        ui.press(.character("f"))
        #expect(ui.lines.last == "filter:")
        ui.type("eligible and exp >= 5")
        ui.press(.enter)
        #expect(ui.app.state.commandLine == nil)
        let ids = try listed(ui)
        #expect(ids == (try expected(ui, "eligible and exp >= 5")))
        #expect(ids.count > 0 && ids.count < 12)
        #expect(ui.lines.last!.contains("\(ids.count) of 12 · filter eligible and exp >= 5"))
        ui.press(.character("j"))
        #expect(ui.lines.last!.hasPrefix(" 2/\(ids.count) of 12  ui.db  filter eligible"))
        Golden.check(ui.screen, "filter-applied-80x24")
    }

    @Test func aSyntaxErrorShowsACaretAndKeepsTheList() throws {
        let ui = try UIHarness()
        ui.press(.character("f"))
        ui.type("nat = PL")
        ui.press(.enter)
        let before = try listed(ui)
        #expect(before.count == 1)

        ui.press(.character("f"), .ctrl("u"))
        ui.type("eligible and lang:fr >= C3")
        ui.press(.enter)
        let line = try #require(ui.app.state.commandLine)
        #expect(line.error?.position == 24)
        // The caret stands under "C3", after the prompt "filter: ".
        let caretRow = ui.lines[ui.lines.count - 3]
        #expect(
            caretRow.firstIndex(of: "^").map {
                caretRow.distance(from: caretRow.startIndex, to: $0)
            } == 8 + 24)
        #expect(ui.lines[ui.lines.count - 2].contains("'C3' is not a CEFR level"))
        #expect(try listed(ui) == before, "the list is not cleared")
        #expect(ui.app.state.activeFilter == "nat = PL")
        Golden.check(ui.screen, "filter-error-80x24")

        // Editing takes the error away; Escape leaves the filter in force.
        ui.press(.backspace)
        #expect(ui.app.state.commandLine?.error == nil)
        ui.press(.escape)
        #expect(try listed(ui) == before)
    }

    @Test func upAndDownRecallEarlierFilters() throws {
        let ui = try UIHarness()
        for filter in ["nat = PL", "fg = IV", "exp >= 10"] {
            ui.press(.character("f"), .ctrl("u"))
            ui.type(filter)
            ui.press(.enter)
        }
        ui.press(.character("f"), .ctrl("u"))
        ui.press(.up)
        #expect(ui.app.state.commandLine?.string == "exp >= 10")
        ui.press(.up)
        #expect(ui.app.state.commandLine?.string == "fg = IV")
        ui.press(.up, .down)
        #expect(ui.app.state.commandLine?.string == "fg = IV")
        ui.press(.enter)
        #expect(ui.app.state.activeFilter == "fg = IV")
        #expect(try listed(ui) == (try expected(ui, "fg = IV")))
    }

    @Test func clearingTheFilterShowsEveryoneAndKeepsTheSelection() throws {
        let ui = try UIHarness()
        ui.press(.character("f"))
        ui.type("fg = IV")
        ui.press(.enter, .character("j"))
        let chosen = try #require(ui.app.selectedID)
        ui.press(.character("F"))
        #expect(ui.app.window.total == 12)
        #expect(ui.app.state.activeFilter == nil)
        #expect(ui.app.selectedID == chosen)
        #expect(ui.lines.last!.contains("filter cleared: 12 candidates"))
        ui.press(.character("j"), .character("k"))
        #expect(!ui.lines.last!.contains("filter"))
    }

    @Test func aFilterThatMatchesNobodySaysSo() throws {
        let ui = try UIHarness()
        ui.press(.character("f"))
        ui.type("exp > 100")
        ui.press(.enter)
        #expect(ui.app.window.total == 0)
        #expect(ui.screen.contains("No candidate matches the filter."))
    }

    @Test func theFilterWorksWithinTheInvitedScope() throws {
        let ui = try UIHarness { store in
            let chair = try store.acting(as: "chair")
            let eligible = try FixtureCandidates.all.map(\.applicationID).filter {
                try store.eligibility(of: $0)?.result == .eligible
            }
            try store.invite(Array(eligible.prefix(3)), by: chair)
        }
        ui.press(.character("v"))
        #expect(ui.app.window.total == 3)
        ui.press(.character("f"))
        ui.type("not invited")
        ui.press(.enter)
        #expect(ui.app.window.total == 0)
        ui.press(.character("v"))
        #expect(ui.app.window.total == 9, "everyone not invited")
        #expect(try listed(ui) == (try expected(ui, "not invited")))
    }

    @Test func savedFiltersAreSharedAuditedAndApplied() throws {
        let ui = try UIHarness()
        ui.press(.character("f"))
        ui.type("nat in (PL, EL)")
        ui.press(.enter)
        ui.type(":filter save greek-polish")
        ui.press(.enter)
        #expect(ui.app.state.message?.text == "saved filter greek-polish: nat in (PL, EL)")
        let saved = try ui.store.savedFilters()
        #expect(saved.map(\.name) == ["greek-polish"])
        #expect(saved.first?.savedBy == "chair")
        let audit = try ui.store.auditLog(by: ui.store.acting(as: "chair"))
        #expect(audit.contains { $0.action == "filter.save" && $0.actor == "chair" })
        // The trail names the filter, not what it searched for.
        #expect(!audit.contains { "\($0)".contains("nat in") })

        ui.press(.character("F"))
        #expect(ui.app.window.total == 12)
        ui.type(":filter greek-polish")
        ui.press(.enter)
        #expect(ui.app.state.activeFilter == "nat in (PL, EL)")
        #expect(try listed(ui) == (try expected(ui, "nat in (PL, EL)")))

        // Another member opening the database sees it too.
        ui.press(.character("F"))
        ui.type(":filter list")
        ui.press(.enter)
        let dialog = try #require(ui.app.state.dialog)
        #expect(dialog.items.map(\.name) == ["greek-polish"])
        ui.press(.enter)
        #expect(ui.app.state.activeFilter == "nat in (PL, EL)")

        ui.type(":filter delete greek-polish")
        ui.press(.enter)
        #expect(try ui.store.savedFilters().isEmpty)
        ui.type(":filter nothing-here")
        ui.press(.enter)
        #expect(ui.app.state.message?.isError == true)
    }

    @Test func savingWithoutAFilterOrANameIsRefused() throws {
        let ui = try UIHarness()
        ui.type(":filter save x")
        ui.press(.enter)
        #expect(ui.app.state.message?.text.contains("no filter to save") == true)
        ui.press(.character("f"))
        ui.type("eligible")
        ui.press(.enter)
        ui.type(":filter save bad/name")
        ui.press(.enter)
        #expect(ui.app.state.message?.text.contains("a filter name is") == true)
    }

    @Test func sortingByAnyColumnsKeepsTheSelectionAndWorksWithFilterAndSearch() throws {
        let ui = try UIHarness()
        ui.press(.character("j"), .character("j"), .character("j"))  // Müller, 12.5 years
        ui.type(":sort -exp,name")
        ui.press(.enter)
        #expect(ui.app.window.sortKeys == [SortKey(.experience, descending: true), SortKey(.name)])
        #expect(ui.app.selectedID == ApplicationID("APP-0000004"))
        #expect(ui.app.state.selected == 0, "the most experienced first")
        #expect(ui.lines.last!.contains("sorted by -exp,name"))
        var expected: [ApplicationID] = []
        try ui.store.forEachCandidate(filter: nil, sort: ui.app.window.sortKeys!) {
            expected.append($0.applicationID)
        }
        #expect(try listed(ui) == expected)

        ui.press(.character("f"))
        ui.type("fg = IV")
        ui.press(.enter, .character("/"))
        ui.type("szoke")
        ui.app.settle()
        #expect(ui.app.selectedID == ApplicationID("APP-0000007"))
        let position = try #require(try listed(ui).firstIndex(of: ApplicationID("APP-0000007")))
        #expect(ui.app.state.selected == position)
        ui.press(.enter)
        #expect(ui.lines.last!.contains("APP-0000007"))
        ui.press(.character("j"))
        #expect(ui.lines.last!.contains("/szoke  filter fg = IV  sorted by -exp,name"))
        Golden.check(ui.screen, "sorted-filtered-searched-80x24")

        ui.type(":sort colour")
        ui.press(.enter)
        #expect(ui.app.state.message?.text.contains("cannot sort by 'colour'") == true)
        ui.press(.character("s"))
        #expect(ui.app.window.sortKeys == nil && ui.app.window.order == .applicationID)
    }

    @Test func anEvidenceFilterShowsTheMatchedPhrases() throws {
        let ui = try UIHarness(width: 120, height: 30)
        #expect(!ui.lines[1].contains("Evidence"))
        ui.press(.character("f"))
        ui.type("evidence:B2 >= 1")
        ui.press(.enter)
        let ids = try listed(ui)
        #expect(ids == (try expected(ui, "evidence:B2 >= 1")))
        #expect(ids.contains(ApplicationID("APP-0000001")))
        #expect(ui.lines[1].contains("Evidence"))
        let row = try #require(ui.lines.first { $0.contains("Παπαδόπουλος") })
        #expect(row.contains("B2: "), "\(row)")
        Golden.check(ui.screen, "filter-evidence-120x30")
    }

    /// A filter that keeps more rows than the first read holds draws its first page at once,
    /// with "counting…" in the status line, and the figure when the count comes.
    @Test func aLargeFilterIsDrawnFirstAndCountedAfter() throws {
        let ui = try UIHarness(
            candidates: (1...200).map {
                FixtureCandidates.make($0, "Surname\($0)", "Given", nationality: "PT")
            })
        ui.app.window.countedAtOnce = 2
        let ids = try expected(ui, "exp >= 0")
        #expect(ids.count > 100)
        ui.press(.character("f"))
        ui.type("exp >= 0")
        ui.app.handle(.key(.enter))
        #expect(ui.app.state.message == StatusMessage("counting… · filter exp >= 0"))
        ui.app.render()
        #expect(ui.app.window.isCounting)
        #expect(ui.lines.last!.hasPrefix(" 1/counting… of 200  counting… · filter exp >= 0"))
        ui.app.settle()
        #expect(!ui.app.window.isCounting)
        #expect(
            ui.lines.last!.hasPrefix(
                " 1/\(ids.count) of 200  \(ids.count) of 200 · filter exp >= 0"))
        #expect(try listed(ui) == ids)

        // Applied again: the count kept from before, nothing to count.
        ui.press(.character("F"))
        ui.press(.character("f"), .ctrl("u"))
        ui.type("exp >= 0")
        ui.app.handle(.key(.enter))
        #expect(!ui.app.window.isCounting)
        #expect(ui.app.loading.pendingCount == nil)
    }

    /// End while a filter is still being counted counts first, then goes to the last row.
    @Test func endWhileCountingGoesToTheRealLastRow() throws {
        let ui = try UIHarness(
            candidates: (1...200).map {
                FixtureCandidates.make($0, "Surname\($0)", "Given", nationality: "PT")
            })
        ui.app.window.countedAtOnce = 2
        let ids = try expected(ui, "exp >= 0")
        ui.press(.character("f"))
        ui.type("exp >= 0")
        ui.app.handle(.key(.enter))
        #expect(ui.app.window.isCounting)
        ui.app.handle(.key(.character("G")))
        #expect(!ui.app.window.isCounting)
        #expect(ui.app.state.selected == ids.count - 1)
        #expect(ui.app.selectedID == ids.last)
    }
}
