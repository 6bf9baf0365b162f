import Foundation

/// A list field read entry by entry: the entries that could be read, and the text of those
/// that could not. One typo in `IT;ZZ` must not hide that the candidate is Italian, so the
/// rules judge on `readable` and name `unreadable` in their reason.
public struct PartlyRead<Entry: Sendable>: Sendable {
    public var readable: [Entry]
    public var unreadable: [UnreadableEntry]

    public var unreadableText: String {
        ReasonText.listed(unreadable.map { "“\($0.text)”" }, "and")
    }
}

/// An entry that could not be read, with what could still be read of it: `FR:C3` is French at
/// an unknown level, `XX:A2` an unknown language at A2. A rule uses these parts to tell
/// whether the entry could still change its result.
public struct UnreadableEntry: Sendable, Equatable {
    public var text: String
    public var reason: String
    public var language: LanguageCode?
    public var level: CEFRLevel?

    public init(
        _ text: String, _ reason: String, language: LanguageCode? = nil, level: CEFRLevel? = nil
    ) {
        self.text = text
        self.reason = reason
        self.language = language
        self.level = level
    }
}

extension ApplicationParsing {
    /// Every `;`-separated country code, read or not; `GR` becomes `EL`, repeats count once.
    public static func readNationalityEntries(_ text: String) -> PartlyRead<CountryCode> {
        var result = PartlyRead<CountryCode>(readable: [], unreadable: [])
        for part in text.split(separator: ";") {
            let item = part.trimmingASCIISpaces()
            if item.isEmpty { continue }
            guard let code = CountryCode(rawValue: item), code.isKnown else {
                result.unreadable.append(
                    UnreadableEntry(
                        item,
                        "“\(item)” is not a country code (two letters, e.g. EL, FR; several separated by ;)"
                    ))
                continue
            }
            if !result.readable.contains(code) { result.readable.append(code) }
        }
        return result
    }

    /// Every `;`-separated `CODE:LEVEL` pair, read or not, in the order declared.
    public static func readLanguageEntries(_ text: String) -> PartlyRead<LanguageSkill> {
        if let read = readAllReadableASCIILanguages(text) { return read }
        var result = PartlyRead<LanguageSkill>(readable: [], unreadable: [])
        for part in text.split(separator: ";") {
            let item = part.trimmingASCIISpaces()
            if item.isEmpty { continue }
            let pair = item.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else {
                result.unreadable.append(
                    UnreadableEntry(item, "“\(item)” is not CODE:LEVEL (e.g. EN:C1)"))
                continue
            }
            let codeText = pair[0].trimmingASCIISpaces()
            let levelText = pair[1].trimmingASCIISpaces()
            let code = LanguageCode(rawValue: codeText)
            let level = CEFRLevel(text: levelText)
            if let code, let level {
                result.readable.append(LanguageSkill(code, level))
            } else {
                let reason =
                    code == nil
                    ? "“\(codeText)” is not an ISO 639-1 language code"
                    : "“\(levelText)” is not a CEFR level (A1, A2, B1, B2, C1, C2)"
                result.unreadable.append(
                    UnreadableEntry(item, reason, language: code, level: level))
            }
        }
        return result
    }
}

extension Timestamp {
    /// The local time `text` (ISO 8601 without an offset) as it is read in `zone`: one instant
    /// normally, none in the hour the clocks skip, two in the hour they repeat. Nil when the
    /// text is not such a time. The offset is the zone's on that date (CET or CEST).
    public static func instants(readingLocal text: String, in zone: TimeZone) -> [Timestamp]? {
        let trimmed = text.trimmingASCIISpaces()
        guard let last = trimmed.utf8.last, last >= 48, last <= 57,
            let asUTC = Timestamp(iso: trimmed + "Z")
        else { return nil }
        return Deadline.instants(localSecondsAsIfUTC: asUTC.secondsSinceEpoch, in: zone)
    }
}
