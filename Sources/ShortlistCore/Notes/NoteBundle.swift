/// Notes on their way from one copy of a database to another: the versions, and where they
/// belong, signed by the copy it comes from. The file format: docs/offline-notes.md.
public struct NoteBundle: Sendable, Equatable {
    public static let formatName = "shortlist-notes"
    /// 2: signed with the copy's Ed25519 key (1 carried a plain checksum anyone could forge).
    public static let formatVersion = 2

    /// The database id of the origin the copies were taken from (a copy's own id when it is
    /// not a copy): a bundle merges only into the same family.
    public var originDatabaseID: String
    /// The database the bundle was exported from (the origin or one of its copies): for a
    /// copy, the id under which the panel recorded the copy's public key.
    public var exportedFrom: String
    public var exportedBy: String
    public var exportedAt: String
    public var versions: [NoteVersion]
    /// Base64 Ed25519 signature by the copy's key over `NoteCanonicalForm.signedBytes`; nil when
    /// exported from a database that is not a copy (such a bundle merges nowhere).
    public var signature: String?

    public init(
        originDatabaseID: String, exportedFrom: String, exportedBy: String, exportedAt: String,
        versions: [NoteVersion], signature: String? = nil
    ) {
        self.originDatabaseID = originDatabaseID
        self.exportedFrom = exportedFrom
        self.exportedBy = exportedBy
        self.exportedAt = exportedAt
        self.versions = versions
        self.signature = signature
    }
}

/// Why a bundle or a copy was refused as a whole; nothing was changed.
public enum NoteBundleRefused: Error, Equatable, CustomStringConvertible {
    case notABundle(file: String)
    case unknownVersion(file: String, version: Int)
    case truncated(file: String, detail: String)
    case formatVersion1(file: String)
    case malformed(file: String, field: String, reason: String)
    case wrongDatabase(file: String, bundleOrigin: String, databaseOrigin: String)
    case unsigned(file: String)
    case copyNotIssued(file: String, copyID: String)
    case badSignature(file: String)
    case versionsRefused(file: String, [NoteVersionRefusal])

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
        case .formatVersion1(let file):
            return
                "\(file) is a version 1 notes bundle, which is not signed and cannot be trusted: the reviewer installs this Shortlist and exports again from their copy (`shortlist notes export -o FILE --db COPY --user NAME`), or brings the copy itself (`shortlist notes merge COPY.db`); nothing was merged"
        case .unsigned(let file):
            return
                "\(file) is not signed: only notes exported from a copy made by `shortlist notes checkout` of this database can be merged; nothing was merged"
        case .copyNotIssued(let file, let copyID):
            return
                "\(file) comes from copy \(copyID.prefix(8))…, which this database did not issue (`shortlist notes checkout` records every copy it makes); nothing was merged"
        case .badSignature(let file):
            return
                "\(file) does not match its signature: it was altered after its copy signed it, or signed by another key; nothing was merged"
        case .versionsRefused(let file, let refusals):
            return
                "\(file): \(refusals.count) note version\(refusals.count == 1 ? "" : "s") refused; nothing was merged:\n"
                + refusals.map { "  \($0)" }.joined(separator: "\n")
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
    /// Versions it already held byte for byte (a second merge of the same bundle adds nothing).
    public var alreadyHeld: Int
    /// Notes that, after the merge, hold a conflict (two versions written concurrently).
    public var conflicts: [String]

    public init(added: Int = 0, alreadyHeld: Int = 0, conflicts: [String] = []) {
        self.added = added
        self.alreadyHeld = alreadyHeld
        self.conflicts = conflicts
    }
}
