import Foundation

/// One place in a text where a criterion's evidence phrase stands.
public struct EvidenceHit: Hashable, Sendable {
    public var criterion: CriterionID
    public var phrase: EvidencePhrase
    /// Byte offsets into the text's UTF-8, always on scalar boundaries and covering whole
    /// words (with any combining marks); `range(in:)` turns them into `String.Index`es.
    public var utf8Range: Range<Int>

    public init(criterion: CriterionID, phrase: EvidencePhrase, utf8Range: Range<Int>) {
        self.criterion = criterion
        self.phrase = phrase
        self.utf8Range = utf8Range
    }

    /// The hit's range in `text`, which must be the text it was found in.
    public func range(in text: String) -> Range<String.Index> {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let end = utf8.index(start, offsetBy: utf8Range.count)
        return start..<end
    }
}

/// The evidence found in one text: every hit, and per criterion how many and which phrases.
///
/// Within one criterion, hits never overlap: where phrases overlap ("local digital twin" and
/// "digital twin"), the one that starts first, and of those the longest, counts. Hits of
/// different criteria may overlap, when a phrase serves two criteria.
public struct EvidenceReport: Hashable, Sendable {
    /// The criteria in profile order, including those without hits.
    public let criteria: [CriterionID]
    /// By position in the text, then criterion order.
    public let hits: [EvidenceHit]

    public init(criteria: [CriterionID], hits: [EvidenceHit]) {
        self.criteria = criteria
        self.hits = hits
    }

    public func count(_ criterion: CriterionID) -> Int {
        hits.reduce(0) { $0 + ($1.criterion == criterion ? 1 : 0) }
    }

    /// Hits per criterion, every criterion of the profile included.
    public var counts: [CriterionID: Int] {
        var counts = Dictionary(uniqueKeysWithValues: criteria.map { ($0, 0) })
        for hit in hits { counts[hit.criterion, default: 0] += 1 }
        return counts
    }

    /// The phrases that matched for a criterion, each once, in the order first found.
    public func matchedPhrases(_ criterion: CriterionID) -> [EvidencePhrase] {
        var seen: [EvidencePhrase] = []
        for hit in hits where hit.criterion == criterion && !seen.contains(hit.phrase) {
            seen.append(hit.phrase)
        }
        return seen
    }

    public func hits(_ criterion: CriterionID) -> [EvidenceHit] {
        hits.filter { $0.criterion == criterion }
    }
}
