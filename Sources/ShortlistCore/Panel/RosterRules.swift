/// A change to the roster, as the rules judge it: the entry before and after (nil when it is
/// added or removed).
public struct RosterChange: Sendable, Equatable {
    public var before: PanelMember?
    public var after: PanelMember?

    public init(before: PanelMember?, after: PanelMember?) {
        self.before = before
        self.after = after
    }

    public static func add(_ member: PanelMember) -> RosterChange {
        .init(before: nil, after: member)
    }
    public static func remove(_ member: PanelMember) -> RosterChange {
        .init(before: member, after: nil)
    }

    /// The entry's name (the same before and after).
    public var name: String { (after ?? before)?.name ?? "" }
    var verb: String { before == nil ? "add" : after == nil ? "remove" : "change" }
    var roles: Set<Role> { Set([before?.role, after?.role].compactMap { $0 }) }
    /// Chair and member entries score: they carry the ranking and the grid.
    var touchesScoringEntry: Bool { !roles.isDisjoint(with: [.chair, .member]) }
}

/// What the roster rules need to know about the database and the person acting.
public struct RosterContext: Sendable {
    public var actor: String
    /// The actor's role now, nil when they are not on the roster.
    public var actorRole: Role?
    /// The operating-system login the actor acts from.
    public var actorLogin: String?
    /// The entries on the roster now (removed ones left out).
    public var roster: [PanelMember]
    /// Who created the database (meta `created_by`).
    public var creator: String?
    /// The group the database is shared with (`init --group`), if any.
    public var sharedGroup: String?
    /// "by NAME at TIME" when the panel has adopted its grid (the call profile is frozen).
    public var gridLocked: String?
    /// "by NAME at TIME" when the ranking is final.
    public var rankingFinal: String?

    public init(
        actor: String, actorRole: Role?, actorLogin: String?, roster: [PanelMember],
        creator: String?, sharedGroup: String?, gridLocked: String?, rankingFinal: String?
    ) {
        self.actor = actor
        self.actorRole = actorRole
        self.actorLogin = actorLogin
        self.roster = roster
        self.creator = creator
        self.sharedGroup = sharedGroup
        self.gridLocked = gridLocked
        self.rankingFinal = rankingFinal
    }
}

/// The separation of duties over the roster (docs/roles.md), in one place: who may add,
/// remove or change which entry, beyond the permission matrix's `manage-roster`.
public enum RosterRules {
    /// Why the change is refused, in words that say what to do; nil when it is allowed.
    /// `permissionDenied` is true when the refusal is the matrix's own (`manage-roster`).
    public static func refusal(_ change: RosterChange, in context: RosterContext) -> Refusal? {
        let name = change.name
        let what = "\(context.actor) cannot \(change.verb) the entry \(name)"
        if change.touchesScoringEntry, let final = context.rankingFinal {
            return .rule(
                "\(what): the ranking was finalised \(final), and finalising froze the roster's "
                    + "chair and member entries; the chair may reopen the ranking first "
                    + "(`shortlist rank reopen --reason …`)")
        }
        if let before = change.before, before.role == .chair, change.after?.role != .chair,
            context.roster.filter({ $0.role == .chair }).count <= 1
        {
            return .rule(
                "\(what): \(name) is the only chair, and a panel always keeps one; "
                    + "the chair adds another chair first")
        }
        if let refusal = whoMay(change, context, what) { return refusal }
        guard let after = change.after else { return nil }
        if let login = after.login {
            if let holder = context.roster.first(where: { $0.login == login && $0.name != name }) {
                return .rule(
                    "\(what): the login “\(login)” already holds the entry \(holder.name), and one "
                        + "login holds one roster entry; bind \(name) to its own person's login")
            }
            if login == context.actorLogin, name != context.actor {
                return .rule(
                    "\(what): “\(login)” is your own login, and nobody binds an entry other than "
                        + "their own to it; bind \(name) to the login of the person who will act as \(name)"
                )
            }
        }
        if let login = change.before?.login, login == context.actorLogin, name != context.actor {
            return .rule(
                "\(what): it is bound to your own login “\(login)”, and nobody alters an entry "
                    + "bound to their own login but their own; ask the chair")
        }
        if let group = context.sharedGroup, after.login == nil,
            after.role == .chair || after.role == .member
        {
            return .rule(
                "\(what) without a login: this database is shared with the group \(group), where "
                    + "anyone could type --user \(name); give the \(after.role) entry its login (--login LOGIN)"
            )
        }
        return nil
    }

    /// Who may touch the entry: the chair for chair entries (the creator adds the first), the
    /// chair alone for member entries once the grid is adopted, the matrix otherwise.
    static func whoMay(_ change: RosterChange, _ context: RosterContext, _ what: String)
        -> Refusal?
    {
        let keepsScoringEntries =
            context.actorRole.map { Permissions.allows($0, .manageScoringEntries) } ?? false
        if change.roles.contains(.chair) {
            if keepsScoringEntries { return nil }
            let noChairYet = !context.roster.contains { $0.role == .chair }
            if noChairYet, change.before == nil, context.actorRole != nil,
                context.actor == context.creator
            {
                return nil
            }
            return .rule(
                "\(what): only the chair adds, removes or changes a chair entry (while a database "
                    + "has no chair, its creator\(context.creator.map { ", \($0)," } ?? "") may add the first); "
                    + "ask the chair")
        }
        if change.touchesScoringEntry, let locked = context.gridLocked {
            if keepsScoringEntries { return nil }
            return .rule(
                "\(what): the panel's grid was adopted \(locked), and from then on only the chair adds, "
                    + "removes or changes chair and member entries; ask the chair")
        }
        guard let role = context.actorRole, Permissions.allows(role, .manageRoster) else {
            return .permissionDenied
        }
        return nil
    }

    public enum Refusal: Sendable, Equatable {
        /// The matrix refuses `manage-roster` to the actor.
        case permissionDenied
        /// A roster rule refuses the change, with the reason.
        case rule(String)
    }
}
