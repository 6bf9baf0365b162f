import ShortlistCore
import ShortlistStore

/// A record read and checked, ready to be written or reported.
enum ImportItem: Sendable {
    /// A CSV record found in the file but not yet split, decoded or checked: that happens on
    /// all cores (`prepared`), not on the one thread that reads the file.
    case unsplit(CSVUnsplitRecord, CSVLayout)
    /// Read and checked; not yet prepared for the database.
    case parsed(Candidate, warnings: [ImportWarning], line: Int, raw: [UInt8])
    /// Prepared for the database (and assessed) on the reading side, not on the writing one.
    case accepted(
        PreparedCandidate, warnings: [ImportWarning], line: Int, raw: [UInt8])
    case rejected(line: Int, column: String?, reason: String, raw: [UInt8])
    /// Something learnt about the file on the way (an unknown JSON member).
    case notice(ImportIssue)

    /// A parsed record made ready for the database: folded, formatted, hashed, assessed.
    /// Independent of every other record, so batches of them are prepared on all cores.
    func prepared(_ assessor: ApplicationAssessor?) -> ImportItem {
        if case .unsplit(let record, let layout) = self {
            return layout.item(CSVRecord(splitting: record)).prepared(assessor)
        }
        guard case .parsed(let candidate, let warnings, let line, let raw) = self else {
            return self
        }
        return .accepted(
            PreparedCandidate(candidate, assessment: assessor?.assess(candidate)),
            warnings: warnings,
            line: line, raw: raw)
    }
}

/// A value's warning, with the column as the file names it.
struct ImportWarning: Sendable {
    var column: String
    var reason: String
    /// How the message ends (`FieldWarning.consequence`).
    var consequence: String
}

/// Where records come from: a CSV or a JSON file, read as a stream.
protocol RecordSource: AnyObject {
    /// Issues about the file as a whole, known once its start is read.
    var notices: [ImportIssue] { get }
    var bytesRead: Int { get }
    /// The next record, checked; nil at the end.
    func nextItem() -> ImportItem?
    /// A problem that cut reading short (a broken JSON array, an I/O error).
    var structureError: String? { get }
}

extension ApplicationParsing {
    /// Checks a record's values, naming columns as the file names them.
    static func check(
        _ values: [ApplicationField: String], line: Int, raw: [UInt8],
        columnName: (ApplicationField) -> String
    ) -> ImportItem {
        switch parse(values) {
        case .success(let parsed):
            return .parsed(
                parsed.candidate,
                warnings: parsed.warnings.map {
                    ImportWarning(
                        column: columnName($0.field), reason: $0.reason,
                        consequence: $0.consequence)
                }, line: line,
                raw: raw)
        case .failure(let rejection):
            return .rejected(
                line: line, column: rejection.field.map(columnName), reason: rejection.reason,
                raw: raw)
        }
    }
}
