import Foundation
import ShortlistCore

/// When applications arrive: over seven weeks, more and more towards the deadline
/// (02.12.2025 23:00 Brussels time), a few percent too late, and a handful exactly on it or
/// one second either side, written in the offsets candidates' systems use.
enum DemoSubmission {
    /// 2025-12-02T22:00:00Z.
    static let deadline =
        Int64(CalendarDate(year: 2025, month: 12, day: 2)!.daysSinceEpoch) * 86_400 + 22 * 3_600
    /// The call opened on 14 October 2025, 10:00 Brussels time.
    static let opening =
        Int64(CalendarDate(year: 2025, month: 10, day: 14)!.daysSinceEpoch) * 86_400 + 8 * 3_600

    static func timestamp(country: DemoCountry, _ random: inout DemoRandom) -> Timestamp {
        let r = random.below(1_000)
        if r < 7 {
            // Exactly on the deadline, written four ways.
            return Timestamp(
                secondsSinceEpoch: deadline, utcOffsetMinutes: random.pick([60, 0, 120, -300, 60]))
        }
        if r < 12 {
            let offset = random.pick([60, 0, 120])
            return Timestamp(
                secondsSinceEpoch: deadline + (random.chance(500) ? 1 : -1),
                utcOffsetMinutes: offset)
        }
        let offset = offsetMinutes(country, &random)
        if r < 42 {
            // Late: mostly within hours, a few days at most.
            let late: Int64 =
                random.chance(650)
                ? Int64(random.inRange(2...7_200)) : Int64(random.inRange(7_200...(5 * 86_400)))
            return Timestamp(secondsSinceEpoch: deadline + late, utcOffsetMinutes: offset)
        }
        // Before the deadline, crowding towards it; few people submit in the small hours.
        var instant = deadline - 2
        for _ in 0..<4 {
            let u = UInt64(random.below(1 << 20))
            let window = UInt64(deadline - opening - 2)
            instant = deadline - 2 - Int64((window * u * u) >> 40)
            let localHour = ((instant + Int64(offset * 60)) % 86_400) / 3_600
            if localHour >= 6 || random.chance(150) { break }
        }
        return Timestamp(secondsSinceEpoch: instant, utcOffsetMinutes: offset)
    }

    /// The candidate's clock, a Brussels clock (many applicants live there), or the portal's UTC.
    private static func offsetMinutes(_ country: DemoCountry, _ random: inout DemoRandom) -> Int {
        let r = random.below(100)
        if r < 55 { return country.utcOffsetMinutes }
        if r < 78 { return 60 }
        return 0
    }
}
