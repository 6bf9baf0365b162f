import Foundation

/// A behaviourally anchored rating scale: whole marks from `minimum` to `maximum`, each with
/// a text saying what a candidate at that level shows.
public struct RatingScale: Hashable, Sendable {
    public let minimum: Int
    public let maximum: Int
    /// One per level, lowest first.
    public let anchors: [String]

    /// Nil unless `0 <= minimum < maximum` and there is exactly one anchor for every level.
    public init?(minimum: Int, maximum: Int, anchors: [String]) {
        guard minimum >= 0, maximum > minimum, anchors.count == maximum - minimum + 1 else {
            return nil
        }
        self.minimum = minimum
        self.maximum = maximum
        self.anchors = anchors
    }

    public var levels: ClosedRange<Int> { minimum...maximum }

    public func anchor(for level: Int) -> String? {
        levels.contains(level) ? anchors[level - minimum] : nil
    }
}

/// How marks become a ranking; fixed before scoring starts.
public struct ScoringRules: Hashable, Sendable {
    public var scale: RatingScale
    /// On 0–100: the total a candidate must reach for the reserve list.
    public var overallPassMark: Double
    /// At most this many candidates on the reserve list; nil for no limit.
    public var reserveListLimit: Int?
    /// Marks of one criterion for one candidate that differ by at least this many points
    /// (highest minus lowest submitted mark) are shown as divergent, for the panel to discuss.
    public var divergenceThreshold: Double
    /// A mark at either end of the scale (its minimum or maximum) needs a written comment.
    public var commentRequiredAtScaleEnds: Bool

    public init(
        scale: RatingScale, overallPassMark: Double, reserveListLimit: Int? = nil,
        divergenceThreshold: Double, commentRequiredAtScaleEnds: Bool
    ) {
        self.scale = scale
        self.overallPassMark = overallPassMark
        self.reserveListLimit = reserveListLimit
        self.divergenceThreshold = divergenceThreshold
        self.commentRequiredAtScaleEnds = commentRequiredAtScaleEnds
    }
}
