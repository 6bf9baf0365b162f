import ShortlistCore

/// Everything the screens show that is not data: selection, scroll, focus, open panes.
public struct AppState: Sendable, Equatable {
    public enum Pane: Sendable { case list, detail }

    public var focus: Pane = .list
    public var detailOpen = false
    public var helpOpen = false
    public var helpScroll = 0
    /// Position of the selected candidate in the list (0-based).
    public var selected = 0
    /// Position of the first visible row.
    public var top = 0
    public var detailScroll = 0
    public var message: String?
    /// Set when the application should stop, with the process's exit status.
    public var exitCode: Int32?

    public init() {}
}
