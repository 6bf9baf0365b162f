import Foundation
import GRDB
import ShortlistCore

/// The orders a candidate list can be read in, each backed by an index.
public enum CandidateOrder: String, Sendable, Hashable, CaseIterable {
    case applicationID = "id"
    case name
}

/// Where a row sits in an order: enough to continue reading from it with an index seek
/// rather than an offset (keyset paging), so that the end of a million rows is as near as
/// the start.
public struct PageAnchor: Sendable, Hashable {
    let key: String
    let rowID: Int64
}

/// What part of an ordered list to read. Rows always come back in the list's order.
public enum PageRequest: Sendable, Hashable {
    case first(limit: Int)
    case last(limit: Int)
    case after(PageAnchor, limit: Int)
    case before(PageAnchor, limit: Int)
    /// For jumps to an arbitrary position (a click on the scroll bar): costs O(offset).
    case offset(Int, limit: Int)
}

/// Which candidates a list holds: everyone, or those invited to interview (until the filter
/// language arrives, the one filter the interface offers).
public enum CandidateScope: String, Sendable, Hashable, CaseIterable {
    case all
    case invited

    /// The SQL condition on `candidates`, empty for everyone.
    var condition: String {
        switch self {
        case .all: ""
        case .invited: "id IN (SELECT candidate_id FROM invitations)"
        }
    }
}

public struct CandidateRow: Sendable, Hashable {
    public var summary: CandidateSummary
    public var anchor: PageAnchor
}

extension SQLiteStore {
    public func candidateCount(scope: CandidateScope = .all, filter: CompiledFilter? = nil)
        throws -> Int
    {
        try read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT count(*) FROM candidates\(Self.where(scope, filter, counting: true))",
                arguments: Self.arguments(filter)) ?? 0
        }
    }

    /// " WHERE condition", or nothing for everyone. A filter's arguments come first.
    /// `counting`: the filter's condition shaped for a count of every row (`countSQL`).
    static func `where`(
        _ scope: CandidateScope, _ filter: CompiledFilter? = nil, and more: String? = nil,
        counting: Bool = false
    ) -> String {
        let condition = (counting ? filter?.countSQL : filter?.sql) ?? ""
        let conditions = [scope.condition, condition, more ?? ""].filter { !$0.isEmpty }
        return conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    }

    static func arguments(_ filter: CompiledFilter?, _ more: [any DatabaseValueConvertible] = [])
        -> StatementArguments
    {
        StatementArguments((filter?.arguments ?? []) + more.map(\.databaseValue))
    }

    /// A window of the list, never the whole of it.
    public func candidates(
        order: CandidateOrder, page: PageRequest, scope: CandidateScope = .all,
        filter: CompiledFilter? = nil
    ) throws -> [CandidateRow] {
        let key = order == .name ? "name_key" : "application_id"
        let ascending = order == .name ? "name_key, id" : "application_id"
        let descending = order == .name ? "name_key DESC, id DESC" : "application_id DESC"
        let sql: String
        let arguments: StatementArguments
        var reverse = false
        // Narrow rows first (id and keys), then the summaries of those rows alone: a filter
        // that makes SQLite sort never sorts the per-row subqueries of a summary.
        let select = "SELECT id, application_id, name_key FROM candidates"
        switch page {
        case .first(let limit):
            sql = "\(select)\(Self.where(scope, filter)) ORDER BY \(ascending) LIMIT ?"
            arguments = Self.arguments(filter, [limit])
        case .last(let limit):
            sql = "\(select)\(Self.where(scope, filter)) ORDER BY \(descending) LIMIT ?"
            arguments = Self.arguments(filter, [limit])
            reverse = true
        case .after(let anchor, let limit):
            if order == .name {
                sql =
                    "\(select)\(Self.where(scope, filter, and: "(name_key, id) > (?, ?)")) ORDER BY \(ascending) LIMIT ?"
                arguments = Self.arguments(filter, [anchor.key, anchor.rowID, limit])
            } else {
                sql =
                    "\(select)\(Self.where(scope, filter, and: "\(key) > ?")) ORDER BY \(ascending) LIMIT ?"
                arguments = Self.arguments(filter, [anchor.key, limit])
            }
        case .before(let anchor, let limit):
            if order == .name {
                sql =
                    "\(select)\(Self.where(scope, filter, and: "(name_key, id) < (?, ?)")) ORDER BY \(descending) LIMIT ?"
                arguments = Self.arguments(filter, [anchor.key, anchor.rowID, limit])
            } else {
                sql =
                    "\(select)\(Self.where(scope, filter, and: "\(key) < ?")) ORDER BY \(descending) LIMIT ?"
                arguments = Self.arguments(filter, [anchor.key, limit])
            }
            reverse = true
        case .offset(let offset, let limit):
            sql = "\(select)\(Self.where(scope, filter)) ORDER BY \(ascending) LIMIT ? OFFSET ?"
            arguments = Self.arguments(filter, [limit, max(0, offset)])
        }
        let rows = try read { db in
            let picked = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map {
                (id: $0[0] as Int64, key: $0[order == .name ? 2 : 1] as String)
            }
            guard !picked.isEmpty else { return [CandidateRow]() }
            let blind = try blinds(db)
            let criteria = try Self.criteria(db)
            var summaries: [Int64: CandidateSummary] = [:]
            for row in try Row.fetchAll(
                db.cachedStatement(
                    sql:
                        "\(CandidateColumns.summarySelect) WHERE id IN (SELECT value FROM json_each(?))"
                ), arguments: ["[" + picked.map { String($0.id) }.joined(separator: ",") + "]"])
            {
                let summary = CandidateColumns.summary(row, criteria: criteria)
                summaries[row[0]] = blind ? summary.blinded() : summary
            }
            return picked.compactMap { pick in
                summaries[pick.id].map {
                    CandidateRow(summary: $0, anchor: PageAnchor(key: pick.key, rowID: pick.id))
                }
            }
        }
        return reverse ? rows.reversed() : rows
    }

    /// Everything about one candidate, long texts included.
    public func candidate(_ id: ApplicationID) throws -> Candidate? {
        try read { db in
            let candidate = try Row.fetchOne(
                db, sql: "\(CandidateColumns.candidateSelect) WHERE c.application_id = ?",
                arguments: [id.rawValue]
            ).map(CandidateColumns.candidate)
            return try blinds(db) ? candidate?.blinded() : candidate
        }
    }

    /// Application ids whose names match a search, for the name index: words are folded and
    /// matched as prefixes ("παπαδ" finds "Παπαδόπουλος", "muller" finds "Müller"). In blind
    /// mode only application ids are searched.
    public func searchNames(_ query: String, limit: Int = 100) throws -> [ApplicationID] {
        let words = SearchFolding.fold(query).split(whereSeparator: { !$0.isLetter && !$0.isNumber }
        )
        guard !words.isEmpty else { return [] }
        return try read { db in
            // Blind mode: application ids only, never names.
            let columns = try blinds(db) ? "application_id : " : ""
            let match = words.map { "\(columns)\"\($0)\"*" }.joined(separator: " ")
            return try String.fetchAll(
                db,
                sql: """
                    SELECT c.application_id FROM name_index JOIN candidates c ON c.id = name_index.rowid
                    WHERE name_index MATCH ? ORDER BY c.name_key, c.id LIMIT ?
                    """, arguments: [match, limit]
            ).map(ApplicationID.init(rawValue:))
        }
    }
}

extension SQLiteStore {
    /// Where a candidate stands in an order (0-based), so that a list can keep the selection
    /// when its order changes.
    public func position(
        of id: ApplicationID, order: CandidateOrder, scope: CandidateScope = .all,
        filter: CompiledFilter? = nil
    ) throws -> Int? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT id, name_key FROM candidates\(Self.where(scope, filter, and: "application_id = ?"))",
                    arguments: Self.arguments(filter, [id.rawValue]))
            else { return nil }  // not in the list (the scope or the filter leaves it out)
            let rowID: Int64 = row[0]
            let nameKey: String = row[1]
            switch order {
            case .applicationID:
                return try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM candidates\(Self.where(scope, filter, and: "application_id < ?"))",
                    arguments: Self.arguments(filter, [id.rawValue]))
            case .name:
                return try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM candidates\(Self.where(scope, filter, and: "(name_key, id) < (?, ?)"))",
                    arguments: Self.arguments(filter, [nameKey, rowID]))
            }
        }
    }
}
