/// Notes on their way from one copy of a database to another: the versions, and where they
/// belong. The file format (docs/offline-notes.md) adds a format version and a checksum.
public struct NoteBundle: Sendable, Equatable {
    public static let formatName = "shortlist-notes"
    public static let formatVersion = 1

    /// The database id of the origin the copies were taken from (a copy's own id when it is
    /// not a copy): a bundle merges only into the same family.
    public var originDatabaseID: String
    /// The database the bundle was exported from (the origin or one of its copies).
    public var exportedFrom: String
    public var exportedBy: String
    public var exportedAt: String
    public var versions: [NoteVersion]

    public init(
        originDatabaseID: String, exportedFrom: String, exportedBy: String, exportedAt: String,
        versions: [NoteVersion]
    ) {
        self.originDatabaseID = originDatabaseID
        self.exportedFrom = exportedFrom
        self.exportedBy = exportedBy
        self.exportedAt = exportedAt
        self.versions = versions
    }
}

/// Why a bundle or a copy was refused as a whole; nothing was changed.
public enum NoteBundleRefused: Error, Equatable, CustomStringConvertible {
    case notABundle(file: String)
    case unknownVersion(file: String, version: Int)
    case truncated(file: String, detail: String)
    case badChecksum(file: String, expected: String, actual: String)
    case malformed(file: String, field: String, reason: String)
    case wrongDatabase(file: String, bundleOrigin: String, databaseOrigin: String)

    public var description: String {
        switch self {
        case .notABundle(let file):
            return
                "\(file) is not a Shortlist notes bundle (made by `shortlist notes export`) nor a copy (`shortlist notes checkout`); nothing was merged"
        case .unknownVersion(let file, let version):
            return
                "\(file) is a notes bundle of format version \(version); this Shortlist reads version \(NoteBundle.formatVersion): upgrade Shortlist to merge it; nothing was merged"
        case .truncated(let file, let detail):
            return
                "\(file) is truncated (\(detail)): copy it again from the reviewer; nothing was merged"
        case .badChecksum(let file, let expected, let actual):
            return
                "\(file) does not match its checksum (it says \(expected.prefix(12))…, the notes give \(actual.prefix(12))…): it was altered or damaged; nothing was merged"
        case .malformed(let file, let field, let reason):
            return "\(file): field “\(field)”: \(reason); nothing was merged"
        case .wrongDatabase(let file, let bundleOrigin, let databaseOrigin):
            return
                "\(file) holds notes for database \(bundleOrigin.prefix(8))…, not this one (\(databaseOrigin.prefix(8))…): merge it into the database it was checked out from; nothing was merged"
        }
    }
}

/// What a merge did.
public struct NoteMergeReport: Sendable, Equatable {
    /// Versions new to this database, now merged.
    public var added: Int
    /// Versions it already held (a second merge of the same bundle adds nothing).
    public var alreadyHeld: Int
    /// Versions refused because their author is not on this database's roster, by author.
    public var refusedAuthors: [String: Int]
    /// Versions refused because their candidate is not in this database or was erased.
    public var refusedApplications: [ApplicationID: Int]
    /// Notes that, after the merge, hold a conflict (two versions written concurrently).
    public var conflicts: [String]

    public var refused: Int {
        refusedAuthors.values.reduce(0, +) + refusedApplications.values.reduce(0, +)
    }

    public init(
        added: Int = 0, alreadyHeld: Int = 0, refusedAuthors: [String: Int] = [:],
        refusedApplications: [ApplicationID: Int] = [:], conflicts: [String] = []
    ) {
        self.added = added
        self.alreadyHeld = alreadyHeld
        self.refusedAuthors = refusedAuthors
        self.refusedApplications = refusedApplications
        self.conflicts = conflicts
    }
}
