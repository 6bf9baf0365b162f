import ShortlistCore
import ShortlistStore

/// The roster screen: the roster as the update step last read it, the entry selected, and
/// the first line shown.
public struct RosterState: Sendable {
    public var view: RosterView
    public var selected = 0
    public var scroll = 0

    public var selectedEntry: RosterView.Entry? {
        view.entries.indices.contains(selected) ? view.entries[selected] : nil
    }
}

/// The panel roster as the roster screen shows it: each entry with its declarations and the
/// conflicts of interest recorded for it.
public struct RosterView: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var member: PanelMember
        public var declarations: [Declaration]
        public var conflicts: [ConflictOfInterest]
    }

    public var entries: [Entry]

    public init(
        members: [PanelMember], declarations: [Declaration], conflicts: [ConflictOfInterest]
    ) {
        entries = members.map { member in
            Entry(
                member: member, declarations: declarations.filter { $0.name == member.name },
                conflicts: conflicts.filter { $0.member == member.name })
        }
    }
}
