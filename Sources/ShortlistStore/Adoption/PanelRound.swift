import Foundation
import ShortlistCore

/// The opening of a round as a panel that has agreed its grid does it: the chair adopts the
/// grid, then every chair and member on the roster declares. For the demo database and test
/// fixtures, which must show a round as it would really be held; a real panel runs the two
/// commands itself, each person for themselves.
public enum PanelRound {
    /// Each person acts from a login of their own name (as the demo panel does). Safe to
    /// call on a round already open.
    public static func open(in store: any PanelDatabase) throws {
        let roster = try store.panelMembers()
        if try store.gridAdoption() == nil,
            let chair = roster.first(where: { $0.role == .chair })
        {
            try store.adoptGrid(
                by: store.actor(named: chair.name, login: chair.login ?? chair.name))
        }
        for person in roster where Role.declaring.contains(person.role) {
            try store.declare(
                by: store.actor(named: person.name, login: person.login ?? person.name))
        }
    }
}
