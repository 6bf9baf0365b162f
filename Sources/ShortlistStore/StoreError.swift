import Foundation

/// What went wrong with a database, in words a user can act on. No personal data: at most an
/// application id.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case alreadyExists(path: String)
    case notAShortlistDatabase(path: String)
    case newerSchema(path: String)
    case cannotCreate(path: String, reason: String)
    /// The engine refused or failed a request, in its own words.
    case engine(location: String, message: String)
    /// Another process held the database's write lock for longer than the busy timeout
    /// (an import, typically): nothing was written, and the same request may be retried.
    case busy(path: String)
    /// A request that cannot be carried out as asked, with the reason.
    case invalid(String)
    /// `--db`, `SHORTLIST_DB` or `config.toml` named a database in a way that cannot be read.
    case badLocation(String, reason: String)
    /// The location needs an engine this build does not have (`engine`: its name).
    case noEngine(engine: String, trait: String, location: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return
                "no database at \(path); create one with `shortlist import FILE` or try `shortlist demo`"
        case .alreadyExists(let path):
            return "a database already exists at \(path)"
        case .notAShortlistDatabase(let path):
            return "\(path) is not a Shortlist database"
        case .newerSchema(let path):
            return
                "\(path) was written by a newer version of Shortlist; upgrade Shortlist to open it"
        case .cannotCreate(let path, let reason):
            return "cannot create \(path): \(reason)"
        case .engine(let path, let message):
            return "database \(path): \(message)"
        case .busy(let path):
            return
                "database \(path) is busy: another process (an import?) has held it for over a minute; nothing was written, try again when it is done"
        case .invalid(let reason):
            return reason
        case .badLocation(let text, let reason):
            return "cannot use the database \(text): \(reason)"
        case .noEngine(let engine, let trait, let location):
            return
                "this build has no \(engine) engine; build with `--traits \(trait)` to open \(location)"

        }
    }
}
