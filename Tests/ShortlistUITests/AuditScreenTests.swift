import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// `A` (issue 22): the audit trail across candidates for the chair and the secretary,
/// filtered through the store's `AuditFilter` (who, what, candidate, time) and verified with
/// its result, length and head hash.
@Suite struct AuditScreenTests {
    static let reason = "бывший коллега · Ζήσης Παπαδάκης · Łódź"

    static func prepare(_ store: SQLiteStore) throws {
        try InterviewFixture.prepare(store)
        let invited = try InterviewFixture.invited(store)
        try store.declareConflict(
            member: "member2", applicationID: invited[2], reason: reason,
            by: store.acting(as: "member2"))
    }

    @Test func theChairFiltersTheTrailAndVerifiesIt() throws {
        let ui = try UIHarness(prepare: Self.prepare)
        let chair = try ui.store.acting(as: "chair")
        let all = try ui.store.auditLog(by: chair)
        ui.press(.character("A"))
        let audit = try #require(ui.app.state.audit)
        #expect(audit.entries.count == all.count)
        #expect(ui.app.keyContext == .audit)
        #expect(ui.lines[1].hasPrefix(" Audit trail · \(all.count) entries"), "\(ui.lines[1])")
        #expect(ui.screen.contains("Not verified in this session."))

        ui.press(.character("f"))
        #expect(ui.app.state.form?.purpose == .auditFilter)
        ui.type("member2")
        ui.press(.down)
        ui.type("conflict")
        ui.press(.enter)
        let filtered = try #require(ui.app.state.audit)
        #expect(filtered.filter == AuditFilter(actor: "member2", action: "conflict"))
        #expect(filtered.entries.count == 1)
        #expect(filtered.entries.first?.action == "conflict.declare")
        #expect(ui.screen.contains(Self.reason))
        #expect(ui.app.state.message?.text == "1 entry by member2 · conflict")
        Golden.check(ui.screen, "audit-filtered-80x24")

        ui.press(.character("F"))
        #expect(ui.app.state.audit?.entries.count == all.count)

        ui.press(.character("v"))
        let head = try #require(try ui.store.auditHead())
        let summary = "audit trail intact: \(head.seq) entries, head \(head.headHash)"
        #expect(ui.app.state.message?.text == summary)
        #expect(ui.app.state.audit?.verification?.isIntact == true)
        #expect(ui.screen.contains("audit trail intact: \(head.seq) entries"))
        ui.press(.escape)
        #expect(ui.app.state.audit == nil)
    }

    /// `v` runs off the loop's thread, the status line saying so until the result comes, and
    /// repeats `audit verify`'s final-ranking check (`AuditCheck`, one implementation).
    @Test func verifyRunsOffTheLoopAndChecksTheFinalRanking() throws {
        let ui = try UIHarness(prepare: Self.prepare)
        let panel = FinalRankingAlteredPanel(ui.store)
        let backend = TestBackend(width: 80, height: 24)
        let app = try App(
            source: ui.store, panel: panel, terminal: Terminal(backend: backend),
            context: AppContext(
                databaseName: "ui.db", callReference: CallReference.builtIn,
                actor: try ui.store.acting(as: "chair"), profile: .builtIn))
        app.render()
        app.handle(.key(.character("A")))
        app.handle(.key(.character("v")))
        #expect(app.state.message?.text == App.verifying)
        #expect(app.loading.pendingVerify != nil)
        app.render()
        #expect(backend.text.contains(App.verifying))
        app.verifyRunner.waitUntilIdle()
        #expect(app.collectVerification())
        #expect(app.loading.pendingVerify == nil)
        let loop = pthread_self()
        for name in ["verifyAuditTrail", "checkFinalRanking"] {
            let threads = panel.threads(of: name)
            #expect(threads.count == 1, "\(name) was read once")
            #expect(!threads.contains { pthread_equal($0, loop) != 0 }, "\(name) on the loop")
        }
        let head = try #require(try ui.store.auditHead())
        #expect(
            app.state.message?.text
                == "audit trail intact: \(head.seq) entries, head \(head.headHash); but \(FinalRankingAlteredPanel.mismatch)"
        )
        #expect(app.state.message?.isError == true)
        #expect(app.state.audit?.check?.holds == false)
        app.render()
        #expect(backend.text.contains("the final ranking no longer matches what was"))
        // The same check as the command line's, on the real store: it holds there.
        let check = try AuditCheck.run(ui.store)
        #expect(check.holds)
        #expect(check.verification == app.state.audit?.verification)
    }

    /// A trail longer than a page is read a page at a time, newest first: scrolling down past
    /// what was read reads the older entries, and the whole trail is reached.
    @Test func theTrailIsReadAPageAtATimeAsTheScreenScrollsDown() throws {
        let ui = try UIHarness { store in
            try Self.prepare(store)
            let member = try store.acting(as: "member1")
            let id = FixtureCandidates.all[0].applicationID
            for i in 0..<AuditState.page {
                _ = try store.addNote(
                    on: id, text: "Σημείωση \(i) · заметка · notatka", criterion: nil, tags: [],
                    by: member)
            }
        }
        let all = try ui.store.auditLog(by: ui.store.acting(as: "chair"))
        #expect(all.count > AuditState.page)
        ui.press(.character("A"))
        let first = try #require(ui.app.state.audit)
        #expect(first.entries.count == AuditState.page)
        #expect(!first.exhausted)
        #expect(first.entries.map(\.seq) == all.suffix(AuditState.page).reversed().map(\.seq))
        #expect(ui.lines[1].contains("the newest \(AuditState.page) entries"), "\(ui.lines[1])")
        // Down to the end of what was read: the next page comes.
        for _ in 0..<4 where ui.app.state.audit?.exhausted == false {
            ui.press(.character("G"))
        }
        let whole = try #require(ui.app.state.audit)
        #expect(whole.exhausted)
        #expect(whole.entries.map(\.seq) == all.reversed().map(\.seq))
        #expect(ui.screen.contains("Σημείωση 0") || ui.screen.contains(all[0].action))
        // A filter reads its own pages from the newest again.
        ui.press(.character("f"))
        ui.type("member1")
        ui.press(.enter)
        let filtered = try #require(ui.app.state.audit)
        #expect(filtered.entries.allSatisfy { $0.actor == "member1" })
        #expect(filtered.entries.first?.seq == all.last { $0.actor == "member1" }?.seq)
        #expect(filtered.scroll == 0)
    }

    @Test func timesFilterByPrefixAndAnEmptyResultSaysSo() throws {
        let ui = try UIHarness(prepare: Self.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        ui.press(.character("A"), .character("f"), .down, .down)
        ui.type(invited[0].rawValue)
        ui.press(.down)
        ui.type("2099")
        ui.press(.enter)
        #expect(ui.app.state.audit?.entries.isEmpty == true)
        #expect(ui.screen.contains("No entry matches the filter."))
        // The fixture's clock is 2025-11-26: the day as a prefix keeps its entries.
        ui.press(.character("f"), .down, .down, .down)
        ui.press(.ctrl("u"))
        ui.press(.down)
        ui.type("2025-11-26")
        ui.press(.enter)
        let entries = try #require(ui.app.state.audit?.entries)
        #expect(!entries.isEmpty)
        #expect(entries.allSatisfy { $0.object == invited[0].rawValue })
    }

    @Test func theSecretaryMayAndAMemberMayNot() throws {
        let secretary = try UIHarness(actor: "secretary", prepare: Self.prepare)
        secretary.press(.character("A"))
        #expect(secretary.app.state.audit != nil)

        let member = try UIHarness(actor: "member1", prepare: Self.prepare)
        member.press(.character("A"))
        #expect(member.app.state.audit == nil)
        #expect(member.app.state.message?.text == member.app.context.refusal(of: .readAuditTrail))
        member.type(":audit")
        member.press(.enter)
        #expect(member.app.state.audit == nil)
    }
}
