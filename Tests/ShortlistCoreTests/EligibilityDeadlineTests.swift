import Foundation
import Testing

@testable import ShortlistCore

/// "Express your interest until 02.12.2025 - 23.00 (Brussels time)": 22:00:00 UTC, the
/// deadline's own second on time, whatever offset the submission is written in.
@Suite struct EligibilityDeadlineTests {
    @Test func theBuiltInDeadlineResolvesToTwentyTwoHundredUTC() {
        let deadline = ProfileFixture.deadline
        #expect(deadline.instant == Timestamp(iso: "2025-12-02T22:00:00Z"))
        #expect(deadline.instant.description == "2025-12-02T23:00:00+01:00")
        #expect(deadline.description == "2025-12-02T23:00:00 Europe/Brussels")
    }

    @Test(arguments: [
        // +01:00, Brussels' own offset in December.
        ("2025-12-02T22:59:59+01:00", RuleResult.pass),
        ("2025-12-02T23:00:00+01:00", .pass),
        ("2025-12-02T23:00:01+01:00", .fail),
        // +02:00 (Athens, Helsinki): an hour later on the clock.
        ("2025-12-02T23:59:59+02:00", .pass),
        ("2025-12-03T00:00:00+02:00", .pass),
        ("2025-12-03T00:00:01+02:00", .fail),
        // UTC.
        ("2025-12-02T21:59:59Z", .pass),
        ("2025-12-02T22:00:00Z", .pass),
        ("2025-12-02T22:00:01Z", .fail),
        // -05:00 (New York).
        ("2025-12-02T16:59:59-05:00", .pass),
        ("2025-12-02T17:00:00-05:00", .pass),
        ("2025-12-02T17:00:01-05:00", .fail),
    ])
    func theBoundaryOneSecondEitherSide(submitted: String, result: RuleResult) {
        let check = ProfileFixture.check(.deadline, [.submittedAt: submitted])
        #expect(check.result == result)
    }

    @Test(arguments: [
        (
            "2025-12-02T23:00:00+01:00",
            "received 2025-12-02T23:00:00+01:00, by the deadline 2025-12-02T23:00:00+01:00 Europe/Brussels"
        ),
        (
            "2025-12-02T17:00:01-05:00",
            "received 2025-12-02T17:00:01-05:00 (2025-12-02T23:00:01+01:00 Europe/Brussels), 1 second after the deadline 2025-12-02T23:00:00+01:00 Europe/Brussels"
        ),
        (
            "2025-12-02T23:27:30+02:00",
            "received 2025-12-02T23:27:30+02:00 (2025-12-02T22:27:30+01:00 Europe/Brussels), by the deadline 2025-12-02T23:00:00+01:00 Europe/Brussels"
        ),
        (
            "2025-12-05T13:11:36+01:00",
            "received 2025-12-05T13:11:36+01:00, 2 days 14 hours 11 minutes 36 seconds after the deadline 2025-12-02T23:00:00+01:00 Europe/Brussels"
        ),
        // In summer Brussels is at +02:00: the reason shows the zone's offset of that day.
        (
            "2025-07-01T10:00:00Z",
            "received 2025-07-01T10:00:00Z (2025-07-01T12:00:00+02:00 Europe/Brussels), by the deadline 2025-12-02T23:00:00+01:00 Europe/Brussels"
        ),
    ])
    func theReasonQuotesBothTimes(submitted: String, reason: String) {
        #expect(ProfileFixture.check(.deadline, [.submittedAt: submitted]).reason == reason)
    }

    @Test func missingOrUnreadableTimesNeedACheck() {
        let missing = ProfileFixture.check(.deadline, [.submittedAt: ""])
        #expect(missing.result == .needsCheck)
        #expect(missing.reason == "submission time not stated")
        // Without an offset the time is read in the call's zone (PartlyReadValueTests); a
        // time that is not ISO 8601 at all still needs a check.
        let local = ProfileFixture.check(.deadline, [.submittedAt: "02.12.2025 22:10"])
        #expect(local.result == .needsCheck)
        #expect(
            local.reason
                == "submission time “02.12.2025 22:10” cannot be read (an ISO 8601 time with its UTC offset is needed, e.g. 2025-12-02T22:10:00+01:00)"
        )
    }

    static func local(_ text: String) -> LocalDateTime {
        let stamp = Timestamp(iso: text + "Z")!
        let days = Int(stamp.secondsSinceEpoch / 86_400)
        let seconds = Int(stamp.secondsSinceEpoch % 86_400)
        return LocalDateTime(
            date: CalendarDate(daysSinceEpoch: days), hour: seconds / 3600,
            minute: seconds % 3600 / 60, second: seconds % 60)!
    }

    @Test(arguments: [
        ("2025-07-15T23:00:00", "Europe/Brussels", "2025-07-15T23:00:00+02:00"),
        ("2025-12-02T23:00:00", "Europe/Athens", "2025-12-02T23:00:00+02:00"),
        ("2025-12-02T23:00:00", "America/New_York", "2025-12-02T23:00:00-05:00"),
        ("2025-12-02T23:00:00", "UTC", "2025-12-02T23:00:00Z"),
        ("2025-03-30T03:00:00", "Europe/Brussels", "2025-03-30T03:00:00+02:00"),
    ])
    func deadlinesResolveInTheirZone(local: String, zone: String, instant: String) throws {
        let deadline = try Deadline(local: Self.local(local), timeZoneIdentifier: zone)
        #expect(deadline.instant.description == instant)
    }

    @Test func impossibleDeadlinesAreRefused() {
        // Brussels skips 02:00–03:00 on 30 March 2025 and repeats 02:00–03:00 on 26 October.
        #expect(throws: Deadline.Problem.nonexistentLocalTime) {
            try Deadline(
                local: Self.local("2025-03-30T02:30:00"), timeZoneIdentifier: "Europe/Brussels")
        }
        #expect(throws: Deadline.Problem.ambiguousLocalTime) {
            try Deadline(
                local: Self.local("2025-10-26T02:30:00"), timeZoneIdentifier: "Europe/Brussels")
        }
        #expect(throws: Deadline.Problem.unknownTimeZone("Europe/Bruxelles")) {
            try Deadline(
                local: Self.local("2025-12-02T23:00:00"), timeZoneIdentifier: "Europe/Bruxelles")
        }
    }

    @Test func theSpanOfTheSameOffsetRunsFromOctoberToMarch() {
        let span = ProfileFixture.deadline.spanOfSameOffset
        #expect(span.lowerBound == Timestamp(iso: "2025-10-26T01:00:00Z")!.secondsSinceEpoch)
        #expect(span.upperBound == Timestamp(iso: "2026-03-29T01:00:00Z")!.secondsSinceEpoch)
    }
}
