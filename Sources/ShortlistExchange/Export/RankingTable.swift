import Foundation
import ShortlistCore
import ShortlistStore

/// The ranking export's rows for every candidate, as the exporting person may see them: the
/// ranked candidates in rank order, then the invited ones not fully scored, then everyone
/// else in application-id order, each marked in the `status` column. A value the viewer may
/// not see is "sealed". Only the invited candidates are held in memory; the rest stream.
public struct RankingTable: Sendable {
    public enum Status: String, Sendable {
        case ranked
        case notFullyScored = "not_fully_scored"
        case notInvited = "not_invited"
    }

    public let view: RankingView
    public let profile: CallProfile?
    private let eligibility: [ApplicationID: EligibilityResult]
    /// Per invited candidate, the recruitment checklist's items not (yet) met.
    private let recruitment: [ApplicationID: [RecruitmentItem]]

    /// Reads the ranking and the invited candidates' eligibility; refuses anyone who may not
    /// export (the chair and the secretary may).
    public init(store: any PanelDatabase, viewer: Actor) throws {
        try store.authoriseExport(by: viewer)
        guard let view = try store.ranking(for: viewer) else {
            throw ExportError(
                "this database has no call profile with a scoring scheme, so there is no ranking to export"
            )
        }
        // Nothing is written that calls itself final but is not the ranking finalised.
        if let mismatch = view.finalMismatch {
            throw ExportError("\(mismatch); nothing was exported")
        }
        self.view = view
        profile = try store.storedProfile().flatMap {
            try? CallProfileParser.parse(text: $0.toml, file: "the stored call profile")
        }
        var eligibility: [ApplicationID: EligibilityResult] = [:]
        for row in view.ranked + view.pending {
            eligibility[row.applicationID] = try store.eligibility(of: row.applicationID)?.result
        }
        self.eligibility = eligibility
        recruitment = try store.recruitmentMissing()
    }

    public var scheme: ScoringScheme { view.scheme }
    public var isFinal: Bool { view.finalised != nil }
    public var finalText: String { isFinal ? "final" : "not final" }

    public var header: [String] {
        ["status", "rank", "application_id", "name", "eligibility", "total"]
            + scheme.criteria.map { "\($0.id)_mean" } + [
                "passed", "reserve", "ranking", "conditions", "recruitment",
            ]
    }

    /// Which columns hold numbers (for widths and alignment).
    public var columnWidths: [Double] {
        [17, 7, 16, 32, 13, 9] + scheme.criteria.map { _ in 9 } + [9, 9, 11, 28, 28]
    }

    /// Every row, in export order.
    public func forEachRow(
        store: any PanelDatabase, _ body: (Status, [ExportCell]) throws -> Void
    ) throws {
        for row in view.ranked { try body(.ranked, cells(row, .ranked)) }
        for row in view.pending { try body(.notFullyScored, cells(row, .notFullyScored)) }
        let invited = Set((view.ranked + view.pending).map(\.applicationID))
        let criteria = scheme.criteria.map { _ in ExportCell.empty }
        try store.forEachCandidateLine { line in
            guard !invited.contains(line.applicationID) else { return }
            try body(
                .notInvited,
                [
                    .text(Status.notInvited.rawValue), .empty, .text(line.applicationID.rawValue),
                    .text(line.name),
                    line.eligibility.map { .text($0.rawValue) } ?? .empty, .empty,
                ] + criteria + [.empty, .empty, .text(finalText), .empty, .empty])
        }
    }

    /// The reserve list in rank order: rank, application id, name, total.
    public var reserveHeader: [String] { ["rank", "application_id", "name", "total"] }

    public var reserveRows: [[ExportCell]] {
        guard !view.ranksSealed else { return [] }
        return view.ranked.filter { $0.reserve?.value == true }.map { row in
            [
                row.rank?.value.map { .integer($0) } ?? .text(ScoreText.sealed),
                .text(row.applicationID.rawValue), .text(row.name),
                row.result.value?.total.map { .decimal($0) } ?? .text(ScoreText.sealed),
            ]
        }
    }

    /// The recruitment column: "complete", or the checklist items still missing.
    public func recruitmentText(_ id: ApplicationID) -> String {
        guard let missing = recruitment[id] else { return "" }
        return missing.isEmpty
            ? "complete" : "missing: " + missing.map(\.rawValue).joined(separator: ", ")
    }

    func cells(_ row: RankingRow, _ status: Status) -> [ExportCell] {
        let result = row.result.value
        let sealed = ExportCell.text(ScoreText.sealed)
        func sealedOrNot<T>(_ value: Sealed<T>?, _ cell: (T) -> ExportCell) -> ExportCell {
            guard let value else { return .empty }
            return value.value.map(cell) ?? sealed
        }
        let means = scheme.criteria.map { rule -> ExportCell in
            guard let result else { return sealed }
            return result.criteria.first { $0.criterion == rule.id }?.mean.map {
                .decimal(CandidateResult.roundedToHundredths($0))
            } ?? .empty
        }
        let passed: ExportCell =
            row.isComplete ? (result.map { .boolean($0.passed) } ?? sealed) : .empty
        return [
            .text(status.rawValue), sealedOrNot(row.rank) { .integer($0) },
            .text(row.applicationID.rawValue), .text(row.name),
            eligibility[row.applicationID].map { .text($0.rawValue) } ?? .empty,
            result.map { $0.total.map { .decimal($0) } ?? .empty } ?? sealed,
        ]
            + means + [
                passed, sealedOrNot(row.reserve) { .boolean($0) }, .text(finalText),
                .text(RankingCells.conditions(row)), .text(recruitmentText(row.applicationID)),
            ]
    }
}
