import Foundation

/// A wall-clock date and time without a zone, as a call text writes its deadline.
public struct LocalDateTime: Hashable, Sendable, CustomStringConvertible {
    public var date: CalendarDate
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init?(date: CalendarDate, hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// `2025-12-02T23:00:00`
    public var description: String {
        "\(date)T" + zeroPadded(hour, 2) + ":" + zeroPadded(minute, 2) + ":"
            + zeroPadded(second, 2)
    }

    /// The seconds since the epoch if this wall-clock time were UTC.
    var secondsAsIfUTC: Int64 {
        Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
    }
}

/// The moment applications must be received by: a local time in a named time zone (the call
/// says "02.12.2025 - 23.00 (Brussels time)"), resolved once to an absolute instant so that a
/// submission written in any UTC offset compares correctly. The deadline itself is on time.
public struct Deadline: Hashable, Sendable, CustomStringConvertible {
    public let local: LocalDateTime
    public let timeZone: TimeZone
    /// The instant, written in the zone's offset at that moment.
    public let instant: Timestamp

    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case unknownTimeZone(String)
        /// The clocks skip this local time (the spring change to summer time).
        case nonexistentLocalTime
        /// The clocks show this local time twice (the autumn change back).
        case ambiguousLocalTime

        public var description: String {
            switch self {
            case .unknownTimeZone(let name):
                "“\(name)” is not an IANA time zone (e.g. Europe/Brussels)"
            case .nonexistentLocalTime:
                "this local time does not exist in the time zone (the clocks skip it)"
            case .ambiguousLocalTime:
                "this local time happens twice in the time zone (the clocks go back): choose another"
            }
        }
    }

    public init(local: LocalDateTime, timeZoneIdentifier: String) throws(Problem) {
        guard let zone = TimeZone(identifier: timeZoneIdentifier) else {
            throw .unknownTimeZone(timeZoneIdentifier)
        }
        try self.init(local: local, timeZone: zone)
    }

    public init(local: LocalDateTime, timeZone: TimeZone) throws(Problem) {
        // Every offset the zone uses around that day is a candidate; a candidate is right when
        // the zone really uses it at the instant it gives. None: a gap; two: an overlap.
        let instants = Self.instants(localSecondsAsIfUTC: local.secondsAsIfUTC, in: timeZone)
        guard let first = instants.first else { throw .nonexistentLocalTime }
        guard instants.count == 1 else { throw .ambiguousLocalTime }
        self.local = local
        self.timeZone = timeZone
        self.instant = first
    }

    /// The instants at which `zone`'s clocks show a local time (given as seconds as if it were
    /// UTC), earliest first: usually one, none in a skipped hour, two in a repeated one.
    static func instants(localSecondsAsIfUTC asUTC: Int64, in timeZone: TimeZone) -> [Timestamp] {
        var offsets: Set<Int> = []
        for probe in [asUTC - 86_400, asUTC, asUTC + 86_400] {
            offsets.insert(timeZone.secondsFromGMT(for: Date(seconds: probe)))
        }
        return offsets.sorted(by: >).compactMap { offset -> Timestamp? in
            let instant = asUTC - Int64(offset)
            guard timeZone.secondsFromGMT(for: Date(seconds: instant)) == offset else {
                return nil
            }
            return Timestamp(secondsSinceEpoch: instant, utcOffsetMinutes: offset / 60)
        }
    }

    public var timeZoneIdentifier: String { timeZone.identifier }

    /// `2025-12-02T23:00:00 Europe/Brussels`
    public var description: String { "\(local) \(timeZone.identifier)" }

    /// The same instant written in this deadline's time zone, as a reader there sees it.
    public func inZone(_ timestamp: Timestamp) -> Timestamp {
        let offset = timeZone.secondsFromGMT(for: Date(seconds: timestamp.secondsSinceEpoch))
        return Timestamp(
            secondsSinceEpoch: timestamp.secondsSinceEpoch, utcOffsetMinutes: offset / 60)
    }

    /// Whether a submission at `timestamp` is on time: at or before the instant.
    public func isMet(by timestamp: Timestamp) -> Bool { timestamp <= instant }
}

extension Date {
    fileprivate init(seconds: Int64) { self.init(timeIntervalSince1970: TimeInterval(seconds)) }
}

extension Deadline {
    /// Instants around the deadline during which its zone keeps the deadline's offset (from
    /// the clock change before it, or a year before it, to the change after it), in seconds
    /// since the epoch. Empty if Foundation's transitions do not bear that out.
    public var spanOfSameOffset: Range<Int64> {
        let at = Date(seconds: instant.secondsSinceEpoch)
        let yearBefore = at - 366 * 86_400
        var lower = yearBefore
        var probe = timeZone.nextDaylightSavingTimeTransition(after: yearBefore)
        while let t = probe, t <= at {
            lower = t
            probe = timeZone.nextDaylightSavingTimeTransition(after: t)
        }
        let upper = probe ?? at + 366 * 86_400
        let offset = instant.utcOffsetMinutes * 60
        guard timeZone.secondsFromGMT(for: lower) == offset,
            timeZone.secondsFromGMT(for: upper - 1) == offset
        else { return instant.secondsSinceEpoch..<instant.secondsSinceEpoch }
        return Int64(
            lower.timeIntervalSince1970.rounded())..<Int64(
                upper.timeIntervalSince1970.rounded())
    }
}
