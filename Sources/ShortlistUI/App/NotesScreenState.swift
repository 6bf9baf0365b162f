import ShortlistCore
import ShortlistStore

/// The notes screen: what it shows as last read, and its first line shown.
public struct NotesScreenState: Sendable {
    public var view: NotesScreenView
    public var scroll = 0
}

/// Offline notes as the notes screen shows them: whether this database is an offline copy,
/// the acting person's versions not yet exported, the copies this database issued, and what
/// the last export, merge or checkout said.
public struct NotesScreenView: Sendable {
    /// The panel database this one is a copy of; nil for the panel's own.
    public var copyOf: String?
    public var toExport: NotesToExport
    public var copies: [OfflineCopy]
    /// What the last export, merge or checkout from this screen said.
    public var outcome: StatusMessage?
}
