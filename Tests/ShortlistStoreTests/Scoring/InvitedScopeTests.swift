import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The list of invited candidates is read from the store like the whole list: counted,
/// paged by keyset and located, never filtered in memory.
@Suite struct InvitedScopeTests {
    @Test(arguments: StoreEngine.all) func theInvitedScopePagesCountsAndLocates(engine: StoreEngine)
        throws
    {
        let fixture = try ScoringFixture(engine)
        let store = fixture.store
        let invited = Array(fixture.eligible.prefix(3))
        try store.invite(invited, by: fixture.actor("chair"))
        #expect(try store.candidateCount(scope: .invited) == 3)
        #expect(try store.candidateCount(scope: .all) == store.candidateCount())
        for order in CandidateOrder.allCases {
            let first = try store.candidates(order: order, page: .first(limit: 2), scope: .invited)
            #expect(first.count == 2)
            let rest = try store.candidates(
                order: order, page: .after(first[1].anchor, limit: 10), scope: .invited)
            let all = (first + rest).map(\.summary.applicationID)
            #expect(Set(all) == Set(invited), "\(order)")
            let back = try store.candidates(
                order: order, page: .before(rest[0].anchor, limit: 10), scope: .invited)
            #expect(back.map(\.summary.applicationID) == Array(all.prefix(2)))
            let last = try store.candidates(order: order, page: .last(limit: 1), scope: .invited)
            #expect(last.map(\.summary.applicationID) == [all[2]])
            for (position, id) in all.enumerated() {
                #expect(try store.position(of: id, order: order, scope: .invited) == position)
            }
        }
    }
}
