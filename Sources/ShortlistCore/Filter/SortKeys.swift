import Foundation

/// A column a candidate list can be sorted by.
public enum SortField: String, Sendable, Hashable, CaseIterable {
    case name
    case id
    case experience = "exp"
    case functionGroup = "fg"
    case education = "edu"
    case nationality = "nat"
    case submitted
    case eligibility
    /// The interview slot's instant (the schedule); candidates without one come first.
    case slot

    init?(word: String) {
        switch word.lowercased() {
        case "name": self = .name
        case "id", "application_id": self = .id
        case "exp", "experience": self = .experience
        case "fg", "function_group": self = .functionGroup
        case "edu", "education": self = .education
        case "nat", "nationality": self = .nationality
        case "submitted": self = .submitted
        case "eligibility", "elig": self = .eligibility
        case "slot": self = .slot
        default: return nil
        }
    }
}

/// One key of a sort: a field and a direction.
public struct SortKey: Sendable, Hashable, CustomStringConvertible {
    public var field: SortField
    public var descending: Bool

    public init(_ field: SortField, descending: Bool = false) {
        self.field = field
        self.descending = descending
    }

    public var description: String { (descending ? "-" : "") + field.rawValue }

    /// `name`, `-exp,name`, `exp:desc, id:asc`: keys separated by commas, a leading `-` or a
    /// `:desc` suffix for descending.
    public static func parseList(_ text: String) throws(FilterSyntaxError) -> [SortKey] {
        var keys: [SortKey] = []
        var offset = 0
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let leading = part.prefix(while: { $0 == " " }).count
            var word = part.trimmingCharacters(in: .whitespaces)
            let position = offset + leading
            offset += part.count + 1
            var descending = false
            if word.hasPrefix("-") {
                descending = true
                word.removeFirst()
            } else if word.hasPrefix("+") {
                word.removeFirst()
            }
            let pieces = word.split(separator: ":", maxSplits: 1).map(String.init)
            if pieces.count == 2 {
                switch pieces[1].lowercased() {
                case "desc": descending = true
                case "asc": descending = false
                default:
                    throw FilterSyntaxError(
                        position: position, message: "'\(pieces[1])' is not a direction",
                        hint: "asc or desc, or a leading - for descending")
                }
            }
            guard let name = pieces.first, let field = SortField(word: name) else {
                throw FilterSyntaxError(
                    position: position,
                    message: word.isEmpty ? "an empty sort key" : "cannot sort by '\(word)'",
                    hint: "keys: \(SortField.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            keys.append(SortKey(field, descending: descending))
        }
        return keys
    }
}
