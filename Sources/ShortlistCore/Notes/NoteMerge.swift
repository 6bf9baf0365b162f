/// The notes of a database as a grow-only set of versions keyed by version id.
///
/// Merging is set union, so it is idempotent, commutative and associative: copies can be
/// merged in any order, any number of times, and end with the same versions. What a note
/// says now is a function of that set alone (`current`).
public struct NoteSet: Sendable, Equatable {
    public private(set) var versions: [String: NoteVersion]

    public init(_ versions: some Sequence<NoteVersion> = []) {
        self.versions = [:]
        for version in versions { insert(version) }
    }

    /// Adds a version unless one with its id is already in the set (a version never changes,
    /// so the one already held is the same).
    public mutating func insert(_ version: NoteVersion) {
        if versions[version.versionID] == nil { versions[version.versionID] = version }
    }

    public func merging(_ other: NoteSet) -> NoteSet {
        var result = self
        for version in other.versions.values { result.insert(version) }
        return result
    }

    public var count: Int { versions.count }

    /// Every note as it stands, in a deterministic order (application, then first written).
    public var current: [NoteState] {
        NoteState.states(of: Array(versions.values))
    }
}

/// What one note says now: its maximal versions (those no other version supersedes). One head
/// is the ordinary case; two or more are a conflict, kept until the author or the chair
/// writes a version that supersedes them all.
public struct NoteState: Sendable, Equatable {
    public var noteID: String
    /// The maximal versions, in `NoteVersion.listedBefore` order.
    public var heads: [NoteVersion]
    /// Who wrote the note's first version (the earliest known one).
    public var author: String
    /// How many versions the note has, tombstones included.
    public var versionCount: Int
    /// The Lamport counter of its first version: notes are listed in the order written.
    public var createdCounter: Int64

    public var isConflict: Bool { heads.count > 1 }
    /// Deleted: every head is a tombstone.
    public var isDeleted: Bool { heads.allSatisfy(\.isTombstone) }
    /// The head listed first: what a one-line view shows.
    public var latest: NoteVersion { heads[0] }
    public var applicationID: ApplicationID { latest.applicationID }
    /// The tags of the note's live heads.
    public var tags: [String] {
        NoteTag.normalised(heads.filter { !$0.isTombstone }.flatMap(\.tags))
    }

    /// Groups versions by note and finds each note's heads.
    public static func states(of versions: [NoteVersion]) -> [NoteState] {
        let byNote = Dictionary(grouping: versions, by: \.noteID)
        var states: [NoteState] = []
        states.reserveCapacity(byNote.count)
        for (noteID, versions) in byNote {
            let superseded = Set(versions.flatMap(\.supersedes))
            let heads = versions.filter { !superseded.contains($0.versionID) }
                .sorted(by: NoteVersion.listedBefore)
            // A cycle cannot be written by this program; if a forged set holds one, keep
            // every version visible rather than lose the note.
            let visible = heads.isEmpty ? versions.sorted(by: NoteVersion.listedBefore) : heads
            let first = versions.min {
                ($0.counter, $0.author, $0.versionID) < ($1.counter, $1.author, $1.versionID)
            }!
            states.append(
                NoteState(
                    noteID: noteID, heads: visible, author: first.author,
                    versionCount: versions.count, createdCounter: first.counter))
        }
        return states.sorted { a, b in
            if a.applicationID != b.applicationID { return a.applicationID < b.applicationID }
            if a.createdCounter != b.createdCounter { return a.createdCounter < b.createdCounter }
            return a.noteID < b.noteID
        }
    }
}
