import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// Interview slots in the interface (issue 19): `:sort slot` orders the invited list as the
/// schedule, and `:slot` sets the selected candidate's slot through the store's one
/// implementation, with the same refusals as `shortlist invite ID --at`.
@Suite struct SlotCommandTests {
    static func slot(_ at: String, _ place: String = "Room 12") throws -> InterviewSlot {
        InterviewSlot(
            time: try InterviewSlot.parseTime(at), place: place,
            languages: try InterviewSlot.parseLanguages("EN,FR"))
    }

    /// The fixture's invited candidates, in application-id order, given slots in the reverse
    /// order: the last is interviewed first.
    static func scheduled(_ store: SQLiteStore) throws {
        try InterviewFixture.prepare(store)
        let invited = try InterviewFixture.invited(store)
        let chair = try store.acting(as: "chair")
        for (hour, id) in zip(["09", "10", "11", "12"], invited.reversed()) {
            try store.scheduleInterview(
                id, try slot("2026-01-15T\(hour):00+01:00"), by: chair)
        }
    }

    func visible(_ ui: UIHarness) throws -> [ApplicationID] {
        try ui.app.window.rows(0..<ui.app.window.total).map(\.applicationID)
    }

    func select(_ ui: UIHarness, _ id: ApplicationID) throws {
        ui.app.state.selected = try #require(try ui.app.window.position(of: id))
        ui.app.render()
    }

    @Test func sortSlotOnTheInvitedListIsTheSchedule() throws {
        let ui = try UIHarness(width: 120, height: 40, prepare: Self.scheduled)
        let invited = try InterviewFixture.invited(ui.store)
        ui.type("v")
        #expect(ui.app.window.scope == .invited)
        #expect(try visible(ui) == invited)
        ui.type(":sort slot")
        ui.press(.enter)
        #expect(ui.app.state.message?.isError != true, "\(ui.app.state.message?.text ?? "")")
        #expect(try visible(ui) == invited.reversed())
        ui.type(":sort -slot")
        ui.press(.enter)
        #expect(try visible(ui) == invited)
    }

    @Test func theSecretarySetsASlot() throws {
        let ui = try UIHarness(
            width: 120, height: 40, actor: "secretary", prepare: InterviewFixture.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        ui.type("v")
        try select(ui, invited[1])
        ui.type("@")
        #expect(ui.app.state.commandLine?.string == "slot ")
        ui.type("2026-01-15T10:00+01:00 EN,FR Room 12, Berlaymont")
        ui.press(.enter)
        let message = try #require(ui.app.state.message)
        #expect(!message.isError, "\(message.text)")
        #expect(message.text.contains(invited[1].rawValue))
        let set = try #require(try ui.store.interviewSlots()[invited[1]])
        #expect(set == (try Self.slot("2026-01-15T10:00+01:00", "Room 12, Berlaymont")))
        // The Details tab shows it.
        ui.press(.enter)
        #expect(ui.app.state.detailOpen)
        let line = try #require(ui.lines.first { $0.contains("Interview") }, "\(ui.screen)")
        #expect(line.contains("2026-01-15T10:00:00+01:00 · Room 12"), "\(line)")
    }

    /// Issue 19, item 4: the recruitment checklist shows in the detail, each item with who
    /// and when, the ones not recorded yet as missing.
    @Test func theDetailShowsTheRecruitmentChecklist() throws {
        let ui = try UIHarness(
            width: 120, height: 40, actor: "secretary", prepare: InterviewFixture.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        try ui.store.scheduleInterview(
            invited[1], try Self.slot("2026-01-15T10:00+01:00", "Room 12"), force: false,
            by: ui.store.acting(as: "secretary"))
        try ui.store.setRecruitmentChecks(
            invited[1], [(.diploma, true), (.medical, false)],
            by: ui.store.acting(as: "secretary"))
        ui.type("v")
        try select(ui, invited[1])
        ui.press(.enter)
        #expect(ui.screen.contains("Recruitment checklist"), "\(ui.screen)")
        let diploma = try #require(ui.lines.first { $0.contains("diploma seen") })
        #expect(diploma.contains("yes · secretary,"), "\(diploma)")
        let medical = try #require(ui.lines.first { $0.contains("medical fitness") })
        #expect(medical.contains("no · secretary,"), "\(medical)")
        let cast = try #require(ui.lines.first { $0.contains("CAST FG IV") })
        #expect(!cast.contains("yes") && !cast.contains("no ·"), "\(cast)")
    }

    @Test func theChairSetsASlotAndAClashIsRefusedUnlessForced() throws {
        let ui = try UIHarness(width: 120, height: 40, prepare: InterviewFixture.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        ui.type("v")
        try select(ui, invited[0])
        ui.type(":slot 2026-01-15T10:00+01:00 EN Room 12")
        ui.press(.enter)
        #expect(ui.app.state.message?.isError == false)
        try select(ui, invited[2])
        ui.type(":slot 2026-01-15T10:00+01:00 EN Room 12")
        ui.press(.enter)
        let clash = try #require(ui.app.state.message)
        #expect(clash.isError)
        #expect(clash.text.contains("is already the slot of \(invited[0])"), "\(clash.text)")
        #expect(clash.text.contains(":slot force …"), "\(clash.text)")
        #expect(try ui.store.interviewSlots()[invited[2]] == nil)
        ui.type(":slot force 2026-01-15T10:00+01:00 EN Room 12")
        ui.press(.enter)
        #expect(ui.app.state.message?.isError == false)
        #expect(try ui.store.interviewSlots()[invited[2]] != nil)
    }

    @Test func aTimeWithoutItsOffsetIsRefused() throws {
        let ui = try UIHarness(width: 120, height: 40, prepare: InterviewFixture.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        ui.type("v")
        try select(ui, invited[0])
        ui.type(":slot 2026-01-15T10:00 EN Room 12")
        ui.press(.enter)
        let message = try #require(ui.app.state.message)
        #expect(message.isError)
        #expect(message.text.contains("a time needs its offset"), "\(message.text)")
        #expect(try ui.store.interviewSlots().isEmpty)
    }

    @Test func aMemberIsRefused() throws {
        let ui = try UIHarness(
            width: 120, height: 40, actor: "member1", prepare: InterviewFixture.prepare)
        let invited = try InterviewFixture.invited(ui.store)
        ui.type("v")
        try select(ui, invited[0])
        ui.type(":slot 2026-01-15T10:00+01:00 EN Room 12")
        ui.press(.enter)
        let message = try #require(ui.app.state.message)
        #expect(message.isError)
        #expect(message.text == ui.app.context.refusal(of: .invite))
        #expect(try ui.store.interviewSlots().isEmpty)
    }
}
