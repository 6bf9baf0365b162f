import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit
import Testing

@testable import ShortlistUI

/// The list's overrides, conflicts, invitations, tags and evidence column are brought into
/// state by the update step, read off the loop's thread as the Score column and the detail
/// are; a failed read is said and kept, never cached as "none".
@Suite struct ListMarksReadTests {
    /// An app over `SlowSearchSource`, whose candidate reads (the evidence column's CVs) take
    /// `delay` and record their thread.
    static func slowApp(_ ui: UIHarness, delay: TimeInterval)
        throws -> (App, SlowSearchSource, TestBackend)
    {
        let slow = SlowSearchSource(ui.store, delay: 0, detailDelay: delay)
        let backend = TestBackend(width: 120, height: 30)
        let app = try App(
            source: slow, panel: ui.store, terminal: Terminal(backend: backend),
            context: AppContext(
                databaseName: "ui.db", callReference: CallReference.builtIn,
                actor: try ui.store.acting(as: "chair"), profile: .builtIn))
        return (app, slow, backend)
    }

    @Test func theEvidenceColumnIsReadOffTheLoopAndShownWhenItComes() throws {
        let ui = try UIHarness(width: 120, height: 30)
        let (app, slow, backend) = try Self.slowApp(ui, delay: 0.2)
        app.render()
        for key in "f" { app.handle(.key(.character(key))) }
        for key in "evidence:B2 >= 1" { app.handle(.key(.character(key))) }
        let started = Date()
        app.handle(.key(.enter))
        app.render()
        // Several CVs at 200 ms each: the frame came after `readWait`, not after them all.
        #expect(Date().timeIntervalSince(started) < 0.35)
        #expect(app.loading.pendingMarks != nil)
        let loopThread = pthread_self()
        app.settle()
        #expect(app.loading.pendingMarks == nil)
        #expect(!slow.detailThreads.isEmpty)
        #expect(
            !slow.detailThreads.contains { pthread_equal($0, loopThread) != 0 },
            "read a CV for the evidence column on the loop's thread")
        let row = try #require(backend.lines.first { $0.contains("Παπαδόπουλος") })
        #expect(row.contains("B2: "), "\(row)")
        // Drawing the frame again reads nothing: the phrases are in state.
        let reads = slow.detailThreads.count
        app.render()
        #expect(slow.detailThreads.count == reads)
        #expect(app.state.shown.marks.evidence?.values.contains { $0.hasPrefix("B2: ") } == true)
    }

    /// The marks and the Screening tab's extras (who screens) are read off the loop's thread.
    @Test func thePanelsReadsForTheListAndTheScreeningTabAreOffTheLoop() throws {
        let ui = try UIHarness(width: 120, height: 30, prepare: PanelFixture.prepare)
        let panel = ThreadNotingPanel(ui.store)
        let backend = TestBackend(width: 120, height: 30)
        let app = try App(
            source: ui.store, panel: panel, terminal: Terminal(backend: backend),
            context: AppContext(
                databaseName: "ui.db", callReference: CallReference.builtIn,
                actor: try ui.store.acting(as: "chair"), profile: .builtIn))
        app.render()
        app.handle(.key(.character("3")))
        app.settle()
        #expect(app.state.shown.marks.overridden.contains(PanelFixture.ivanova))
        #expect(backend.text.contains("member1"), "the Screening tab names the screeners")
        let loop = pthread_self()
        for name in [
            "overriddenApplications", "invitedCandidates", "tagCounts", "conflicts",
            "panelMembers", "screening",
        ] {
            let threads = panel.threads(of: name)
            #expect(!threads.isEmpty, "\(name) was read")
            #expect(!threads.contains { pthread_equal($0, loop) != 0 }, "\(name) on the loop")
        }
    }

    @Test func theMarksAreInStateForTheFrame() throws {
        let ui = try UIHarness(width: 120, height: 30, prepare: PanelFixture.prepare)
        let marks = ui.app.state.shown.marks
        #expect(marks.overridden.contains(PanelFixture.ivanova))
        #expect(ui.app.loading.panelCache.overridden == marks.overridden)
        #expect(ui.app.loading.pendingMarks == nil)
    }

    @Test func aFailedReadIsSaidAndNotCachedAsNone() throws {
        let ui = try UIHarness(width: 120, height: 40)
        try ui.store.close()
        ui.app.panelChanged()
        ui.app.render()
        ui.app.settle()
        let said = try #require(ui.app.state.messages.last)
        #expect(said.isError)
        #expect(ui.app.loading.panelCache.overridden == nil, "no empty set cached")
        #expect(ui.app.loading.panelCache.invited == nil)
        #expect(ui.app.loading.panelCache.hasTags == nil)
        #expect(ui.app.loading.marksFailed)
        // Not asked again on every frame: drawing again leaves the runner idle.
        ui.app.render()
        #expect(ui.app.loading.pendingMarks == nil)
        // The next key asks again (and is told again, kept once).
        let kept = ui.app.state.messages.count
        ui.press(.character("j"))
        #expect(ui.app.state.messages.count == kept)
        #expect(ui.app.loading.panelCache.overridden == nil)
    }

    /// Every screen drawn from a hand-made state, with no database anywhere: the marks the
    /// update step would have read (an override, a conflict, an invitation, tags, evidence,
    /// a score) are values in it.
    @Test func aListWithEveryMarkDrawsFromAStateValue() {
        var state = AppState()
        let ids = ["APP-0000001", "APP-0000002", "APP-0000003"].map { ApplicationID($0) }
        let names = [("Παπαδόπουλος", "Γιώργος"), ("Иванова", "Мария"), ("Wiśniewska", "Zofia")]
        state.shown.rows = zip(ids, names).enumerated().map { index, pair in
            CandidateSummary(
                id: Int64(index + 1), applicationID: pair.0, surname: pair.1.0,
                givenNames: pair.1.1, nationalities: .value([CountryCode(rawValue: "EL")!]),
                functionGroup: .missing, educationLevel: .missing, languages: .missing,
                yearsExperience: .value(5))
        }
        state.shown.total = 3
        state.shown.order = "application id"
        var marks = ListScreen.Marks()
        marks.overridden = [ids[0]]
        marks.conflicted = [ids[1]]
        marks.invited = [ids[2]]
        marks.tags = [ids[0]: ["shortlist"], ids[1]: [], ids[2]: []]
        marks.evidence = [ids[0]: "B2: digital twin", ids[1]: "", ids[2]: ""]
        marks.scores = [
            ids[2]: ListScreen.ScoreCell(text: "71.50", isSealed: false, divergent: [])
        ]
        state.shown.marks = marks
        let scene = Scene(
            size: Size(width: 140, height: 24), state: state, theme: .default,
            keymap: Keymap(),
            context: AppContext(databaseName: "none.db", callReference: "EC/TEST"))
        let lines = SceneTests.draw(scene)
        let header = lines.first { $0.contains("Name") } ?? ""
        #expect(header.contains("Evidence") && header.contains("Tags"), "\(lines)")
        #expect(header.contains("Score"), "\(header)")
        let first = lines.first { $0.contains("Παπαδόπουλος") }
        #expect(first?.contains("digital twin") == true, "\(lines)")
        #expect(first?.contains("shortlist") == true)
        #expect(lines.contains { $0.contains("Wiśniewska") && $0.contains("71.50") })
    }
}
