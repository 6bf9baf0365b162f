/// Everything a person can do to a selection file that a role may or may not allow.
public enum PanelAction: String, CaseIterable, Sendable, CustomStringConvertible {
    case read
    case annotate
    case exportOwnNotes = "export-own-notes"
    case mergeNotes = "merge-notes"
    case screen
    case score
    case declareOwnConflict = "declare-own-conflict"
    case recordConflictForOthers = "record-conflict-for-others"
    case importApplications = "import"
    case manageRoster = "manage-roster"
    /// The chair's part of the roster (RosterRules): chair entries, and member entries once
    /// the grid is adopted.
    case manageScoringEntries = "manage-scoring-entries"
    case invite
    case overrideEligibility = "override-eligibility"
    case editProfile = "edit-profile"
    case lockProfile = "lock-profile"
    case excuseMember = "excuse-member"
    case reopenScorecard = "reopen-scorecard"
    case finaliseRanking = "finalise-ranking"
    case exportResults = "export-results"
    case setBlindMode = "set-blind-mode"
    case purge
    case readAuditTrail = "read-audit-trail"

    public var description: String { rawValue }

    /// How the action reads in a refusal: "cannot import applications".
    public var phrase: String {
        switch self {
        case .read: "read the applications"
        case .annotate: "annotate applications"
        case .exportOwnNotes: "export their own notes"
        case .mergeNotes: "merge note bundles or export others' notes"
        case .screen: "screen candidates against the criteria"
        case .score: "score interviews"
        case .declareOwnConflict: "declare a conflict of interest"
        case .recordConflictForOthers: "record a conflict of interest for someone else"
        case .importApplications: "import applications"
        case .manageRoster: "change the panel roster"
        case .manageScoringEntries:
            "change the roster's chair entries (and its member entries once the grid is adopted)"
        case .invite: "invite candidates to interview"
        case .overrideEligibility: "override an eligibility rule"
        case .editProfile: "change the call profile"
        case .lockProfile:
            "adopt the panel's grid (the call profile's weights, pass marks and scale)"
        case .excuseMember: "excuse an absent member"
        case .reopenScorecard: "reopen a submitted scorecard"
        case .finaliseRanking: "finalise or reopen the ranking"
        case .exportResults: "export the ranking, report or feedback sheets"
        case .setBlindMode: "switch blind mode"
        case .purge: "erase candidates' personal data"
        case .readAuditTrail: "read the audit trail"
        }
    }
}

/// The permission matrix (docs/roles.md), in one place. The store asks it before every
/// change, so no path (the interface, the command line, a future one) can bypass it.
public enum Permissions {
    public static func allows(_ role: Role, _ action: PanelAction) -> Bool {
        allowed[role, default: []].contains(action)
    }

    private static let reviewer: Set<PanelAction> = [.read, .annotate, .exportOwnNotes]
    private static let member: Set<PanelAction> = reviewer.union([
        .screen, .score, .declareOwnConflict,
    ])

    private static let allowed: [Role: Set<PanelAction>] = [
        .reviewer: reviewer,
        .member: member,
        .chair: member.union([
            .recordConflictForOthers, .manageScoringEntries, .invite, .overrideEligibility,
            .editProfile, .lockProfile,
            .excuseMember, .mergeNotes,
            .reopenScorecard, .finaliseRanking, .exportResults, .setBlindMode, .readAuditTrail,
        ]),
        .secretary: reviewer.union([
            .declareOwnConflict, .recordConflictForOthers, .importApplications, .manageRoster,
            .editProfile,
            .invite, .exportResults, .purge, .readAuditTrail, .mergeNotes,
        ]),
    ]
}
