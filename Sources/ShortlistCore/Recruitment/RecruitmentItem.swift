import Foundation

/// One item of the recruitment checklist the secretary keeps per invited candidate (issue 19,
/// item 4): the conditions of the call's annex that the panel's marks do not cover.
public enum RecruitmentItem: String, Sendable, Hashable, CaseIterable, Comparable {
    case cast
    case diploma
    case nationality
    case military
    case rights
    case medical
    case references

    /// What the item stands for, as lists and the report say it.
    public var title: String {
        switch self {
        case .cast: "CAST FG IV passed"
        case .diploma: "diploma seen"
        case .nationality: "proof of nationality seen"
        case .military: "military service papers seen"
        case .rights: "full rights as a citizen"
        case .medical: "medical fitness"
        case .references: "references"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// `cast=yes`, `medical=no`: an item and whether it is met.
    public static func parseSetting(_ text: String) -> (RecruitmentItem, Bool)? {
        let parts = text.split(separator: "=", maxSplits: 1).map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard parts.count == 2, let item = RecruitmentItem(rawValue: parts[0]) else { return nil }
        switch parts[1] {
        case "yes", "y", "true": return (item, true)
        case "no", "n", "false": return (item, false)
        default: return nil
        }
    }
}
