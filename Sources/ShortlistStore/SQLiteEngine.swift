import Foundation
import ShortlistCore

/// SQLite files: the engine of every build.
public struct SQLiteEngine: DatabaseEngine {
    public init() {}

    public var name: String { "SQLite" }

    public func handles(_ location: DatabaseLocation) -> Bool { location.fileURL != nil }

    public func open(
        _ location: DatabaseLocation, readOnly: Bool, blindViewer: Bool,
        clock: @escaping @Sendable () -> Date
    ) throws -> any PanelDatabase {
        try SQLiteStore.open(
            at: try file(of: location), readOnly: readOnly, blindViewer: blindViewer,
            clock: clock)
    }

    public func create(
        _ location: DatabaseLocation, _ setup: NewDatabase, clock: @escaping @Sendable () -> Date
    ) throws -> any PanelDatabase {
        try SQLiteStore.create(at: try file(of: location), setup, clock: clock)
    }

    public func build(
        _ location: DatabaseLocation, _ setup: NewDatabase, cacheMegabytes: Int,
        clock: @escaping @Sendable () -> Date, _ body: (any PanelDatabase) throws -> Void
    ) throws {
        try SQLiteStore.build(
            at: try file(of: location), setup, cacheMegabytes: cacheMegabytes, clock: clock,
            body)
    }

    /// A new database file shared with an operating-system group (mode 0660): the panel's
    /// members on one machine. Only a file has a group.
    public func create(
        file url: URL, _ setup: NewDatabase, sharedWith group: String?,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> any SQLiteFileDatabase {
        try SQLiteStore.create(at: url, setup, group: group, clock: clock)
    }

    private func file(of location: DatabaseLocation) throws -> URL {
        guard let url = location.fileURL else {
            throw StoreError.invalid("SQLite cannot open \(location): it is not a file")
        }
        return url
    }
}

/// What only a SQLite file can do: be a file with a mode and a group, and be checked page by
/// page. Not part of `PanelDatabase`: a server has none of it.
public protocol SQLiteFileDatabase: PanelDatabase {
    var url: URL { get }
    /// Whether the file was made for a group (mode 0660): its exports are then shared with
    /// the same group.
    func sharedGroup() -> gid_t?
    /// SQLite's own consistency check of the whole file: empty when all is well.
    func integrityProblems() throws -> [String]
}

extension SQLiteStore: SQLiteFileDatabase {
    public var location: DatabaseLocation { .file(url) }

    public func watchChanges() throws -> any ChangeWatching { try ChangeWatch(store: self) }

    public func candidates(
        sortedBy keys: [SortKey], around id: ApplicationID, at position: Int, before: Int,
        after: Int, scope: CandidateScope, filter: CompiledFilter?
    ) throws -> [CandidateRow] {
        try candidates(
            sortedBy: keys, around: id, before: min(before, position), after: after,
            scope: scope, filter: filter)
    }
}

extension ChangeWatch: ChangeWatching {}
