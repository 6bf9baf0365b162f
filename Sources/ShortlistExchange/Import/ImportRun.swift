import ShortlistCore
import ShortlistStore

/// The writing side of one import: takes checked records in file order, writes the good
/// ones through the session, reports and counts everything, keeps the rejects.
struct ImportRun {
    let file: String
    let rejects: RejectsWriter?
    let report: (ImportIssue) -> Void
    /// The id column as the file names it, for messages about repeated ids.
    let idColumn: String
    var summary = ImportSummary()
    /// Bytes of the records taken so far, for the progress line.
    private(set) var consumedBytes = 0

    init(
        file: String, rejects: RejectsWriter?, report: @escaping (ImportIssue) -> Void,
        idColumn: String
    ) {
        self.file = file
        self.rejects = rejects
        self.report = report
        self.idColumn = idColumn
    }

    mutating func take(_ item: ImportItem, into session: any ImportBatch) throws {
        switch item {
        case .notice(let issue):
            report(issue)
        case .unsplit:
            try take(item.prepared(nil), into: session)
        case .parsed(let candidate, let warnings, let line, let raw):
            try take(
                .accepted(PreparedCandidate(candidate), warnings: warnings, line: line, raw: raw),
                into: session)
        case .rejected(let line, let column, let reason, let raw):
            summary.read += 1
            consumedBytes += raw.count + 1
            reject(line: line, column: column, reason: reason, raw: raw)
        case .accepted(let prepared, let warnings, let line, let raw):
            summary.read += 1
            consumedBytes += raw.count + 1
            let outcome = try session.apply(prepared, line: line)
            switch outcome {
            case .duplicate(let first):
                reject(
                    line: line, column: idColumn,
                    reason: "“\(prepared.applicationID)” already appears at line \(first)", raw: raw
                )
                return
            case .refused(let field, let reason):
                reject(
                    line: line, column: field == .applicationID ? idColumn : field.rawValue,
                    reason: reason, raw: raw)
                return
            case .inserted: summary.inserted += 1
            case .updated: summary.updated += 1
            case .unchanged: summary.unchanged += 1
            }
            guard !warnings.isEmpty else { return }
            summary.warnings += warnings.count
            if outcome != .unchanged { summary.withWarnings += 1 }
            for warning in warnings {
                report(
                    ImportIssue(
                        kind: .warning, file: file, line: line, column: warning.column,
                        reason: warning.reason, consequence: warning.consequence))
            }
        }
    }

    private mutating func reject(line: Int, column: String?, reason: String, raw: [UInt8]) {
        summary.rejected += 1
        let issue = ImportIssue(
            kind: .rejected, file: file, line: line, column: column, reason: reason)
        report(issue)
        rejects?.add(raw: raw, reason: issue.place + reason)
    }
}
