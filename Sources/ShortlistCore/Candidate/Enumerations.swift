import Foundation

/// Contract-agent function groups, as in the candidate's CAST.
public enum FunctionGroup: Int, Comparable, CaseIterable, Sendable, CustomStringConvertible {
    case i = 1, ii, iii, iv

    public init?(text: String) {
        switch text.trimmingASCIISpaces().uppercased() {
        case "I", "FGI", "FG I", "1": self = .i
        case "II", "FGII", "FG II", "2": self = .ii
        case "III", "FGIII", "FG III", "3": self = .iii
        case "IV", "FGIV", "FG IV", "4": self = .iv
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .i: "I"
        case .ii: "II"
        case .iii: "III"
        case .iv: "IV"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

public enum CASTStatus: String, CaseIterable, Sendable, CustomStringConvertible {
    case passed
    case registered

    public init?(text: String) {
        self.init(rawValue: text.trimmingASCIISpaces().lowercased())
    }

    public var description: String { rawValue }
}

/// Highest completed level of education; `bachelor` and above are university studies of at
/// least three years.
public enum EducationLevel: Int, Comparable, CaseIterable, Sendable, CustomStringConvertible {
    case secondary = 1, postSecondary, bachelor, master, doctorate

    public init?(text: String) {
        let t = text.trimmingASCIISpaces().lowercased()
        guard let match = Self.allCases.first(where: { $0.description == t }) else { return nil }
        self = match
    }

    public var description: String {
        switch self {
        case .secondary: "secondary"
        case .postSecondary: "post-secondary"
        case .bachelor: "bachelor"
        case .master: "master"
        case .doctorate: "doctorate"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

public enum MilitaryService: String, CaseIterable, Sendable, CustomStringConvertible {
    case fulfilled
    case exempt
    case notApplicable = "not_applicable"
    case pending

    public init?(text: String) {
        self.init(rawValue: text.trimmingASCIISpaces().lowercased())
    }

    public var description: String { rawValue }
}

extension Bool {
    /// `true`/`false` as in the import format, also `yes`/`no` and `1`/`0`.
    public init?(formatText text: String) {
        switch text.trimmingASCIISpaces().lowercased() {
        case "true", "yes", "1", "y": self = true
        case "false", "no", "0", "n": self = false
        default: return nil
        }
    }
}
