import Foundation
import GRDB
import ShortlistCore

/// What `/` looks for: names and application ids (case, diacritics and script folded; Greek
/// and Cyrillic names also by their Latin spellings; every word a prefix), or, for a query
/// that starts with a quote or `text:`, the CV and motivation (words, `prefix*`, "phrases").
public struct CandidateSearch: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case names
        case text
    }

    public let query: String
    public let kind: Kind
    /// While a phrase is being typed, its last word is searched from this many letters.
    static let shortestTypedWord = 3
    /// The folded words searched for, for highlighting what matched.
    public let words: [String]
    let match: String

    /// Nil when the query holds nothing to search for.
    public init?(_ query: String) {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        self.query = query
        if trimmed.hasPrefix("\"") || trimmed.lowercased().hasPrefix("text:") {
            var text = trimmed
            if text.lowercased().hasPrefix("text:") { text = String(text.dropFirst(5)) }
            // An unclosed quote while typing is a phrase still being typed; its last word
            // counts once it has three letters (a one-letter prefix would match every CV).
            if text.hasPrefix("\""), !(text.count > 1 && text.hasSuffix("\"")) {
                var words = TextQuery.tokens(text)
                if let last = words.last, last.count < Self.shortestTypedWord { words.removeLast() }
                guard !words.isEmpty else { return nil }
                text = "\"" + words.joined(separator: " ") + "\""
            }
            guard let match = TextQuery.match(text) else { return nil }
            kind = .text
            words = TextQuery.tokens(text).map(SearchFolding.fold)
            self.match = match
        } else {
            let words = SearchFolding.fold(trimmed).split(whereSeparator: {
                !$0.isLetter && !$0.isNumber
            }).map(String.init)
            guard !words.isEmpty else { return nil }
            kind = .names
            self.words = words
            self.match = words.map { "\"\($0)\"*" }.joined(separator: " ")
        }
    }

    /// The SQL condition and its argument; in blind mode names are not searched.
    func condition(blind: Bool) -> (String, DatabaseValue) {
        let (query, match) = matching(blind: blind)
        return ("candidates.id IN (\(query))", match)
    }

    /// The row ids that match, from the search index alone, and the argument.
    func matching(blind: Bool) -> (String, DatabaseValue) {
        switch kind {
        case .names:
            let match =
                blind ? words.map { "application_id : \"\($0)\"*" }.joined(separator: " ") : match
            return ("SELECT rowid FROM name_index WHERE name_index MATCH ?", match.databaseValue)
        case .text:
            return ("SELECT rowid FROM text_index WHERE text_index MATCH ?", match.databaseValue)
        }
    }
}

/// Where a search landed: the matching candidate, its position in the list, and how many
/// match in all (counted up to `SearchHit.countLimit`).
public struct SearchHit: Sendable, Hashable {
    public var applicationID: ApplicationID
    public var position: Int
    public var matches: Int
    /// More match than were counted.
    public var isCountCapped: Bool
    /// The search went past the end (or the start) of the list and continued from the other.
    public var wrapped: Bool

    public static let countLimit = 10_000
}

extension SQLiteStore {
    /// The next candidate of the list (as ordered, scoped and filtered) that matches, from
    /// `start` forwards or backwards, wrapping at the ends; `inclusive` lets `start` itself
    /// match (typing), otherwise it is skipped (`n`, `N`). Nil when nobody matches.
    public func nextMatch(
        _ search: CandidateSearch, from start: ApplicationID?, forward: Bool = true,
        inclusive: Bool, order: CandidateOrder, sortedBy keys: [SortKey]? = nil,
        scope: CandidateScope = .all, filter: CompiledFilter? = nil
    ) throws -> SearchHit? {
        try read { db in
            let blind = try blinds(db)
            let (condition, match) = search.condition(blind: blind)
            if let keys {
                return try Self.nextMatchSorted(
                    search, blind: blind, condition: condition, match: match, from: start,
                    forward: forward,
                    inclusive: inclusive, keys: keys, scope: scope, filter: filter, db)
            }
            // Counted first: it chooses how to look for the next match.
            let counted = try Self.countMatches(
                search, blind: blind, scope: scope, filter: filter, db)
            // Many matches (a first letter): walk the list's order and stop at the first
            // one, rather than sort them all; few: sort those few.
            let walk = counted > Self.walkAbove
            let keyed = order == .name
            let key = keyed ? "(name_key, id)" : "application_id"
            let direction = forward ? "" : " DESC"
            let orderBy =
                keyed ? "name_key\(direction), id\(direction)" : "application_id\(direction)"
            var anchor: [DatabaseValue]?
            if let start,
                let row = try Row.fetchOne(
                    db, sql: "SELECT id, name_key FROM candidates WHERE application_id = ?",
                    arguments: [start.rawValue])
            {
                anchor =
                    keyed
                    ? [(row[1] as String).databaseValue, (row[0] as Int64).databaseValue]
                    : [start.rawValue.databaseValue]
            }
            func find(after anchor: [DatabaseValue]?) throws -> (Int64, String)? {
                var more = walk ? "+" + condition : condition
                var arguments = [match]
                if let anchor {
                    let op = forward ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<")
                    let marks = keyed ? "(?, ?)" : "?"
                    more += " AND \(key) \(op) \(marks)"
                    arguments += anchor
                }
                let sql =
                    "SELECT id, application_id FROM candidates\(Self.where(scope, filter, and: more)) ORDER BY \(orderBy) LIMIT 1"
                let row = try Row.fetchOne(
                    db, sql: sql,
                    arguments: StatementArguments((filter?.arguments ?? []) + arguments))
                return row.map { ($0[0], $0[1]) }
            }
            var wrapped = false
            var found = try find(after: anchor)
            if found == nil, anchor != nil {
                found = try find(after: nil)
                wrapped = found != nil
            }
            guard let (rowID, applicationID) = found else { return nil }
            let position = try Self.position(
                rowID: rowID, applicationID: applicationID, order: order, scope: scope,
                filter: filter, db)
            return Self.hit(
                applicationID, position: position, wrapped: wrapped, counted: counted)
        }
    }

    /// Above this many matches, the next one is found by walking the list's order.
    static let walkAbove = 500

    /// How many candidates of the list match, counted up to `SearchHit.countLimit` + 1. For
    /// the whole list, in the search index alone (it holds one row per candidate).
    static func countMatches(
        _ search: CandidateSearch, blind: Bool, scope: CandidateScope, filter: CompiledFilter?,
        _ db: Database
    ) throws -> Int {
        let limit = (SearchHit.countLimit + 1).databaseValue
        let (condition, match) = search.condition(blind: blind)
        if scope == .all, filter == nil {
            let (query, match) = search.matching(blind: blind)
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM (\(query) LIMIT ?)"),
                arguments: [match, limit]) ?? 0
        }
        return try Int.fetchOne(
            db,
            sql:
                "SELECT count(*) FROM (SELECT 1 FROM candidates\(Self.where(scope, filter, and: condition)) LIMIT ?)",
            arguments: StatementArguments((filter?.arguments ?? []) + [match, limit])) ?? 0
    }

    static func hit(
        _ applicationID: String, position: Int, wrapped: Bool, counted: Int
    ) -> SearchHit {
        SearchHit(
            applicationID: ApplicationID(applicationID), position: position,
            matches: min(counted, SearchHit.countLimit),
            isCountCapped: counted > SearchHit.countLimit, wrapped: wrapped)
    }

    /// The same in an order of the user's choosing.
    static func nextMatchSorted(
        _ search: CandidateSearch, blind: Bool, condition: String, match: DatabaseValue,
        from start: ApplicationID?, forward: Bool,
        inclusive: Bool, keys: [SortKey], scope: CandidateScope, filter: CompiledFilter?,
        _ db: Database
    ) throws -> SearchHit? {
        let terms = SortTerm.terms(keys)
        let orderBy = terms.map {
            $0.expression + ($0.descending == forward ? " DESC" : "")
        }.joined(separator: ", ")
        var startValues: [DatabaseValue]?
        if let start,
            let rowID = try Int64.fetchOne(
                db, sql: "SELECT id FROM candidates WHERE application_id = ?",
                arguments: [start.rawValue])
        {
            startValues = try SortTerm.values(terms, rowID: rowID, db)
        }
        func find(beyond values: [DatabaseValue]?) throws -> (Int64, String)? {
            var more = condition
            var arguments = [match]
            if let values {
                let (beyond, extra) = SortTerm.beyond(
                    terms, values, forward: forward, inclusive: inclusive)
                more += " AND \(beyond)"
                arguments += extra
            }
            return try Row.fetchOne(
                db,
                sql:
                    "SELECT id, application_id FROM candidates\(Self.where(scope, filter, and: more)) ORDER BY \(orderBy) LIMIT 1",
                arguments: StatementArguments((filter?.arguments ?? []) + arguments)
            ).map { ($0[0], $0[1]) }
        }
        var wrapped = false
        var found = try find(beyond: startValues)
        if found == nil, startValues != nil {
            found = try find(beyond: nil)
            wrapped = found != nil
        }
        guard let (rowID, applicationID) = found else { return nil }
        let position = try Self.position(
            rowID: rowID, sortedBy: keys, scope: scope, filter: filter, db)
        return hit(
            applicationID, position: position, wrapped: wrapped,
            counted: try countMatches(search, blind: blind, scope: scope, filter: filter, db))
    }

    static func position(
        rowID: Int64, applicationID: String, order: CandidateOrder, scope: CandidateScope,
        filter: CompiledFilter?, _ db: Database
    ) throws -> Int {
        switch order {
        case .applicationID:
            return try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM candidates\(Self.where(scope, filter, and: "application_id < ?"))",
                arguments: arguments(filter, [applicationID])) ?? 0
        case .name:
            let nameKey =
                try String.fetchOne(
                    db, sql: "SELECT name_key FROM candidates WHERE id = ?", arguments: [rowID])
                ?? ""
            return try Int.fetchOne(
                db,
                sql:
                    "SELECT count(*) FROM candidates\(Self.where(scope, filter, and: "(name_key, id) < (?, ?)"))",
                arguments: arguments(filter, [nameKey, rowID])) ?? 0
        }
    }
}
