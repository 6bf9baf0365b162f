import Foundation
import GRDB
import ShortlistCore

/// SQLite's way of writing a filter: FTS5 for text, `json_each` for a list of row ids.
struct SQLiteFilterDialect: FilterDialect {
    func placeholder(_ n: Int) -> String { "?" }
    var never: String { "0" }
    func orFalse(_ condition: String) -> String { "COALESCE(\(condition), 0)" }
    func isTrue(_ column: String) -> String { "\(column) = 1" }
    func holds(_ column: String) -> String { "instr(\(column), ?) > 0" }
    func textQuery(_ query: String) -> String? { TextQuery.match(query) }
    var textMatch: String {
        "(candidates.id IN (SELECT rowid FROM text_index WHERE text_index MATCH ?))"
    }
    var inRowList: String { "(candidates.id IN (SELECT value FROM json_each(?)))" }
}

extension FilterValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .integer(let v): v.databaseValue
        case .real(let v): v.databaseValue
        case .text(let v): v.databaseValue
        }
    }
}

extension CompiledFilter {
    /// The arguments as SQLite binds them.
    var arguments: [DatabaseValue] { values.map(\.databaseValue) }
    var statementArguments: StatementArguments { StatementArguments(arguments) }
}

/// The FTS5 query for a text condition: a quoted phrase matches as a phrase whose last word
/// may be a prefix (`"digital twin"` finds "digital twins" but not "digital … twinning");
/// bare words must all occur, `twin*` as a prefix. Case and diacritics are folded by the
/// index's tokenizer.
enum TextQuery {
    static func match(_ query: String) -> String? {
        if query.hasPrefix("\""), query.hasSuffix("\""), query.count >= 2 {
            let words = tokens(String(query.dropFirst().dropLast()))
            guard !words.isEmpty else { return nil }
            return "\"\(words.joined(separator: " "))\"*"
        }
        var parts: [String] = []
        for raw in query.split(whereSeparator: { $0 == " " }) {
            let prefix = raw.hasSuffix("*")
            let words = tokens(String(raw))
            guard !words.isEmpty else { continue }
            parts.append("\"\(words.joined(separator: " "))\"\(prefix ? "*" : "")")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// Words as the index's tokenizer would cut them; quotes and operators dropped.
    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
