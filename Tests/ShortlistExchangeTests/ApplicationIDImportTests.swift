import Foundation
import ShortlistCore
import ShortlistStore
import Testing

@testable import ShortlistExchange

/// Application ids are checked on import: they name files and key every row attached to a
/// candidate, so an id is ASCII, starts with a letter or digit, is taken exactly as written,
/// and collides with any id that differs from it only in case.
@Suite struct ApplicationIDImportTests {
    typealias H = ImportHarness

    @Test(arguments: [
        ("../../trav1", "“/”"), ("a/b", "“/”"), ("..", "start with"), (".hidden", "start with"),
        ("APP-1\u{1B}[2J", "“␛”"), ("APP-1 ", "spaces around"), (" APP-1", "spaces around"),
        ("\u{410}PP-1", "U+410"), ("APP-\u{0410}", "U+410"),
        (String(repeating: "A", count: 65), "at most 64"), ("APP 1", "“ ”"), ("-APP", "start with"),
    ])
    func aMalformedIDIsRejectedWithItsLineAndField(_ id: String, _ reason: String) throws {
        let harness = try H()
        let summary = try harness.run(
            csv: H.header + "\n" + H.record("APP-GOOD") + H.record(id))
        #expect(summary.rejected == 1 && summary.inserted == 1)
        let rejection = try #require(harness.rejections.first)
        #expect(rejection.line == 3)
        #expect(rejection.column == "application_id")
        #expect(rejection.reason.contains(reason), "\(rejection.reason)")
        #expect(try harness.ids() == ["APP-GOOD"])
    }

    @Test(arguments: ["A", "0", "APP-0000001", "a.b_c-d", String(repeating: "z", count: 64)])
    func aWellFormedIDIsAccepted(_ id: String) throws {
        #expect(ApplicationID.isValid(id))
        let harness = try H()
        #expect(try harness.run(csv: H.header + "\n" + H.record(id)).inserted == 1)
    }

    @Test func aTrailingSpaceNoLongerReplacesAnotherCandidate() throws {
        let harness = try H()
        try harness.run(csv: H.header + "\n" + H.record("APP-1"))
        let second = try harness.run(
            csv: H.header + "\n" + H.record("APP-1 ", [.surname: "Intruder"]))
        #expect(second.rejected == 1 && second.updated == 0)
        let stored = try harness.store.candidate(ApplicationID("APP-1"))
        #expect(stored?.surname == "Kowalska")
    }

    @Test func idsThatDifferOnlyInCaseCollideInOneFile() throws {
        let harness = try H()
        let summary = try harness.run(
            csv: H.header + "\n" + H.record("APP-1") + H.record("app-1") + H.record("App-2"))
        #expect(summary.inserted == 2 && summary.rejected == 1)
        let rejection = try #require(harness.rejections.first)
        #expect(rejection.line == 3 && rejection.column == "application_id")
        #expect(rejection.reason.contains("differs only in case from “APP-1” at line 2"))
        #expect(try harness.ids() == ["APP-1", "App-2"])
    }

    @Test func idsThatDifferOnlyInCaseCollideWithAStoredOne() throws {
        let harness = try H()
        try harness.run(csv: H.header + "\n" + H.record("APP-1"))
        let again = try harness.run(
            csv: H.header + "\n" + H.record("APP-2") + H.record("app-1", [.surname: "Other"]))
        #expect(again.inserted == 1 && again.rejected == 1)
        #expect(
            harness.rejections.first?.reason.contains("the stored application “APP-1”") == true)
        #expect(try harness.ids() == ["APP-1", "APP-2"])
    }

    @Test func anUpdateWithAnotherCASTRegistrationIsAnotherPerson() throws {
        let harness = try H()
        try harness.run(csv: H.header + "\n" + H.record("APP-1"))
        let changed = try harness.run(
            csv: H.header + "\n"
                + H.record("APP-1", [.castRegistrationID: "CAST09999999", .surname: "Other"]))
        #expect(changed.rejected == 1 && changed.updated == 0)
        let rejection = try #require(harness.rejections.first)
        #expect(rejection.column == "cast_registration_id" && rejection.line == 2)
        #expect(rejection.reason.contains("a different person"))
        #expect(try harness.store.candidate(ApplicationID("APP-1"))?.surname == "Kowalska")

        // The same person, other data: an update as before.
        let same = try harness.run(
            csv: H.header + "\n" + H.record("APP-1", [.surname: "Kowalska-Nowak"]))
        #expect(same.updated == 1 && same.rejected == 0)
    }

    @Test func aControlCharacterIsKeptAndWarnedAbout() throws {
        let harness = try H()
        let hostile = "Evil\u{1B}]0;owned\u{07}\u{202E}"
        let summary = try harness.run(
            csv: H.header + "\n" + H.record("APP-1", [.surname: hostile]))
        #expect(summary.inserted == 1)
        let warning = try #require(harness.warnings.first { $0.column == "surname" })
        #expect(warning.line == 2 && warning.reason.contains("control or bidi"))
        #expect(try harness.store.candidate(ApplicationID("APP-1"))?.surname == hostile)
    }
}
