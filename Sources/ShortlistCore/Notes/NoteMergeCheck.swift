/// One version a merge refused, named so the person merging can find it.
public struct NoteVersionRefusal: Sendable, Equatable, CustomStringConvertible {
    public var applicationID: ApplicationID
    public var counter: Int64
    public var author: String
    public var versionID: String
    public var reason: String

    public init(_ version: NoteVersion, _ reason: String) {
        applicationID = version.applicationID
        counter = version.counter
        author = version.author
        versionID = version.versionID
        self.reason = reason
    }

    public var description: String {
        "\(applicationID) counter \(counter) by \(author) (version \(versionID.prefix(8))): \(reason)"
    }
}

/// What a copy may bring back: the rules a merge applies to every version of a bundle or a
/// copy, once its signature has named the copy's owner. Pure: the store hands it what the
/// database holds, and merges only when nothing is refused (a bundle merges whole or not at
/// all).
public struct NoteMergeCheck: Sendable {
    /// Counters stay where a JSON number is exact everywhere (2^53): a forged huge counter
    /// would otherwise overflow the next one written.
    public static let maximumCounter: Int64 = 1 << 53
    /// How far a version's time may lie ahead of the merge (clocks drift; forged dates do not).
    public static let allowedSkewSeconds: Int64 = 600

    /// The copy's owner: the only author whose versions it may bring.
    public var owner: String
    public var ownerIsChair: Bool
    /// The names on the roster now (the owner must still be on it).
    public var roster: Set<String>
    /// When the merge happens.
    public var mergeTime: Timestamp
    /// Whether the database holds this candidate, not erased.
    public var isLive: @Sendable (ApplicationID) -> Bool

    public init(
        owner: String, ownerIsChair: Bool, roster: Set<String>, mergeTime: Timestamp,
        isLive: @escaping @Sendable (ApplicationID) -> Bool
    ) {
        self.owner = owner
        self.ownerIsChair = ownerIsChair
        self.roster = roster
        self.mergeTime = mergeTime
        self.isLive = isLive
    }

    public struct Outcome: Sendable, Equatable {
        /// Versions to add, parents before children.
        public var new: [NoteVersion] = []
        /// Versions the database already holds byte for byte.
        public var alreadyHeld = 0
        public var refusals: [NoteVersionRefusal] = []
    }

    /// Checks `versions` against `held`: the versions the database holds of every note the
    /// bundle names and every version it names (more does no harm).
    public func check(_ versions: [NoteVersion], held: [NoteVersion]) -> Outcome {
        var outcome = Outcome()
        var known = Dictionary(held.map { ($0.versionID, $0) }, uniquingKeysWith: { a, _ in a })
        let heldIDs = Set(known.keys)
        var byNote = Dictionary(grouping: held, by: \.noteID)
        // Lamport order: a version's parents have smaller counters, so they come first.
        let ordered = versions.sorted { ($0.counter, $0.versionID) < ($1.counter, $1.versionID) }
        for version in ordered {
            if let same = known[version.versionID] {
                if same != version {
                    outcome.refusals.append(
                        NoteVersionRefusal(
                            version, "differs from the version already held with the same id"))
                } else if heldIDs.contains(version.versionID) {
                    outcome.alreadyHeld += 1
                }
                continue
            }
            if let reason = refusal(of: version, known: known, byNote: byNote) {
                outcome.refusals.append(NoteVersionRefusal(version, reason))
                continue
            }
            known[version.versionID] = version
            byNote[version.noteID, default: []].append(version)
            outcome.new.append(version)
        }
        return outcome
    }

    private func refusal(
        of v: NoteVersion, known: [String: NoteVersion], byNote: [String: [NoteVersion]]
    ) -> String? {
        if let problem = v.malformation { return "\(problem.field): \(problem.reason)" }
        guard v.author == owner else {
            return
                "written by \(v.author), but the copy is \(owner)'s: a copy brings back only its owner's notes"
        }
        guard roster.contains(owner) else {
            return "\(owner) is not on this database's roster (`shortlist panel add`)"
        }
        guard (1...Self.maximumCounter).contains(v.counter) else {
            return "counter \(v.counter) is outside 1…2^53"
        }
        if let time = Timestamp(iso: v.at),
            time.secondsSinceEpoch > mergeTime.secondsSinceEpoch + Self.allowedSkewSeconds
        {
            return "written at \(v.at), later than now plus ten minutes"
        }
        guard isLive(v.applicationID) else {
            return "no application \(v.applicationID) here, or it was erased"
        }
        let history = byNote[v.noteID] ?? []
        guard !v.supersedes.isEmpty else {
            if !history.isEmpty {
                return "starts note \(v.noteID.prefix(8)), which already exists"
            }
            return v.isTombstone ? "a deletion must supersede a version" : nil
        }
        var parents: [NoteVersion] = []
        for id in v.supersedes {
            guard let parent = known[id] else {
                return
                    "supersedes version \(id.prefix(8)), which neither this database nor the bundle holds before it"
            }
            guard parent.noteID == v.noteID else {
                return "supersedes version \(id.prefix(8)) of another note"
            }
            guard parent.applicationID == v.applicationID else {
                return "moves note \(v.noteID.prefix(8)) to another application"
            }
            parents.append(parent)
        }
        // The note as its writer saw it: the versions it supersedes are its heads.
        let first = history.min {
            ($0.counter, $0.author, $0.versionID) < ($1.counter, $1.author, $1.versionID)
        }!
        let seen = NoteState(
            noteID: v.noteID, heads: parents.sorted(by: NoteVersion.listedBefore),
            author: first.author, versionCount: history.count, createdCounter: first.counter)
        guard let change = NoteChange.of(v) else { return nil }
        return NoteRules.refusal(change, of: seen, by: owner, isChair: ownerIsChair)
    }
}
