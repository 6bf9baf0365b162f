import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// A database file shared with a group binds its assessing entries to logins (docs/roles.md).
@Suite struct SQLiteGroupRosterTests {
    let folder = TemporaryDirectory("roster")

    func store(group: String) throws -> SQLiteStore {
        try SQLiteStore.create(
            at: folder.file("r.db"),
            NewDatabase(roster: TestDatabase.roster, profile: ProfileAssessment.builtInDocument),
            group: group)
    }

    static func refusal(_ change: () throws -> Void) throws -> String {
        "\(try #require(throws: StoreError.self) { try change() })"
    }

    @Test func aGroupDatabaseBindsChairAndMemberEntries() throws {
        guard let entry = getgrgid(getgid()) else { return }
        let group = String(cString: entry.pointee.gr_name)
        let s = try store(group: group)
        let secretary = try s.acting(as: "secretary")
        let unbound = try Self.refusal {
            try s.addPanelMember(
                PanelMember(name: "m4", displayName: "M", role: .member), by: secretary)
        }
        #expect(
            unbound.contains(
                "without a login: this database is shared with the group \(group), where anyone could type --user m4"
            ), "\(unbound)")
        let chairUnbound = try Self.refusal {
            try s.addPanelMember(
                PanelMember(name: "c2", displayName: "C", role: .chair), by: s.acting(as: "chair"))
        }
        #expect(chairUnbound.contains("without a login"), "\(chairUnbound)")
        try s.addPanelMember(
            PanelMember(name: "m4", displayName: "M", role: .member, login: "m4login"),
            by: secretary)
        // Reviewers only read and annotate: an unbound one is allowed.
        try s.addPanelMember(
            PanelMember(name: "r2", displayName: "R", role: .reviewer), by: secretary)
    }
}
