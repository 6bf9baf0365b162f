import Foundation
import GRDB
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// A final ranking stays final (issue 16, item 1): the roster's scoring entries freeze with
/// it, and what is shown as final is checked against the digest kept at finalise.
@Suite struct FinalRankingTests {
    /// Two candidates fully scored by the demo panel, and the ranking finalised.
    static func finalised(_ engine: StoreEngine = .sqlite) throws -> (
        ScoringFixture, ApplicationID, ApplicationID
    ) {
        let f = try ScoringFixture(engine)
        let (a, b) = (f.eligible[0], f.eligible[1])
        try f.store.invite([a, b], by: f.actor("chair"))
        try f.scoreFully(a, [4, 4, 4, 4, 4, 4, 4])
        try f.scoreFully(b, [3, 3, 3, 3, 3, 3, 3])
        try f.store.finaliseRanking(by: f.actor("chair"))
        return (f, a, b)
    }

    @Test(arguments: StoreEngine.all)
    func finalisingFreezesTheChairAndMemberEntries(engine: StoreEngine) throws {
        let (f, _, _) = try Self.finalised(engine)
        let totals = try f.store.ranking(for: f.actor("chair"))!.ranked.map {
            $0.result.value?.total
        }
        let chair = try f.actor("chair")
        let secretary = try f.actor("secretary")
        let refusals: [(String, () throws -> Void)] = [
            ("remove", { try f.store.removePanelMember(named: "member3", by: secretary) }),
            ("remove", { try f.store.removePanelMember(named: "member3", by: chair) }),
            (
                "add",
                {
                    try f.store.addPanelMember(
                        PanelMember(name: "member4", displayName: "M4", role: .member), by: chair)
                }
            ),
            (
                "change",
                { try f.store.changePanelMember(named: "member2", login: "mk", by: chair) }
            ),
            (
                "change",
                { try f.store.changePanelMember(named: "member1", role: .reviewer, by: chair) }
            ),
            (
                "change",
                { try f.store.changePanelMember(named: "reviewer", role: .member, by: secretary) }
            ),
        ]
        for (verb, change) in refusals {
            let error = try #require(throws: StoreError.self, "\(verb)") { try change() }
            #expect("\(error)".contains("cannot \(verb) the entry"), "\(error)")
            #expect("\(error)".contains("the ranking was finalised by chair"), "\(error)")
            #expect("\(error)".contains("rank reopen"), "\(error)")
        }
        #expect(try f.store.panelMembers().count == 6)
        let after = try f.store.ranking(for: chair)!
        #expect(after.ranked.map { $0.result.value?.total } == totals)
        #expect(after.finalMismatch == nil)
        #expect(try f.store.checkFinalRanking() == .matches)
        // Reviewer and secretary entries are not part of the ranking: they stay manageable.
        try f.store.addPanelMember(
            PanelMember(name: "reader", displayName: "R", role: .reviewer), by: secretary)
    }

    @Test(arguments: StoreEngine.all)
    func theLastChairCannotBeRemoved(engine: StoreEngine) throws {
        let f = try ScoringFixture(engine)
        for actor in ["chair", "secretary"] {
            let error = try #require(throws: StoreError.self) {
                try f.store.removePanelMember(named: "chair", by: f.actor(actor))
            }
            #expect("\(error)".contains("chair is the only chair"), "\(error)")
        }
        let error = try #require(throws: StoreError.self) {
            try f.store.changePanelMember(named: "chair", role: .member, by: f.actor("chair"))
        }
        #expect("\(error)".contains("the only chair"), "\(error)")
        // With a second chair, one of them may go.
        try f.store.addPanelMember(
            PanelMember(name: "cochair", displayName: "C", role: .chair), by: f.actor("chair"))
        try f.store.removePanelMember(named: "chair", by: f.actor("cochair"))
        #expect(try f.store.panelMembers().filter { $0.role == .chair }.map(\.name) == ["cochair"])
    }

    @Test(arguments: StoreEngine.all)
    func aPurgeAfterFinalisingKeepsTheRankedRowErased(engine: StoreEngine) throws {
        let (f, a, b) = try Self.finalised(engine)
        let before = try f.store.ranking(for: f.actor("chair"))!
        try f.store.purge([a], reason: "erasure request", by: f.actor("secretary"))
        let after = try f.store.ranking(for: f.actor("chair"))!
        #expect(after.ranked.map(\.applicationID) == [a, b])
        #expect(after.ranked.first?.name == "[erased]")
        #expect(
            after.ranked.map { $0.result.value?.total }
                == before.ranked.map {
                    $0.result.value?.total
                })
        #expect(after.finalMismatch == nil)
        #expect(try f.store.checkFinalRanking() == .matches)
    }

    @Test(arguments: StoreEngine.all)
    func reopeningForgetsTheDigest(engine: StoreEngine) throws {
        let (f, _, _) = try Self.finalised(engine)
        try f.store.reopenRanking(reason: "a card was mistyped", by: f.actor("chair"))
        #expect(try f.store.checkFinalRanking() == .notFinal)
        try f.store.removePanelMember(named: "member3", by: f.actor("chair"))
    }
}
