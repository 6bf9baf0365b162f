import Foundation
import GRDB
import GRDBSQLite

/// One INSERT of a bulk load (an import's or the demo build's rows), whose values are bound
/// through SQLite's C interface on GRDB's prepared statement and run by GRDB.
///
/// Why not GRDB's binding here: per record, the writing thread spent about 250,000
/// instructions, half of them outside SQLite, in building and checking `StatementArguments`
/// and in binding 26 strings with `SQLITE_TRANSIENT`, which copies each one again (imp17's
/// callgrind profile, docs/performance.md). Here a string is bound in place (`SQLITE_STATIC`,
/// the pointer of its own UTF-8 bytes, valid until the step returns), as GRDB itself does for
/// statements of up to 20 arguments. GRDB still runs the statement (`execute()`), so its
/// errors, its transaction bookkeeping and its statement cache behave as everywhere else.
/// Everything except these row inserts keeps GRDB's binding.
struct BulkRowInserter {
    private let statement: Statement
    private let parameterCount: Int

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        parameterCount = Int(sqlite3_bind_parameter_count(statement.sqliteStatement))
        // Marks the (empty) arguments as bound, so that `execute()` only resets the statement
        // and runs it with the values bound below.
        statement.setUncheckedArguments(StatementArguments())
    }

    /// Inserts one row: `leading` into the first parameter when given, then `values`, then
    /// the `trailing` integers. The count must be the statement's: a programming error if not.
    func insert(
        leading: Int64? = nil, _ values: [DatabaseValue], trailing: Int64? = nil,
        _ lastTrailing: Int64? = nil
    ) throws {
        let handle = statement.sqliteStatement
        let first = leading == nil ? 1 : 2
        let count =
            values.count + (leading == nil ? 0 : 1) + (trailing == nil ? 0 : 1)
            + (lastTrailing == nil ? 0 : 1)
        precondition(count == parameterCount, "\(count) values for \(parameterCount) parameters")
        precondition(
            lastTrailing == nil || trailing != nil, "the last trailing value without the first")
        // A stepped statement refuses new bindings until it is reset; an error of the last
        // step that this would return was thrown by that step already.
        _ = sqlite3_reset(handle)
        let afterValues = Int32(first + values.count)
        if let leading { try check(sqlite3_bind_int64(handle, 1, leading)) }
        if let trailing { try check(sqlite3_bind_int64(handle, afterValues, trailing)) }
        if let lastTrailing { try check(sqlite3_bind_int64(handle, afterValues + 1, lastTrailing)) }
        try values.withUnsafeBufferPointer { values in
            try bindAndRun(values, from: 0, firstParameter: Int32(first))
        }
    }

    /// Binds `values[index...]` and runs the statement while every string bound so far is
    /// still pinned by its enclosing `withCString`: one nesting level per string, 30 at most.
    private func bindAndRun(
        _ values: UnsafeBufferPointer<DatabaseValue>, from index: Int, firstParameter: Int32
    ) throws {
        let handle = statement.sqliteStatement
        guard index < values.count else {
            // The bound pointers are valid only until this returns: clear them after the step.
            defer { _ = sqlite3_clear_bindings(handle) }
            try statement.execute()
            return
        }
        let parameter = firstParameter + Int32(index)
        switch values[index].storage {
        case .null:
            try check(sqlite3_bind_null(handle, parameter))
        case .int64(let int):
            try check(sqlite3_bind_int64(handle, parameter, int))
        case .double(let double):
            try check(sqlite3_bind_double(handle, parameter, double))
        case .string(let string):
            // As GRDB binds text (NUL-terminated, length -1), so that the stored value is the
            // same byte for byte; `withCString` gives a native string's own bytes, no copy.
            try string.withCString { text in
                try check(sqlite3_bind_text(handle, parameter, text, -1, nil))  // SQLITE_STATIC
                try bindAndRun(values, from: index + 1, firstParameter: firstParameter)
            }
            return
        case .blob(let data):
            try data.withUnsafeBytes { bytes in
                try check(
                    sqlite3_bind_blob(handle, parameter, bytes.baseAddress, Int32(bytes.count), nil)
                )
                try bindAndRun(values, from: index + 1, firstParameter: firstParameter)
            }
            return
        }
        try bindAndRun(values, from: index + 1, firstParameter: firstParameter)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errstr(code)), sql: statement.sql)
        }
    }
}

/// A query of one text parameter asked once per record of a bulk load (the import's probe
/// for an id that differs only in case), stepped through SQLite's C interface for the same
/// reason as `BulkRowInserter`. It nearly always finds nothing; when it finds a row, the
/// caller reads it through GRDB.
struct BulkProbe {
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        precondition(sqlite3_bind_parameter_count(statement.sqliteStatement) == 1)
        precondition(statement.isReadonly, "a probe only reads")
    }

    /// Whether the query returns a row for `text`.
    func findsRow(_ text: String) throws -> Bool {
        let handle = statement.sqliteStatement
        return try text.withCString { text in
            // Ready for the next probe, and no pointer to `text` kept once this returns.
            defer {
                _ = sqlite3_reset(handle)
                _ = sqlite3_clear_bindings(handle)
            }
            let bound = sqlite3_bind_text(handle, 1, text, -1, nil)  // SQLITE_STATIC
            guard bound == SQLITE_OK else { throw error(bound) }
            switch sqlite3_step(handle) {
            case SQLITE_ROW: return true
            case SQLITE_DONE: return false
            case let code: throw error(code)
            }
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement.sqliteStatement))),
            sql: statement.sql)
    }
}
