import ShortlistCore
import ShortlistStore

/// What the session knows before the first key: the database, who is acting, the call
/// profile, and whether names are withheld. The executable works these out (it may read TOML
/// and talk to the operating system); the interface only shows and obeys them.
public struct AppContext: Sendable {
    public var databaseName: String
    public var callReference: String
    /// Who is acting. Nil when nobody is known: then nothing but reading is allowed.
    public var actor: Actor?
    /// The call profile in force: criteria texts for screening, evidence phrases for the CV.
    public var profile: CallProfile?
    /// Names, e-mail, birth date and nationality are withheld (the database's blind mode, or
    /// the user's own).
    public var isBlind: Bool
    /// Why the database was opened read-only, when it was: said at start.
    public var readOnlyReason: String?

    public init(
        databaseName: String, callReference: String, actor: Actor? = nil,
        profile: CallProfile? = nil, isBlind: Bool = false, readOnlyReason: String? = nil
    ) {
        self.databaseName = databaseName
        self.callReference = callReference
        self.actor = actor
        self.profile = profile
        self.isBlind = isBlind
        self.readOnlyReason = readOnlyReason
    }

    /// May the acting person do this? Nobody known may only read.
    public func allows(_ action: PanelAction) -> Bool {
        actor?.may(action) ?? (action == .read)
    }

    /// May the acting person do any one of these? An empty set is what anyone may do.
    public func allows(anyOf actions: Set<PanelAction>) -> Bool {
        actions.isEmpty || actions.contains { allows($0) }
    }

    /// Why the acting person may do none of these: the store's words for one action; for
    /// several, each named and everyone who may do one of them.
    public func refusal(ofAnyOf actions: Set<PanelAction>) -> String {
        let ordered = PanelAction.allCases.filter(actions.contains)
        guard ordered.count > 1, let actor, let role = actor.role else {
            return ordered.first.map(refusal(of:)) ?? refusal(of: .read)
        }
        let phrases = ordered.map(\.phrase)
        let what = phrases.dropLast().joined(separator: ", ") + " or " + phrases.last!
        return "\(actor.name) is a \(role) and cannot \(what): only \(actions.whoMay) can"
    }

    /// Why the acting person may not do this, in the store's own words.
    public func refusal(of action: PanelAction) -> String {
        guard let actor else {
            return
                "nobody is acting in this session, so it may only read; start it with --user NAME"
        }
        return PermissionDenied(refusing: action, to: actor).description
    }
}
