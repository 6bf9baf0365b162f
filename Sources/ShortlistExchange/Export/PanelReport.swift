import Foundation
import ShortlistCore
import ShortlistStore

/// What the printable panel report says, read once through the store's sealed reads: the
/// call, the panel, the criteria, eligibility counts, the ranking and reserve list, statistics,
/// agreement, and the audit trail's state. Rendered as HTML or Markdown.
public struct PanelReport: Sendable {
    public struct CriterionStatistics: Sendable {
        public var criterion: CriterionID
        public var count: Int
        public var mean: Double
        public var minimum: Double
        public var lowerQuartile: Double
        public var median: Double
        public var upperQuartile: Double
        public var maximum: Double
        public var standardDeviation: Double
        public var belowPassMark: Int
    }

    public struct MemberMarks: Sendable {
        public var applicationID: ApplicationID
        public var name: String
        /// Submitted cards only, by member name.
        public var cards: [Scorecard]
    }

    public let table: RankingTable
    public let exportedBy: Actor
    public let members: [PanelMember]
    public let eligibility: EligibilityCounts
    public let dataState: DataState?
    public let verification: AuditVerification
    public let created: Timestamp
    /// Every invited candidate with their interview slot, in slot order.
    public let schedule: [InterviewScheduleEntry]
    /// Nil unless the chair asked for `--with-member-marks`.
    public let memberMarks: [MemberMarks]?
    /// Who adopted the grid and when; nil while it is a proposal.
    public let adoption: GridAdoption?
    /// Who declared confidentiality and no undeclared conflict, and when.
    public let declarations: [Declaration]

    public init(
        store: any PanelDatabase, viewer: Actor, withMemberMarks: Bool,
        environment: [String: String]
    ) throws {
        if withMemberMarks { try store.authoriseMemberMarksExport(by: viewer) }
        table = try RankingTable(store: store, viewer: viewer)
        exportedBy = viewer
        members = try store.panelMembers()
        eligibility = try store.eligibilityCounts()
        dataState = try store.dataState()
        verification = try store.verifyAuditTrail()
        schedule = try InterviewScheduleEntry.load(store)
        created = try ExportTime.creationTime(environment: environment, dataState: dataState)
        adoption = try store.gridAdoption()
        declarations = try store.declarations()
        if withMemberMarks {
            memberMarks = try table.view.ranked.map { row in
                let scoring = try store.candidateScoring(row.applicationID, for: viewer)
                let cards = ([scoring.own].compactMap { $0 } + scoring.others)
                    .filter(\.isSubmitted).sorted { $0.member < $1.member }
                return MemberMarks(applicationID: row.applicationID, name: row.name, cards: cards)
            }
        } else {
            memberMarks = nil
        }
    }

    public var scheme: ScoringScheme { table.scheme }
    public var view: RankingView { table.view }
    public var profile: CallProfile? { table.profile }

    /// The ranked candidates whose results the author may see.
    public var visibleResults: [(RankingRow, CandidateResult)] {
        view.ranked.compactMap { row in row.result.value.map { (row, $0) } }
    }

    public var totals: [Double] { visibleResults.compactMap { $0.1.total } }

    /// Per criterion, over the visible ranked candidates' means (never a single member's mark).
    public var statistics: [CriterionStatistics] {
        scheme.criteria.compactMap { rule in
            let means = visibleResults.compactMap { pair in
                pair.1.criteria.first { $0.criterion == rule.id }?.mean
            }.sorted()
            guard !means.isEmpty else { return nil }
            let mean = means.reduce(0, +) / Double(means.count)
            let variance =
                means.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(means.count)
            return CriterionStatistics(
                criterion: rule.id, count: means.count, mean: mean, minimum: means.first!,
                lowerQuartile: Self.quantile(means, 0.25), median: Self.quantile(means, 0.5),
                upperQuartile: Self.quantile(means, 0.75), maximum: means.last!,
                standardDeviation: variance.squareRoot(),
                belowPassMark: rule.passMark.map { mark in means.filter { $0 + 1e-9 < mark }.count }
                    ?? 0)
        }
    }

    /// Where the marks of one candidate spread as far as the profile's divergence threshold:
    /// a prompt for the calibration discussion, named by criterion and spread only.
    public var divergenceNotes: [String] {
        visibleResults.flatMap { row, result in
            result.criteria.filter(\.isDivergent).map {
                "\(row.applicationID) (\(row.name)): \($0.criterion) marks spread over \($0.spread) levels"
            }
        }
    }

    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        guard sorted.count > 1 else { return sorted.first ?? 0 }
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }

    public var finalText: String {
        view.finalised.map { "Final: finalised by \($0.by) at \($0.at)." }
            ?? "NOT FINAL: the chair has not finalised this ranking; it may still change."
    }

    public var memberMarksText: String {
        "This report contains individual members' marks (--with-member-marks, exported by the chair, \(exportedBy.name)). The deliberations of the board are secret: do not pass it on."
    }

    /// Section 3's first words: when the panel adopted the grid, or that it has not.
    public var adoptionText: String {
        guard let adoption else {
            return
                "NOT ADOPTED: the panel has not adopted this grid; its values are a proposal and may still change."
        }
        guard let digest = adoption.gridSHA256 else {
            // Locked by an earlier version, possibly at the first mark: no claim of "before".
            return
                "Adopted by the panel on \(Self.day(adoption.at)): locked by \(adoption.by) at \(adoption.at), by an earlier version of Shortlist that kept no digest of the grid."
        }
        return
            "Adopted by the panel on \(Self.day(adoption.at)): its chair, \(adoption.by), adopted this grid at \(adoption.at) (grid SHA-256 \(digest)), before any application was screened or scored."
    }

    /// Which values the call states and which the panel chose.
    public var sourcesText: String {
        let sources = profile?.sources ?? ValueSources()
        var parts: [String] = []
        let call = sources.labels(of: .call)
        let panel = sources.labels(of: .panel)
        if !call.isEmpty {
            parts.append("Stated by the call: " + call.joined(separator: "; ") + ".")
        }
        if !panel.isEmpty {
            parts.append("The panel's choice: " + panel.joined(separator: "; ") + ".")
        }
        return parts.joined(separator: " ")
    }

    /// Says whose the reserve list is, where the report shows it.
    public var reserveText: String {
        let whose =
            profile?.sources.reserveListLimit == .call
            ? "The reserve list's size is the call's."
            : "The reserve list and its size are the panel's choice."
        return profile?.reserveListAnnounced == true
            ? whose : whose + " The call announces no reserve list: candidates are not told of it."
    }

    /// The date of a stored time (`2026-01-02T10:00:00Z` → `2026-01-02`).
    static func day(_ at: String) -> String { String(at.prefix(10)) }

    /// One person's declarations as the report's panel table shows them.
    public func declarationText(of name: String) -> String {
        let made = declarations.filter { $0.name == name }
        guard !made.isEmpty else { return "not declared" }
        if made.count == DeclarationKind.allCases.count, Set(made.map(\.declaredAt)).count == 1 {
            return "confidentiality and no undeclared conflict, \(made[0].declaredAt)"
        }
        return made.map {
            ($0.kind == .confidentiality ? "confidentiality" : "no undeclared conflict")
                + ", \($0.declaredAt)"
        }.joined(separator: "; ")
    }

    public var auditText: String {
        if let problem = verification.firstProblem {
            return "The audit trail does NOT verify: \(problem.reason)."
        }
        guard let state = dataState else { return "The audit trail is empty." }
        return "The audit trail verifies: every entry links to the one before and matches its hash."
            + " As of the last change that is not an export (entry \(state.seq), \(state.at)),"
            + " its head hash is \(state.headHash)."
    }
}
