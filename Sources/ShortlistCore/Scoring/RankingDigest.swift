import Foundation

/// A ranked row as the final ranking commits to it: what decides a candidate's place and
/// nothing else (no names, flags or checklists, which may change or be erased).
public struct DigestRow: Sendable, Equatable {
    public var applicationID: ApplicationID
    public var rank: Int
    public var total: Double
    /// Per criterion, in the scheme's order; nil when a criterion has no mark.
    public var means: [(criterion: CriterionID, mean: Double?)]
    public var passed: Bool
    public var reserve: Bool

    public init(
        applicationID: ApplicationID, rank: Int, total: Double,
        means: [(criterion: CriterionID, mean: Double?)], passed: Bool, reserve: Bool
    ) {
        self.applicationID = applicationID
        self.rank = rank
        self.total = total
        self.means = means
        self.passed = passed
        self.reserve = reserve
    }

    public static func == (a: DigestRow, b: DigestRow) -> Bool { a.line == b.line }

    /// One tab-separated line: id, rank, total (two decimals), `criterion=mean` pairs (the
    /// mean in Swift's shortest round-trip form, "-" when none), passed, reserve.
    public var line: String {
        let meanText = means.map { "\($0.criterion.rawValue)=\($0.mean.map { "\($0)" } ?? "-")" }
        return [
            applicationID.rawValue, String(rank), String(format: "%.2f", total),
            meanText.joined(separator: ";"), String(passed), String(reserve),
        ].joined(separator: "\t")
    }
}

/// The canonical text of a final ranking, the one form its digest (SHA-256, taken by the
/// store) is computed over, at finalise and at every later check.
public enum RankingDigest {
    public static let header = "shortlist-final-ranking 1"

    /// The header line, then one line per row in rank order (ties by application id), each
    /// ending in a line feed.
    public static func canonicalText(_ rows: [DigestRow]) -> String {
        let sorted = rows.sorted {
            $0.rank != $1.rank ? $0.rank < $1.rank : $0.applicationID < $1.applicationID
        }
        return ([header] + sorted.map(\.line)).map { $0 + "\n" }.joined()
    }

    /// How the ranking now differs from the finalised one, line by line, for a message: at
    /// most `limit` differences, e.g. "APP-0000007 total 85.75 → 84.00".
    public static func differences(finalised: String, now: String, limit: Int = 3) -> [String] {
        func rows(_ text: String) -> [String: [String]] {
            var rows: [String: [String]] = [:]
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(
                    String.init)
                if let id = fields.first { rows[id] = fields }
            }
            return rows
        }
        let before = rows(finalised)
        let after = rows(now)
        let names = ["id", "rank", "total", "means", "passed", "reserve"]
        var out: [String] = []
        for id in Set(before.keys).union(after.keys).sorted() {
            switch (before[id], after[id]) {
            case (nil, _?): out.append("\(id) is ranked but was not in the final ranking")
            case (_?, nil): out.append("\(id) was in the final ranking but is no longer ranked")
            case (let b?, let a?) where b != a:
                var changed: [String] = []
                for i in names.indices.dropFirst() {
                    let (was, now) = (i < b.count ? b[i] : "", i < a.count ? a[i] : "")
                    guard was != now else { continue }
                    changed += i == 3 ? meanChanges(was, now) : ["\(names[i]) \(was) → \(now)"]
                }
                out.append("\(id) " + changed.joined(separator: ", "))
            default: break
            }
        }
        return out.count > limit ? Array(out.prefix(limit)) + ["\(out.count - limit) more"] : out
    }

    /// "A1 mean 4.33 → 3.00" for each criterion whose mean changed (two decimals, as shown).
    static func meanChanges(_ was: String, _ now: String) -> [String] {
        func means(_ field: String) -> [(String, String)] {
            field.split(separator: ";").map {
                let pair = $0.split(separator: "=", maxSplits: 1).map(String.init)
                let value = pair.count > 1 ? pair[1] : "-"
                return (pair[0], Double(value).map { String(format: "%.2f", $0) } ?? value)
            }
        }
        let before = Dictionary(means(was), uniquingKeysWith: { a, _ in a })
        let after = means(now)
        let changed = after.filter { before[$0.0] != $0.1 }.map {
            "\($0.0) mean \(before[$0.0] ?? "-") → \($0.1)"
        }
        return changed.isEmpty ? ["means \(was) → \(now)"] : changed
    }
}
