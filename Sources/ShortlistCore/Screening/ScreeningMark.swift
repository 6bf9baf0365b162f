/// A panel member's reading of a CV against one criterion, before any interview.
public enum ScreeningMark: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    case met
    case partly
    case notMet = "not_met"
    case unknown

    public var description: String { rawValue }

    /// One character for narrow columns: ● met, ◐ partly, ○ not met, ? unknown.
    public var symbol: String {
        switch self {
        case .met: "●"
        case .partly: "◐"
        case .notMet: "○"
        case .unknown: "?"
        }
    }
}

/// One member's mark for one criterion of one candidate.
public struct ScreeningEntry: Sendable, Hashable {
    public var member: String
    public var criterion: CriterionID
    public var mark: ScreeningMark

    public init(member: String, criterion: CriterionID, mark: ScreeningMark) {
        self.member = member
        self.criterion = criterion
        self.mark = mark
    }
}

/// The panel's screening of a candidate at a glance, e.g. "A 3/3 B 1/2 C 2/2", combining
/// members' marks without hiding disagreement: a criterion counts as met when every member
/// who marked it said met, and criteria the members disagree on are counted apart ("±1").
public struct ScreeningSummary: Sendable, Hashable, CustomStringConvertible {
    public struct Group: Sendable, Hashable {
        public var label: String
        public var met: Int
        public var total: Int
    }

    public var groups: [Group]
    /// Criteria on which members gave different marks.
    public var disagreements: Int
    /// Whether anyone has screened this candidate at all.
    public var isEmpty: Bool

    /// - Parameter criteria: the profile's criteria, in order, with their groups.
    public init(entries: [ScreeningEntry], criteria: [(CriterionID, CriterionGroup)]) {
        var marks: [CriterionID: Set<ScreeningMark>] = [:]
        for entry in entries { marks[entry.criterion, default: []].insert(entry.mark) }
        var groups: [Group] = []
        var disagreements = 0
        for group in CriterionGroup.allCases {
            let ids = criteria.filter { $0.1 == group }.map(\.0)
            guard !ids.isEmpty else { continue }
            var met = 0
            for id in ids {
                let given = marks[id] ?? []
                if given.count > 1 { disagreements += 1 }
                if given == [.met] { met += 1 }
            }
            groups.append(Group(label: Self.label(ids, group), met: met, total: ids.count))
        }
        self.groups = groups
        self.disagreements = disagreements
        self.isEmpty = entries.isEmpty
    }

    /// The letter the criteria of a group share (A for A1–A3), else the group's initial.
    static func label(_ ids: [CriterionID], _ group: CriterionGroup) -> String {
        let firsts = Set(ids.compactMap { $0.rawValue.first })
        if firsts.count == 1, let letter = firsts.first, letter.isLetter { return String(letter) }
        return String(group.title.prefix(1))
    }

    public var description: String {
        guard !isEmpty else { return "—" }
        let text = groups.map { "\($0.label) \($0.met)/\($0.total)" }.joined(separator: " ")
        return disagreements > 0 ? "\(text) ±\(disagreements)" : text
    }
}
