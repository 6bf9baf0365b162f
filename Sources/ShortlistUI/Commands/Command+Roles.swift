import ShortlistCore
import ShortlistStore

extension Set<PanelAction> {
    /// The roles that may do one of these, in the roster's order.
    var allowedRoles: [Role] {
        Role.allCases.filter { role in contains { Permissions.allows(role, $0) } }
    }

    /// "the chair", "the chair or a member": for the help and the key reference.
    var whoMay: String {
        let names = allowedRoles.map { $0 == .member ? "a member" : "the \($0)" }
        switch names.count {
        case 0: return "nobody"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " or " + names.last!
        }
    }
}

extension PanelAction {
    /// "the chair or the secretary": who may do this one action.
    var whoMay: String { Set([self]).whoMay }
}
