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

/// The demo panel of DESIGN.md, with realistic display names.
public enum DemoPanel {
    public static let members: [PanelMember] = [
        PanelMember(name: "chair", displayName: "Hélène Marchetti", role: .chair),
        PanelMember(name: "member1", displayName: "Jonas Lindqvist", role: .member),
        PanelMember(name: "member2", displayName: "Μαρία Κωνσταντίνου", role: .member),
        PanelMember(name: "member3", displayName: "Piotr Zieliński", role: .member),
        PanelMember(name: "secretary", displayName: "Aoife Ní Bhriain", role: .secretary),
        PanelMember(name: "reviewer", displayName: "Tomás Ferreira", role: .reviewer),
    ]
}
