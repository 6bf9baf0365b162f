import ShortlistCore

extension PermissionDenied {
    /// The refusal the store would give, for an interface that says so before trying: the
    /// same words wherever a person meets the permission matrix.
    public init(refusing action: PanelAction, to actor: Actor) {
        self.init(actor: actor.name, role: actor.role, action: action)
    }
}
