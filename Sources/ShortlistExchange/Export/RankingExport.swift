import Foundation
import ShortlistCore
import ShortlistStore

/// `shortlist export ranking`: the ranking of every candidate as CSV, XLSX or JSON, written
/// atomically and recorded in the audit trail.
public enum RankingExport {
    public enum Format: String, CaseIterable, Sendable {
        case csv, xlsx, json
    }

    public struct Outcome: Sendable, Equatable {
        public var rows: Int
        public var sha256: String
    }

    /// Writes the export and records it. Refuses (writing nothing) anyone but the chair and
    /// the secretary, an existing file without `force`, a database without a scoring scheme.
    @discardableResult
    public static func export(
        store: any PanelDatabase, viewer: Actor, format: Format, excel: Bool = false,
        destination: ExportDestination, environment: [String: String],
        progress: ((Int) -> Void)? = nil, steps: WorkSteps = .unwatched
    ) throws -> Outcome {
        // Who may export comes first: a refusal says so, whatever the file.
        let table = try RankingTable(store: store, viewer: viewer)
        try destination.check()
        let total = try store.candidateCount()
        // Every step may stop the export: the temporary file is then removed, nothing renamed.
        let stepped: (Int) throws -> Void = { rows in
            progress?(rows)
            try steps.step(.init(done: rows, total: total))
        }
        // Every row written, the file not yet renamed into place: a stop now still keeps nothing.
        let finished: (Int) throws -> Void = { rows in
            try steps.step(.init(done: rows, total: rows))
        }
        let created = try ExportTime.creationTime(
            environment: environment, dataState: try store.dataState())
        var rows = 0
        let sha256: String
        switch format {
        case .csv:
            sha256 = try destination.write { sink in
                rows = try writeCSV(
                    table, store: store, excel: excel, to: &sink, progress: stepped)
                try finished(rows)
            }
        case .json:
            sha256 = try destination.write { sink in
                rows = try writeJSON(
                    table, store: store, created: created, to: &sink, progress: stepped)
                try finished(rows)
            }
        case .xlsx:
            let workbook = RankingWorkbook(table: table, created: created)
            let temporary = try destination.temporaryFile()
            do {
                rows = try workbook.write(
                    to: temporary, store: store, scratch: destination, progress: stepped)
                try finished(rows)
            } catch {
                unlink(temporary)
                throw error
            }
            sha256 = try destination.commitFile(at: temporary)
        }
        var options: [String: String] = ["rows": String(rows), "final": String(table.isFinal)]
        if excel { options["excel"] = "true" }
        do {
            try store.recordExport(
                ExportRecord(
                    kind: "ranking", format: format.rawValue,
                    fileName: destination.url.lastPathComponent, sha256: sha256,
                    options: options),
                by: viewer)
        } catch {
            // An export the trail does not know of must not stay behind.
            unlink(destination.url.path)
            throw error
        }
        return Outcome(rows: rows, sha256: sha256)
    }

    /// How often a long export says how far it is.
    static let progressStep = 5_000

    /// RFC 4180 with CRLF; `excel`: a byte-order mark, `;` between fields and decimal commas,
    /// as spreadsheets in most EU locales expect.
    static func writeCSV(
        _ table: RankingTable, store: any PanelDatabase, excel: Bool, to sink: inout ExportSink,
        progress: ((Int) throws -> Void)? = nil
    ) throws -> Int {
        let writer = CSVWriter(delimiter: UInt8(ascii: excel ? ";" : ","))
        if excel { try sink.write(bytes: [0xEF, 0xBB, 0xBF]) }
        try sink.write(writer.record(table.header))
        var rows = 0
        try table.forEachRow(store: store) { _, cells in
            try sink.write(writer.record(cells.map { $0.csvText(decimalComma: excel) }))
            rows += 1
            if rows % progressStep == 0 { try progress?(rows) }
        }
        return rows
    }

    /// One JSON document (docs/exports.md, docs/schemas/ranking.schema.json), a candidate a
    /// line.
    static func auditObject(_ state: DataState?) -> String {
        JSONWriter.object([
            ("entries", String(state?.seq ?? 0)),
            ("head", JSONWriter.string(state?.headHash ?? String(repeating: "0", count: 64))),
        ])
    }

    static func writeJSON(
        _ table: RankingTable, store: any PanelDatabase, created: Timestamp,
        to sink: inout ExportSink,
        progress: ((Int) throws -> Void)? = nil
    ) throws -> Int {
        let scheme = table.scheme
        var head: [(String, String)] = [
            ("format", JSONWriter.string("shortlist-ranking")), ("version", "1"),
            ("call", JSONWriter.string(table.profile?.reference ?? "")),
            ("created", JSONWriter.string(created.description)),
            ("final", String(table.isFinal)),
        ]
        if !table.isFinal {
            head.append(
                ("notice", JSONWriter.string("NOT FINAL: the chair has not finalised this ranking"))
            )
        }
        if let final = table.view.finalised {
            head.append(
                (
                    "finalised",
                    JSONWriter.object([
                        ("at", JSONWriter.string(final.at)), ("by", JSONWriter.string(final.by)),
                    ])
                ))
        }
        head += [
            ("ranks_sealed", String(table.view.ranksSealed)),
            (
                "scale",
                JSONWriter.object([
                    ("minimum", String(scheme.scale.minimum)),
                    ("maximum", String(scheme.scale.maximum)),
                ])
            ),
            ("overall_pass_mark", JSONWriter.number(scheme.rules.overallPassMark)),
            ("reserve_list_limit", scheme.rules.reserveListLimit.map { String($0) } ?? "null"),
            // The trail as of the data exported: keep it outside the file, it is what proves
            // later that no entry was cut (`audit verify --head`).
            ("audit", auditObject(try store.dataState())),
            (
                "criteria",
                "["
                    + scheme.criteria.map { rule in
                        JSONWriter.object([
                            ("id", JSONWriter.string(rule.id.rawValue)),
                            ("weight", JSONWriter.number(rule.weight)),
                            ("pass_mark", JSONWriter.number(rule.passMark)),
                        ])
                    }.joined(separator: ", ") + "]"
            ),
        ]
        try sink.write("{\n")
        for (key, value) in head { try sink.write("  \(JSONWriter.string(key)): \(value),\n") }
        try sink.write("  \"candidates\": [")
        var rows = 0
        let criteria = scheme.criteria.map(\.id.rawValue)
        try table.forEachRow(store: store) { status, cells in
            try sink.write((rows == 0 ? "\n    " : ",\n    ") + candidate(cells, criteria))
            rows += 1
            if rows % progressStep == 0 { try progress?(rows) }
        }
        try sink.write(rows == 0 ? "]\n}\n" : "\n  ]\n}\n")
        return rows
    }

    /// A row as a JSON object: numbers as numbers, booleans as booleans, "sealed" as a
    /// string, null where there is nothing (yet).
    static func candidate(_ cells: [ExportCell], _ criteria: [String]) -> String {
        func value(_ cell: ExportCell, boolean: Bool = false) -> String {
            switch cell {
            case .empty: "null"
            case .integer(let n): String(n)
            case .boolean(let b): String(b)
            case .decimal(let d): ScoreText.decimal(d)
            case .text(let t):
                boolean && (t == "true" || t == "false") ? t : JSONWriter.string(t)
            }
        }
        let n = criteria.count
        let means = zip(criteria, cells[6..<(6 + n)]).map { ($0, value($1)) }
        return JSONWriter.object([
            ("status", value(cells[0])), ("rank", value(cells[1])),
            ("application_id", value(cells[2])), ("name", value(cells[3])),
            ("eligibility", value(cells[4])), ("total", value(cells[5])),
            ("means", JSONWriter.object(means)),
            ("passed", value(cells[6 + n], boolean: true)),
            ("reserve", value(cells[7 + n], boolean: true)),
            ("conditions", conditions(cells[9 + n])),
        ])
    }

    /// The conditions cell as a JSON array of its texts, as `rank --format json` gives them.
    static func conditions(_ cell: ExportCell) -> String {
        guard case .text(let text) = cell, !text.isEmpty else { return "[]" }
        return "["
            + text.components(separatedBy: "; ").map(JSONWriter.string).joined(separator: ", ")
            + "]"
    }
}
