import Foundation

/// A calendar date without time or zone, e.g. a date of birth.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly.
    public init?(iso text: String) {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        zeroPadded(year, 4) + "-" + zeroPadded(month, 2) + "-" + zeroPadded(day, 2)
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }
}

/// An instant with the UTC offset it was written in, e.g. `2025-12-02T23:30:00+02:00`.
/// Comparisons use the absolute instant, whatever the offsets.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var secondsSinceEpoch: Int64
    public var utcOffsetMinutes: Int

    public init(secondsSinceEpoch: Int64, utcOffsetMinutes: Int = 0) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Parses ISO 8601 `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or `±HH:MM` (also `±HHMM`);
    /// a timestamp without an offset is ambiguous and refused. A space may replace the `T`.
    public init?(iso text: String) {
        let b = Array(text.utf8)
        guard b.count >= 17,
            let date = CalendarDate(iso: String(decoding: b[0..<10], as: UTF8.self)),
            b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == UInt8(ascii: " "),
            let hour = digits(b, 11, 2), b[13] == UInt8(ascii: ":"), let minute = digits(b, 14, 2),
            hour <= 23, minute <= 59
        else { return nil }
        var i = 16
        var second = 0
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let s = digits(b, i + 1, 2), s <= 60 else { return nil }
            second = min(s, 59)
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                i += 1
                let start = i
                while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
                guard i > start else { return nil }
            }
        }
        guard i < b.count else { return nil }
        var offset = 0
        switch b[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard i + 1 == b.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
            guard let oh = digits(b, i + 1, 2), oh <= 18 else { return nil }
            var om = 0
            if b.count == i + 6, b[i + 3] == UInt8(ascii: ":"), let m = digits(b, i + 4, 2) {
                om = m
            } else if b.count == i + 5, let m = digits(b, i + 3, 2) {
                om = m
            } else if b.count != i + 3 {
                return nil
            }
            guard om <= 59 else { return nil }
            offset = sign * (oh * 60 + om)
        default:
            return nil
        }
        let local = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(secondsSinceEpoch: local - Int64(offset * 60), utcOffsetMinutes: offset)
    }

    /// The instant written in its own offset, `YYYY-MM-DDTHH:MM:SS±HH:MM` (or `Z`).
    public var description: String {
        let (date, seconds) = localParts
        let offset = abs(utcOffsetMinutes)
        // An import formats every record's submission time three times (stored, hashed,
        // checked against the deadline): written digit by digit into one buffer, not
        // joined from a dozen small strings. Years of other widths take the general way.
        guard (0...9999).contains(date.year), offset < 100 * 60 else { return partsDescription }
        return String(unsafeUninitializedCapacity: 25) { out in
            var i = 0
            func digits(_ value: Int, _ width: Int) {
                var value = value
                for k in stride(from: width - 1, through: 0, by: -1) {
                    out[i + k] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                i += width
            }
            func byte(_ ascii: Unicode.Scalar) {
                out[i] = UInt8(ascii: ascii)
                i += 1
            }
            digits(date.year, 4)
            byte("-")
            digits(date.month, 2)
            byte("-")
            digits(date.day, 2)
            byte("T")
            digits(seconds / 3600, 2)
            byte(":")
            digits((seconds % 3600) / 60, 2)
            byte(":")
            digits(seconds % 60, 2)
            if utcOffsetMinutes == 0 {
                byte("Z")
            } else {
                byte(utcOffsetMinutes < 0 ? "-" : "+")
                digits(offset / 60, 2)
                byte(":")
                digits(offset % 60, 2)
            }
            return i
        }
    }

    /// The same text joined from its parts: the general way, for any year.
    var partsDescription: String {
        let (date, seconds) = localParts
        let time =
            zeroPadded(seconds / 3600, 2) + ":" + zeroPadded((seconds % 3600) / 60, 2) + ":"
            + zeroPadded(seconds % 60, 2)
        return "\(date)T\(time)\(Self.offsetText(utcOffsetMinutes))"
    }

    /// The local date and the seconds into that day, in the timestamp's own offset.
    private var localParts: (date: CalendarDate, seconds: Int) {
        let local = secondsSinceEpoch + Int64(utcOffsetMinutes * 60)
        var days = local / 86_400
        var rest = local % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        return (CalendarDate(daysSinceEpoch: Int(days)), Int(rest))
    }

    static func offsetText(_ minutes: Int) -> String {
        if minutes == 0 { return "Z" }
        let m = abs(minutes)
        return (minutes < 0 ? "-" : "+") + zeroPadded(m / 60, 2) + ":" + zeroPadded(m % 60, 2)
    }

    // Equality, order and hashing are the instant's: the same moment written in two offsets
    // is one time. The offset is kept only to show the time as the candidate's system wrote it.
    public static func < (a: Self, b: Self) -> Bool { a.secondsSinceEpoch < b.secondsSinceEpoch }
    public static func == (a: Self, b: Self) -> Bool { a.secondsSinceEpoch == b.secondsSinceEpoch }
    public func hash(into hasher: inout Hasher) { hasher.combine(secondsSinceEpoch) }
}

/// `n` in decimal with leading zeros to `width` digits. `String(format:)` is locale machinery
/// and ten times slower, which shows when a million rows are written.
func zeroPadded(_ n: Int, _ width: Int) -> String {
    let text = String(n)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}

private func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
    guard start + count <= bytes.count else { return nil }
    var value = 0
    for i in start..<(start + count) {
        let b = bytes[i]
        guard b >= 48, b <= 57 else { return nil }
        value = value * 10 + Int(b - 48)
    }
    return value
}
