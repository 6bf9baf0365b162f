/// What a person does on the panel; the permissions follow from it (`Permissions`).
public enum Role: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case chair
    case member
    case secretary
    case reviewer

    public var description: String { rawValue }

    /// The roles that must declare before they screen, score or open a candidate's detail:
    /// those who assess. The secretary and reviewers may declare (it is recorded and reported
    /// alike) but are not stopped without it, as they neither screen nor score.
    public static let declaring: Set<Role> = [.chair, .member]
}

/// A person on the roster: the name they act under (`--user`), how they are shown, their
/// role, and, when bound, the operating-system login that alone may act as them.
public struct PanelMember: Sendable, Equatable, Codable {
    public var name: String
    public var displayName: String
    public var role: Role
    public var login: String?

    public init(name: String, displayName: String, role: Role, login: String? = nil) {
        self.name = name
        self.displayName = displayName
        self.role = role
        self.login = login
    }
}
