/// How marks, means and totals are written everywhere (tables, CSV, the interface): two
/// decimals, a point as separator, "sealed" for what the viewer may not see.
public enum ScoreText {
    public static let sealed = "sealed"

    public static func decimal(_ value: Double?) -> String {
        guard let value else { return "" }
        let hundredths = Int((value * 100).rounded(.toNearestOrAwayFromZero))
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public static func decimal(_ value: Sealed<Double?>) -> String {
        switch value {
        case .sealed: sealed
        case .visible(let v): decimal(v)
        }
    }
}
