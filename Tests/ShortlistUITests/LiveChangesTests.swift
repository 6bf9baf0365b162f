import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// Several sessions on one database: what another process commits shows on the next look,
/// the selection staying on its candidate; what this session writes while another process
/// holds the database waits in a queue, in order, and nothing typed is lost.
@Suite struct LiveChangesTests {
    /// Member1's session on the interview fixture, watching the database as the terminal
    /// session does, with `candidate` (an index into the invited) selected.
    static func watching(_ actor: String = "member1", candidate: Int = 2) throws -> (
        UIHarness, [ApplicationID]
    ) {
        let ui = try UIHarness(
            width: 120, height: 30, actor: actor, prepare: InterviewFixture.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        ui.app.select(invited[candidate])
        ui.app.changeFeed = try WatchedChanges(store: ui.store)
        ui.app.liveInterval = 0
        ui.app.render()
        return (ui, invited)
    }

    /// A second connection pool on the same file: another member's process.
    static func otherProcess(_ ui: UIHarness) throws -> SQLiteStore {
        try SQLiteStore.open(at: ui.store.url, clock: UIHarness.clock)
    }

    @Test func anotherProcessesSubmissionShowsOnTheNextLookWithItsAuthor() throws {
        let (ui, invited) = try Self.watching()
        #expect(ui.app.pollExternalChanges() == false, "nothing happened yet")
        let row = try #require(ui.lines.first { $0.contains(invited[0].rawValue) })
        #expect(row.contains("3/4 cards"), "\(row)")

        let other = try Self.otherProcess(ui)
        try InterviewFixture.card(other, invited[0], "chair", [3, 3, 3, 3, 3, 3, 3])
        #expect(ui.app.pollExternalChanges())
        ui.app.render()
        #expect(
            ui.lines.last?.contains("Hélène Marchetti saved 1 draft change, submitted 1 card")
                == true, "\(ui.screen)")
        let updated = try #require(ui.lines.first { $0.contains(invited[0].rawValue) })
        #expect(!updated.contains("cards"), "the Score column shows the total now: \(updated)")
        #expect(ui.app.selectedID == invited[2], "the selection stays")
        #expect(ui.app.pollExternalChanges() == false, "seen once")
    }

    @Test func theSelectionStaysOnItsCandidateWhenRowsComeAboveIt() throws {
        let ids = FixtureCandidates.all.map(\.applicationID)
        let ui = try UIHarness(width: 120, height: 30, actor: "member1") { store in
            let member = try store.acting(as: "member1")
            for id in [ids[5], ids[8]] {
                _ = try store.addNote(
                    on: id, text: "Strong", criterion: nil, tags: ["shortlisted"], by: member)
            }
        }
        ui.app.changeFeed = try WatchedChanges(store: ui.store)
        ui.app.liveInterval = 0
        try ui.app.applyFilter("tag:shortlisted")
        ui.app.select(ids[8])
        // News never hides a message the user has not read yet (the filter's, here).
        ui.app.state.message = nil
        ui.app.render()
        #expect(ui.app.state.selected == 1)

        let other = try Self.otherProcess(ui)
        let chair = try other.acting(as: "chair")
        for id in [ids[0], ids[1]] {
            _ = try other.addNote(
                on: id, text: "Also", criterion: nil, tags: ["shortlisted"], by: chair)
        }
        #expect(ui.app.pollExternalChanges())
        ui.app.render()
        #expect(ui.app.selectedID == ids[8])
        #expect(ui.app.state.selected == 3, "two rows more above it")
        #expect(ui.lines.last?.contains("Hélène Marchetti added 2 notes") == true, "\(ui.screen)")
    }

    @Test func aScoreFilterIsComputedAgainWhenAnotherProcessSubmits() throws {
        let (ui, invited) = try Self.watching("secretary")
        try ui.app.applyFilter("score >= 0")
        #expect(ui.app.window.total == 2, "the two fully scored candidates")
        let other = try Self.otherProcess(ui)
        try InterviewFixture.card(other, invited[0], "chair", [3, 3, 3, 3, 3, 3, 3])
        #expect(ui.app.pollExternalChanges())
        ui.app.settle()
        #expect(ui.app.window.total == 3, "the third is complete now, and its total visible")
    }

    @Test func theOpenScorecardShowsAnotherMembersSubmissionOnceOwnIsIn() throws {
        // The chair has submitted the second candidate's card: others' marks show there.
        let (ui, invited) = try Self.watching("chair", candidate: 1)
        ui.press(.character("c"))
        #expect(ui.app.state.scorecard?.applicationID == invited[1])
        let other = try Self.otherProcess(ui)
        try other.reopenScorecard(
            invited[1], member: "member2", reason: "a slip", by: other.acting(as: "chair"))
        #expect(ui.app.pollExternalChanges())
        ui.app.render()
        #expect(ui.app.state.scorecard?.card.submitted.contains("member2") == false, "read again")
    }

    @Test func ownChangesAreNotNews() throws {
        let (ui, invited) = try Self.watching("chair", candidate: 0)
        ui.press(.character("c"), .character("3"))
        #expect(try ScorecardTests.own(ui, invited[0])?.marks[CriterionID("A1")] == 3)
        #expect(ui.app.pollExternalChanges() == false)
        #expect(ui.lines.last?.contains("A1 3 saved (draft)") == true)
    }

    @Test func aMarkTypedWhileAnImportHoldsTheDatabaseWaitsAndIsKept() throws {
        let (ui, invited) = try Self.watching("chair", candidate: 0)
        let id = invited[0]
        ui.press(.character("c"))
        let lock = try WriteLockHolder(path: ui.store.url.path)
        ui.press(.character("3"))
        #expect(ui.app.queuedWrites == 1)
        #expect(
            ui.lines.last?.contains("waiting for the import to finish: 1 change queued") == true,
            "\(ui.screen)")
        #expect(ui.screen.contains("A1"), "the card stays open")
        #expect(ui.app.state.scorecard?.card.own?.marks[CriterionID("A1")] == 3, "shown as typed")
        ui.press(.down, .character("4"), .down, .character("2"))
        #expect(ui.app.queuedWrites == 3)
        #expect(try ScorecardTests.own(ui, id)?.marks[CriterionID("A1")] == nil, "not in yet")

        try lock.release()
        #expect(ui.app.finishWrites(timeout: 20) == 0)
        ui.app.render()
        let card = try #require(try ScorecardTests.own(ui, id))
        #expect(card.marks[CriterionID("A1")] == 3)
        #expect(card.marks[CriterionID("A2")] == 4)
        #expect(card.marks[CriterionID("A3")] == 2)
        #expect(ui.lines.last?.contains("waiting") == false, "\(ui.screen)")
        let trail = try ui.store.auditLog(candidate: id, by: ui.store.acting(as: "chair"))
            .filter { $0.action == "score.set" && $0.actor == "chair" }
        #expect(trail.count == 3, "one entry per mark, in the order typed")
    }

    @Test func quittingWithQueuedChangesWaitsForThem() throws {
        let (ui, invited) = try Self.watching("chair", candidate: 0)
        ui.press(.character("c"))
        let lock = try WriteLockHolder(path: ui.store.url.path)
        ui.press(.character("4"), .escape, .character("q"))
        #expect(ui.app.state.exitCode == nil)
        #expect(ui.lines.last?.contains("saving 1 change before quitting") == true, "\(ui.screen)")
        try lock.release()
        _ = ui.app.finishWrites(timeout: 20)
        #expect(ui.app.state.exitCode == 0)
        #expect(try ScorecardTests.own(ui, invited[0])?.marks[CriterionID("A1")] == 4)
    }

    @Test func aFormWrittenWhileTheDatabaseIsHeldIsSavedAfterwards() throws {
        let (ui, invited) = try Self.watching("member1", candidate: 3)
        let lock = try WriteLockHolder(path: ui.store.url.path)
        ui.press(.character("a"))
        #expect(ui.app.state.form != nil)
        ui.type("Spoke to the referee")
        ui.press(.enter)
        #expect(ui.app.state.form == nil, "the form closes; the note waits")
        #expect(ui.app.queuedWrites == 1)
        try lock.release()
        #expect(ui.app.finishWrites(timeout: 20) == 0)
        let notes = try ui.store.notes(for: invited[3], includeDeleted: false)
        #expect(notes.contains { $0.heads.first?.text == "Spoke to the referee" })
    }
}

/// What a batch of other people's changes can alter on screen, and how it is told.
@Suite struct ChangeNewsTests {
    func counts(_ actions: String...) -> [ChangeCount] {
        actions.map { ChangeCount(actor: "member2", action: $0, count: 2) }
    }

    @Test func draftsAloneReachNothingButTheirAuthorsCard() {
        #expect(ChangeNews.reach(of: counts("score.set")) == .drafts)
        #expect(ChangeNews.reach(of: counts("score.set", "score.submit")) == .scoring)
        #expect(ChangeNews.reach(of: counts("invitation.add")) == .scoring)
        #expect(ChangeNews.reach(of: counts("score.excuse-withdraw")) == .scoring)
        #expect(ChangeNews.phrase("score.excuse-withdraw", 2) == "withdrew 2 excusals")
        #expect(ChangeNews.reach(of: counts("score.set", "import")) == .everything)
        #expect(ChangeNews.reach(of: counts("note.add")) == .everything)
        #expect(ChangeNews.reach(of: []) == .everything, "a change the audit trail does not name")
    }

    @Test func theNewsNamesPeopleAndCountsButNoCandidate() {
        let text = ChangeNews.describe(
            [
                ChangeCount(actor: "member2", action: "score.submit", count: 3),
                ChangeCount(actor: "chair", action: "invitation.add", count: 1),
                ChangeCount(actor: "member2", action: "score.set", count: 21),
            ], names: ["member2": "Μαρία Κωνσταντίνου"])
        #expect(
            text
                == "Μαρία Κωνσταντίνου submitted 3 cards, saved 21 draft changes; chair invited 1 candidate"
        )
    }
}

/// The queue's own rules: order, retrying while the database is busy, failures reported.
@Suite struct WriteQueueTests {
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Int] = []
        private var failuresLeft: Int
        init(failures: Int) { failuresLeft = failures }
        func append(_ item: Int) throws {
            try lock.withLock {
                if failuresLeft > 0 {
                    failuresLeft -= 1
                    throw StoreError.busy(path: "x.db")
                }
                items.append(item)
            }
        }
        var all: [Int] { lock.withLock { items } }
    }

    @Test func busyWritesAreRetriedInOrderAndOtherFailuresReported() throws {
        let queue = WriteQueue(retryPause: 0.001)
        let log = Log(failures: 3)
        let tickets = (1...5).map { n in queue.enqueue { try log.append(n) } }
        let failing = queue.enqueue { throw StoreError.invalid("refused") }
        #expect(queue.waitUntilIdle(timeout: 10))
        #expect(log.all == [1, 2, 3, 4, 5])
        #expect(queue.busyRetries == 3)
        let finished = queue.takeFinished()
        #expect(finished.map(\.ticket) == tickets + [failing])
        if case .failure(let error) = finished.last?.result {
            #expect("\(error)" == "refused")
        } else {
            Issue.record("the refused write reports its failure")
        }
        #expect(queue.pending == 0)
    }
}
