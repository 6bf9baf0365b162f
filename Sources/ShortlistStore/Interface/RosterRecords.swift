import ShortlistCore

/// The roster and permissions: who sits on the panel in which role, who is acting, blind
/// mode, and conflicts of interest.
public protocol RosterRecords: Sendable {
    /// The viewer asked for blind mode for themselves (it can add blinding, never remove it).
    var blindViewer: Bool { get }
    /// The acting person `name`, checked against the roster and bound logins.
    func actor(named name: String, login: String) throws -> Actor
    func panelMembers() throws -> [PanelMember]
    func panelMember(named name: String) throws -> PanelMember?
    func addPanelMember(_ member: PanelMember, by actor: Actor) throws
    func changePanelMember(
        named name: String, role: Role?, displayName: String?, login: String?, unbind: Bool,
        by actor: Actor) throws
    func removePanelMember(named name: String, by actor: Actor) throws

    func isBlind() throws -> Bool
    func setBlindMode(_ on: Bool, reason: String, by actor: Actor) throws

    func declareConflict(
        member: String, applicationID: ApplicationID, reason: String, by actor: Actor) throws
    func conflicts(of member: String?) throws -> [ConflictOfInterest]
}

extension RosterRecords {
    public func changePanelMember(
        named name: String, role: Role? = nil, displayName: String? = nil,
        login: String? = nil, unbind: Bool = false, by actor: Actor
    ) throws {
        try changePanelMember(
            named: name, role: role, displayName: displayName, login: login, unbind: unbind,
            by: actor)
    }

    public func conflicts(of member: String? = nil) throws -> [ConflictOfInterest] {
        try conflicts(of: member)
    }
}
