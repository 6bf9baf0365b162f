import Foundation

/// Who fixed a value of the call profile: the call text itself, or the selection panel.
/// A panel must be able to show which numbers the call gave and which it chose, so outputs
/// that show a panel choice say so instead of presenting it as the call's.
public enum ValueSource: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Stated by the call text, copied into the profile.
    case call
    /// Chosen by the selection panel, and adopted by it before anyone reads an application.
    case panel

    public var description: String { rawValue }
}

/// For each kind of value in a profile, who fixed it (`[sources]` in the profile file).
/// The defaults are those of a call for interest that, like most, states its criteria and
/// eligibility rules and leaves the grid to the panel: a profile that says nothing claims no
/// number for the call.
public struct ValueSources: Hashable, Sendable {
    /// The criteria's ids, groups and wording.
    public var criteria: ValueSource
    /// The eligibility rules and the deadline.
    public var eligibility: ValueSource
    public var weights: ValueSource
    /// The criteria's pass marks.
    public var passMarks: ValueSource
    public var overallPassMark: ValueSource
    /// The rating scale and its anchors.
    public var scale: ValueSource
    /// The reserve list's size limit.
    public var reserveListLimit: ValueSource

    public init(
        criteria: ValueSource = .call, eligibility: ValueSource = .call,
        weights: ValueSource = .panel, passMarks: ValueSource = .panel,
        overallPassMark: ValueSource = .panel, scale: ValueSource = .panel,
        reserveListLimit: ValueSource = .panel
    ) {
        self.criteria = criteria
        self.eligibility = eligibility
        self.weights = weights
        self.passMarks = passMarks
        self.overallPassMark = overallPassMark
        self.scale = scale
        self.reserveListLimit = reserveListLimit
    }

    /// The file's keys in `[sources]`, in the order the docs list them, with their values.
    public var entries: [(key: String, label: String, source: ValueSource)] {
        [
            ("criteria", "the criteria, their groups and wording", criteria),
            ("eligibility", "the eligibility rules and the deadline", eligibility),
            ("weights", "the weights", weights),
            ("pass_marks", "the criteria's pass marks", passMarks),
            ("overall_pass_mark", "the overall pass mark", overallPassMark),
            ("scale", "the rating scale and its anchors", scale),
            ("reserve_list_limit", "the reserve list's size", reserveListLimit),
        ]
    }

    /// The labels of the values `source` fixed, joined for a sentence.
    public func labels(of source: ValueSource) -> [String] {
        entries.filter { $0.source == source }.map(\.label)
    }
}
