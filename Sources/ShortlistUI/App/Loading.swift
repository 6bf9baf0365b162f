import ShortlistCore
import ShortlistStore

/// Work in flight and the update step's caches.
struct Loading {
    /// The count asked for last, not yet answered.
    var pendingCount: PendingCount?
    /// The search asked for last, its generation, and where the selection was when `/` was
    /// pressed (Escape goes back there).
    var pendingSearch: PendingSearch?
    var pendingWrites: [PendingWrite] = []
    /// The detail tab's read asked for last, not yet answered.
    var pendingDetail: PendingDetail?
    /// The Score column's read asked for last, not yet answered.
    var pendingScores: PendingScores?
    /// The ranking's read asked for last, not yet answered.
    var pendingRanking: PendingRanking?
    /// The generation of the audit check `v` asked for last, not yet answered.
    var pendingVerify: Int?
    /// The list's marks read asked for last, not yet answered.
    var pendingMarks: PendingMarks?
    /// The last marks read failed: it is said, and asked for again after the next key or
    /// change, not on every frame.
    var marksFailed = false
    /// When to look at the change feed next.
    var nextPoll: UInt64 = 0
    /// Counts changes this session made to what the tabs and the list show.
    var dataVersion = 0
    /// What the list and tabs need beyond the rows, read when first needed and again after
    /// the session changes it.
    var panelCache = PanelCache()
    /// The evidence phrases found in CVs for the evidence column, by candidate and criteria.
    var evidenceCache: [String: String] = [:]
    /// Long work running off the loop's thread (an import), with its progress.
    var work: RunningWork?
}

/// What a detail tab read from the store, on the detail's runner.
enum DetailRead: Sendable {
    /// The candidate, with their interview slot and recruitment checklist once invited.
    case candidate(Candidate?, slot: InterviewSlot?, checks: [RecruitmentCheck])
    case eligibility(EligibilityAssessment?)
    /// The candidate's screening, with what the tab needs besides that the cache lacked.
    case screening(CandidateScreening, extras: ScreeningExtras)
    case audit([AuditEntry])
    /// The store refused the audit trail to this viewer, and why.
    case auditRefused(String)
    case notes([NoteState])
    /// The session has no panel work (a bare candidate source).
    case noPanel
    /// The session has no acting person, so there is no audit trail to ask for.
    case noActor
}

/// What the Screening tab needs besides the candidate's screening, read with it when the
/// cache lacks it (each nil when it was not asked for).
struct ScreeningExtras: Sendable {
    /// Which of them to read.
    struct Needs: Sendable {
        var screeners = false
        var conflicts = false
        var criteria = false
    }

    var screeners: [String]?
    var conflicts: [ApplicationID: ConflictOfInterest]?
    var criteria: [(CriterionID, CriterionGroup)]?
}

/// A detail read asked for and not yet answered, with the document it is for.
struct PendingDetail {
    var generation: Int
    var key: DetailDocument.Key
}

/// A ranking read asked for and not yet answered: the ranking view opens with it, or, when
/// `refresh`, replaces the open one's data (another process changed the marks).
struct PendingRanking {
    var generation: Int
    var refresh: Bool
}

/// A read of the Score column's cards asked for and not yet answered: the candidates it is
/// for, and how many times the cache had been emptied when it was asked for.
struct PendingScores {
    var generation: Int
    var ids: [ApplicationID]
    var cleared: Int
}
