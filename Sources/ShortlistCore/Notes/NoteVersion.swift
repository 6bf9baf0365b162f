import Foundation

/// One version of a note: the unit that copies exchange and the merge unions.
///
/// A note is identified by `noteID` and lives as a set of versions. Each version names the
/// versions it supersedes (`supersedes`), so "which came after which" is known exactly, and
/// carries a Lamport counter and its author so that versions the history does not order can
/// still be listed in one deterministic order. A version is never changed once written.
public struct NoteVersion: Hashable, Sendable, Codable {
    /// The note's stable id (a lowercase UUID).
    public var noteID: String
    /// This version's own id (a lowercase UUID): the key of the grow-only set.
    public var versionID: String
    /// Lamport clock: greater than the counter of every version its writer had seen.
    public var counter: Int64
    public var author: String
    /// When it was written, UTC (`Timestamp` text), for people; the merge never reads it.
    public var at: String
    public var applicationID: ApplicationID
    public var criterion: CriterionID?
    /// The note's text, or nil for a tombstone (the note was deleted).
    public var text: String?
    /// Short labels, sorted and without repeats.
    public var tags: [String]
    /// The versions this one replaces, sorted: empty for a new note, the head for an edit,
    /// every head of a conflict for its resolution.
    public var supersedes: [String]

    public init(
        noteID: String, versionID: String, counter: Int64, author: String, at: String,
        applicationID: ApplicationID, criterion: CriterionID? = nil, text: String?,
        tags: [String] = [], supersedes: [String] = []
    ) {
        self.noteID = noteID
        self.versionID = versionID
        self.counter = counter
        self.author = author
        self.at = at
        self.applicationID = applicationID
        self.criterion = criterion
        self.text = text
        self.tags = NoteTag.normalised(tags)
        self.supersedes =
            supersedes.isStrictlyIncreasing
            ? supersedes : Array(Set(supersedes)).canonicallySorted()
    }

    public var isTombstone: Bool { text == nil }

    /// The order in which concurrent versions are listed: the later Lamport counter first,
    /// then the author, then the version id. Total, and the same in every copy.
    public static func listedBefore(_ a: NoteVersion, _ b: NoteVersion) -> Bool {
        if a.counter != b.counter { return a.counter > b.counter }
        if a.author != b.author { return a.author < b.author }
        return a.versionID < b.versionID
    }

    enum CodingKeys: String, CodingKey {
        case noteID = "note_id", versionID = "version_id", counter, author, at
        case applicationID = "application_id", criterion, text, tags, supersedes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let application = try c.decode(String.self, forKey: .applicationID)
        let criterion = try c.decodeIfPresent(String.self, forKey: .criterion)
        let tags = try c.decodeIfPresent([String].self, forKey: .tags)
        let supersedes = try c.decodeIfPresent([String].self, forKey: .supersedes)
        self.init(
            noteID: try c.decode(String.self, forKey: .noteID),
            versionID: try c.decode(String.self, forKey: .versionID),
            counter: try c.decode(Int64.self, forKey: .counter),
            author: try c.decode(String.self, forKey: .author),
            at: try c.decode(String.self, forKey: .at),
            applicationID: ApplicationID(application),
            criterion: criterion.map { CriterionID($0) },
            text: try c.decodeIfPresent(String.self, forKey: .text),
            tags: tags ?? [], supersedes: supersedes ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(noteID, forKey: .noteID)
        try c.encode(versionID, forKey: .versionID)
        try c.encode(counter, forKey: .counter)
        try c.encode(author, forKey: .author)
        try c.encode(at, forKey: .at)
        try c.encode(applicationID.rawValue, forKey: .applicationID)
        try c.encodeIfPresent(criterion?.rawValue, forKey: .criterion)
        // A tombstone is written as an explicit null, so a reader sees it was meant.
        try c.encode(text, forKey: .text)
        try c.encode(tags, forKey: .tags)
        try c.encode(supersedes, forKey: .supersedes)
    }
}

/// Tags: short labels such as `shortlist`, `ask-about-DT`, `check-diploma`.
public enum NoteTag {
    public static let maximumLength = 40

    /// Letters, digits, `-`, `_`, `.` and `/`, at most 40 characters: a tag is one word that a
    /// filter (`tag:check-diploma`) can name.
    public static func isValid(_ tag: String) -> Bool {
        !tag.isEmpty && tag.count <= maximumLength
            && tag.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) || "-_./".unicodeScalars.contains($0)
            }
    }

    /// Sorted, without repeats or blanks.
    public static func normalised(_ tags: [String]) -> [String] {
        // Tags read back from a database or a bundle are normalised already: a merge reads
        // tens of thousands, and Foundation's trim, a set and a sort cost more than the read.
        if tags.isStrictlyIncreasing, tags.allSatisfy(hasPlainEnds) { return tags }
        return Array(
            Set(tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        ).canonicallySorted()
    }

    /// Non-empty, and starting and ending with a printable ASCII character other than space:
    /// nothing a trim of whitespace would remove (a UTF-8 byte below 0x80 is a whole character).
    private static func hasPlainEnds(_ tag: String) -> Bool {
        guard let first = tag.utf8.first, let last = tag.utf8.last else { return false }
        return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
    }

    /// Splits what a person typed (`check-diploma, shortlist`) into tags.
    public static func parse(_ text: String) -> [String] {
        normalised(
            text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init))
    }
}

extension NoteVersion {
    /// What makes this version unfit to be held at all (field, reason), or nil: checked when a
    /// bundle is read and again when any version is merged.
    public var malformation: (field: String, reason: String)? {
        if noteID.isEmpty || noteID.count > 64 { return ("note_id", "not a note id") }
        if versionID.isEmpty || versionID.count > 64 { return ("version_id", "not a version id") }
        if author.isEmpty { return ("author", "empty") }
        if Timestamp(iso: at) == nil { return ("at", "“\(at)” is not a time") }
        if applicationID.rawValue.isEmpty { return ("application_id", "empty") }
        if let text, text.utf8.count > 20_000 { return ("text", "longer than 20,000 bytes") }
        if let tag = tags.first(where: { !NoteTag.isValid($0) }) {
            return ("tags", "“\(tag)” is not a tag")
        }
        if supersedes.contains(versionID) {
            return ("supersedes", "a version cannot supersede itself")
        }
        return nil
    }
}

extension Array where Element == String {
    /// Each element before the next in `String.canonicallyPrecedes`: sorted, without
    /// repeats, as `Set` and `canonicallySorted()` would leave it.
    var isStrictlyIncreasing: Bool {
        zip(self, dropFirst()).allSatisfy { $0.canonicallyPrecedes($1) }
    }

    /// Sorted by `String.canonicallyPrecedes`.
    public func canonicallySorted() -> [String] { sorted { $0.canonicallyPrecedes($1) } }
}

extension String {
    /// A total order that agrees with `==` (canonical equivalence): the NFC forms' scalars
    /// compared in turn. Swift's `<` is not one for every pair — `"e\u{301}"` and `"éa"` are
    /// neither less nor greater than each other, nor equal — so a sort by it could depend on
    /// the order it was given, and two copies would list the same tags differently.
    public func canonicallyPrecedes(_ other: String) -> Bool {
        if utf8.allSatisfy({ $0 < 0x80 }) && other.utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.lexicographicallyPrecedes(other.utf8)
        }
        return precomposedStringWithCanonicalMapping.unicodeScalars.lexicographicallyPrecedes(
            other.precomposedStringWithCanonicalMapping.unicodeScalars)
    }
}
