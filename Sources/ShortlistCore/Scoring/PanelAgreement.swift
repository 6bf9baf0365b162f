import Foundation

/// How far the panel's members agree across the candidates they all scored.
public struct PanelAgreement: Sendable, Hashable {
    /// Kendall's coefficient of concordance (0 no agreement on the order, 1 complete), with
    /// the correction for tied ranks.
    public var kendallW: Double
    /// ICC(2,k): two-way random effects, absolute agreement, average of k raters (Shrout and
    /// Fleiss 1979); the reliability of the panel's mean mark.
    public var icc: Double
    public var raters: Int
    public var subjects: Int

    /// Koo and Li (2016): below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent.
    public var iccInterpretation: String {
        switch icc {
        case ..<0.5: "poor"
        case ..<0.75: "moderate"
        case ..<0.9: "good"
        default: "excellent"
        }
    }

    /// - Parameter scores: one row per subject (candidate), one column per rater (member),
    ///   every cell filled. Nil with fewer than two raters or subjects.
    public init?(scores: [[Double]]) {
        let n = scores.count
        guard n >= 2, let k = scores.first?.count, k >= 2, scores.allSatisfy({ $0.count == k })
        else {
            return nil
        }
        kendallW = Self.kendallW(scores)
        icc = Self.icc2k(scores)
        raters = k
        subjects = n
    }

    /// W = 12 S ÷ (m²(n³ − n) − m Σ T), S the sum of squared deviations of the subjects' rank
    /// sums from their mean, T = Σ(t³ − t) over each rater's groups of tied ranks.
    static func kendallW(_ scores: [[Double]]) -> Double {
        let n = Double(scores.count)
        let m = Double(scores[0].count)
        var rankSums = [Double](repeating: 0, count: scores.count)
        var tieCorrection = 0.0
        for rater in 0..<scores[0].count {
            let column = scores.map { $0[rater] }
            let (ranks, ties) = averageRanks(column)
            for i in ranks.indices { rankSums[i] += ranks[i] }
            tieCorrection += ties
        }
        let meanSum = rankSums.reduce(0, +) / n
        let s = rankSums.reduce(0) { $0 + ($1 - meanSum) * ($1 - meanSum) }
        let denominator = m * m * (n * n * n - n) - m * tieCorrection
        return denominator > 0 ? 12 * s / denominator : 1
    }

    /// Ranks 1…n with tied values sharing the mean of their ranks; and Σ(t³ − t).
    static func averageRanks(_ values: [Double]) -> ([Double], Double) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var ties = 0.0
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && values[order[j + 1]] == values[order[i]] { j += 1 }
            let rank = Double(i + j + 2) / 2
            for position in i...j { ranks[order[position]] = rank }
            let t = Double(j - i + 1)
            ties += t * t * t - t
            i = j + 1
        }
        return (ranks, ties)
    }

    /// ICC(2,k) = (MSR − MSE) ÷ (MSR + (MSC − MSE) ÷ n), from the two-way analysis of variance.
    static func icc2k(_ scores: [[Double]]) -> Double {
        let n = Double(scores.count)
        let k = Double(scores[0].count)
        let grand = scores.flatMap { $0 }.reduce(0, +) / (n * k)
        let rowMeans = scores.map { $0.reduce(0, +) / k }
        let columnMeans = (0..<scores[0].count).map { c in scores.map { $0[c] }.reduce(0, +) / n }
        let ssRows = k * rowMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let ssColumns = n * columnMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let ssTotal = scores.flatMap { $0 }.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let ssError = ssTotal - ssRows - ssColumns
        let msr = ssRows / (n - 1)
        let msc = ssColumns / (k - 1)
        let mse = ssError / ((n - 1) * (k - 1))
        let denominator = msr + (msc - mse) / n
        return denominator != 0 ? (msr - mse) / denominator : 0
    }
}
