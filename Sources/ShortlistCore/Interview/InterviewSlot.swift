import Foundation

/// Where and when an invited candidate is interviewed: an instant kept with the offset it was
/// given in (the letter shows the time as the panel wrote it), a place or video link, and the
/// interview's languages (the call: English and possibly a second official language).
public struct InterviewSlot: Hashable, Sendable {
    public var time: Timestamp
    public var place: String
    public var languages: [LanguageCode]

    public init(time: Timestamp, place: String, languages: [LanguageCode]) {
        self.time = time
        self.place = place
        self.languages = languages
    }

    /// `--at`: ISO 8601 with or without seconds, always with an offset (`2026-01-15T10:00+01:00`).
    /// A time without an offset means a different instant in each panel member's zone: refused.
    public static func parseTime(_ text: String) throws(SlotError) -> Timestamp {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let time = Timestamp(iso: trimmed) { return time }
        let looksLocal =
            (trimmed.count == 16 || trimmed.count == 19) && Timestamp(iso: trimmed + "Z") != nil
        throw SlotError(
            looksLocal
                ? "--at \(trimmed): a time needs its offset (e.g. \(trimmed)+01:00 for Brussels in winter)"
                : "--at \(trimmed): not an ISO 8601 time with offset, e.g. 2026-01-15T10:00+01:00")
    }

    /// `--language EN,FR`: EU official languages, in the order given, without repeats.
    public static func parseLanguages(_ text: String) throws(SlotError) -> [LanguageCode] {
        var codes: [LanguageCode] = []
        for part in text.split(separator: ",") {
            let word = part.trimmingCharacters(in: .whitespaces)
            guard let code = LanguageCode(rawValue: word), code.isEUOfficial else {
                throw SlotError("--language \(word): not one of the 24 official EU languages")
            }
            if !codes.contains(code) { codes.append(code) }
        }
        guard !codes.isEmpty else { throw SlotError("--language: give at least one language") }
        return codes
    }

    /// Languages as the command line takes them: `EN,FR`.
    public var languageList: String {
        languages.map { $0.rawValue.uppercased() }.joined(separator: ",")
    }

    /// `15 January 2026`, in the slot's own offset.
    public var dateText: String {
        let local = localParts
        return "\(local.day) \(Self.months[local.month - 1]) \(local.year)"
    }

    /// `10:00 (UTC+01:00)`.
    public var timeText: String {
        let local = localParts
        let offset = Timestamp.offsetText(time.utcOffsetMinutes)
        return zeroPadded(local.minutes / 60, 2) + ":" + zeroPadded(local.minutes % 60, 2)
            + " (UTC" + (offset == "Z" ? "" : offset) + ")"
    }

    /// One line for lists and the report's schedule.
    public var summary: String {
        "\(time) · \(place) · \(languageList)"
    }

    private var localParts: (year: Int, month: Int, day: Int, minutes: Int) {
        let local = time.secondsSinceEpoch + Int64(time.utcOffsetMinutes * 60)
        var days = local / 86_400
        var rest = local % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let date = CalendarDate(daysSinceEpoch: Int(days))
        return (date.year, date.month, date.day, Int(rest) / 60)
    }

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
}

/// A slot argument that cannot be used, with a message naming the argument.
public struct SlotError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
