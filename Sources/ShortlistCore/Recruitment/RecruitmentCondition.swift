/// What a ranked candidate must still meet before recruitment, shown on their own row
/// wherever a ranking is shown or exported (issue 19, item 4). The call lets a candidate
/// merely registered in CAST apply, but only one who passed CAST FG IV can be recruited.
public enum RecruitmentCondition: String, Sendable, Hashable, CaseIterable {
    case castNotPassed = "CAST FG IV not yet passed"

    /// The words shown in rankings and exports.
    public var text: String { rawValue }
}
