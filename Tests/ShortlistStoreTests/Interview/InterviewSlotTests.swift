import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Interview slots (issue 19, item 1): one candidate per instant unless forced, a warning
/// for a member with a conflict on a candidate of the slot, the schedule in slot order.
@Suite struct InterviewSlotTests {
    static func slot(_ at: String, _ place: String = "Room B-28 03/45") throws -> InterviewSlot {
        InterviewSlot(
            time: try InterviewSlot.parseTime(at), place: place,
            languages: try InterviewSlot.parseLanguages("EN,FR"))
    }

    @Test func aTimeWithoutOffsetIsRefusedNamingTheArgument() throws {
        let error = try #require(throws: SlotError.self) {
            try InterviewSlot.parseTime("2026-01-15T10:00")
        }
        #expect(error.description.hasPrefix("--at 2026-01-15T10:00: a time needs its offset"))
        #expect(
            try InterviewSlot.parseTime("2026-01-15T10:00:00+01:00").secondsSinceEpoch
                == InterviewSlot.parseTime("2026-01-15T09:00Z").secondsSinceEpoch)
        #expect(throws: SlotError.self) { try InterviewSlot.parseLanguages("EN,RU") }
    }

    @Test func theLetterDateIsWrittenInTheSlotsOwnOffset() throws {
        let slot = try Self.slot("2026-01-15T23:30-02:00")
        #expect(slot.dateText == "15 January 2026")
        #expect(slot.timeText == "23:30 (UTC-02:00)")
        #expect(slot.languageList == "EN,FR")
    }

    @Test(arguments: StoreEngine.all) func twoCandidatesInOneSlotAreRefusedWithoutForce(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (a, b) = (f.eligible[0], f.eligible[1])
        let secretary = try f.actor("secretary")
        try f.store.scheduleInterview(a, Self.slot("2026-01-15T10:00+01:00"), by: secretary)
        // The same instant in another offset is the same slot.
        let clash = try #require(throws: StoreError.self) {
            try f.store.scheduleInterview(b, Self.slot("2026-01-15T09:00Z"), by: secretary)
        }
        #expect("\(clash)".contains("already the slot of \(a)"), "\(clash)")
        #expect(try f.store.invitedCandidates() == [a])
        try f.store.scheduleInterview(
            b, Self.slot("2026-01-15T09:00Z"), force: true, by: secretary)
        #expect(try f.store.invitedCandidates() == [a, b])
        // Moving a candidate's own slot is no clash with itself.
        try f.store.scheduleInterview(a, Self.slot("2026-01-15T11:00+01:00"), by: secretary)
        let slots = try f.store.interviewSlots()
        #expect(slots[a]?.time.description == "2026-01-15T11:00:00+01:00")
        #expect(slots[b]?.time.description == "2026-01-15T09:00:00Z")
        let log = try f.store.auditLog(by: f.actor("chair")).filter {
            $0.action == "invitation.slot"
        }
        #expect(log.count == 3)
        // The place enters the chain only as a digest.
        #expect(log.allSatisfy { !($0.after ?? "").contains("Room B-28") })
    }

    @Test(arguments: StoreEngine.all) func aMemberWithAConflictOnACandidateOfTheSlotIsWarned(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (a, b) = (f.eligible[0], f.eligible[1])
        let chair = try f.actor("chair")
        try f.store.declareConflict(
            member: "member2", applicationID: b, reason: "former colleague", by: chair)
        let quiet = try f.store.scheduleInterview(a, Self.slot("2026-01-15T10:00+01:00"), by: chair)
        #expect(quiet.isEmpty)
        let warnings = try f.store.scheduleInterview(
            b, Self.slot("2026-01-15T10:00+01:00"), force: true, by: chair)
        #expect(warnings.count == 1)
        #expect(warnings[0].hasPrefix("member2 declared a conflict of interest on \(b)"))
    }

    @Test(arguments: StoreEngine.all) func theScheduleSortsBySlotWithUnscheduledFirst(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let (a, b, c) = (f.eligible[0], f.eligible[1], f.eligible[2])
        let chair = try f.actor("chair")
        try f.store.invite([c], by: chair)
        try f.store.scheduleInterview(a, Self.slot("2026-01-16T09:00+01:00"), by: chair)
        try f.store.scheduleInterview(b, Self.slot("2026-01-15T14:00+01:00"), by: chair)
        let filter = try f.store.compile("invited", for: chair)
        var order: [ApplicationID] = []
        try f.store.forEachCandidate(
            filter: filter, sort: try SortKey.parseList("slot"), limit: nil
        ) { order.append($0.applicationID) }
        #expect(order == [c, b, a])
    }
}
