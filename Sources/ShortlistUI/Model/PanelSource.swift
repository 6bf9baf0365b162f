import ShortlistStore

/// What the interface reads and changes of the panel's work on a candidate: eligibility and
/// overrides, screening, conflicts of interest, the audit trail, invitations, scorecards,
/// the ranking, notes and filters. Any engine's store is one; it checks every permission
/// again inside its transaction, so the interface's own checks only spare the user a useless
/// form. Sendable because writes and slow reads run on their own threads.
public typealias PanelSource = EligibilityRecords & ScreeningRecords & RosterRecords
    & AuditRecords & InterviewRecords & RankingRecords & NoteRecords & CandidateFiltering
