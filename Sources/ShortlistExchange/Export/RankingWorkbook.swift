import Foundation
import ShortlistCore
import ShortlistStore
import ZIPFoundation

/// The ranking as an XLSX workbook: sheet 1 every candidate (as the CSV), sheet 2 the reserve
/// list, sheet 3 the call, its criteria, weights and pass marks. The first sheet's rows are
/// streamed to a scratch file and deflated from there, so 100,000 rows never sit in memory.
/// Every entry carries the same fixed timestamp, so the same data gives the same bytes.
struct RankingWorkbook {
    let table: RankingTable
    let created: Timestamp

    /// 1980-01-01 00:00 UTC, the earliest time a ZIP entry can carry.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)
    static let sheetNames = ["Ranking", "Reserve list", "Call"]

    func write(
        to path: String, store: any PanelDatabase, scratch: ExportDestination,
        progress: ((Int) throws -> Void)? = nil
    ) throws -> Int {
        let sheetPath = try scratch.temporaryFile()
        defer { unlink(sheetPath) }
        let rows = try writeRankingSheet(to: sheetPath, store: store, progress: progress)
        // The archive goes into the file `temporaryFile()` made (O_EXCL, O_NOFOLLOW), never a
        // new one at its name: removing it for ZIPFoundation's `.create` would let a link
        // planted at the name in between be written through. An empty archive (its end
        // record alone) is written first, and ZIPFoundation opens that in `.update` mode.
        var empty = try ExportSink(path: path, mode: 0o600, group: nil)
        try empty.write(bytes: [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        try empty.finish()
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .update)
        } catch {
            throw ExportError("cannot create the workbook \(path): \(error)")
        }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", SpreadsheetML.contentTypes(sheets: 3)),
            ("_rels/.rels", SpreadsheetML.rootRelationships),
            (
                "docProps/core.xml",
                SpreadsheetML.coreProperties(
                    title: "Ranking \(table.profile?.reference ?? "")", created: created)
            ),
            ("docProps/app.xml", SpreadsheetML.appProperties),
            (
                "xl/workbook.xml",
                SpreadsheetML.workbook(
                    sheetNames: Self.sheetNames, printTable: rankingRange(rows: rows))
            ),
            ("xl/_rels/workbook.xml.rels", SpreadsheetML.workbookRelationships(sheets: 3)),
            ("xl/styles.xml", SpreadsheetML.styles),
        ]
        for (name, text) in parts { try add(Data(text.utf8), as: name, to: archive) }
        try addFile(sheetPath, as: "xl/worksheets/sheet1.xml", to: archive)
        try add(Data(reserveSheet().utf8), as: "xl/worksheets/sheet2.xml", to: archive)
        try add(Data(callSheet().utf8), as: "xl/worksheets/sheet3.xml", to: archive)
        return rows
    }

    private func add(_ data: Data, as name: String, to archive: Archive) throws {
        try archive.addEntry(
            with: name, type: .file, uncompressedSize: Int64(data.count),
            modificationDate: Self.entryDate, permissions: 0o644, compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    private func addFile(_ path: String, as name: String, to archive: Archive) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExportError("cannot read back the scratch file \(path)")
        }
        defer { try? handle.close() }
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        try archive.addEntry(
            with: name, type: .file, uncompressedSize: Int64(size),
            modificationDate: Self.entryDate, permissions: 0o644, compressionMethod: .deflate,
            bufferSize: 1 << 20
        ) { position, chunk in
            try handle.seek(toOffset: UInt64(position))
            return try handle.read(upToCount: chunk) ?? Data()
        }
    }

    private func writeRankingSheet(
        to path: String, store: any PanelDatabase, progress: ((Int) throws -> Void)?
    ) throws -> Int {
        var sink = try ExportSink(path: path, mode: 0o600, group: nil)
        defer { sink.abandon() }
        // The first sheet is what a panel prints: header repeated, one page wide, filterable.
        try sink.write(
            SpreadsheetML.sheetStart(
                widths: table.columnWidths, frozenHeader: true, fitToPage: true))
        try sink.write(
            SpreadsheetML.row(table.header.map { .text($0) }, number: 1, style: .header))
        var rows = 0
        try table.forEachRow(store: store) { _, cells in
            rows += 1
            try sink.write(SpreadsheetML.row(cells, number: rows + 1))
            if rows % RankingExport.progressStep == 0 { try progress?(rows) }
        }
        try sink.write(SpreadsheetML.sheetEnd(print: .init(table: rankingRange(rows: rows))))
        try sink.finish()
        return rows
    }

    /// The ranking sheet's table, header row included, e.g. `A1:N41`.
    func rankingRange(rows: Int) -> String {
        SpreadsheetML.range(columns: table.header.count, rows: rows + 1)
    }

    func reserveSheet() -> String {
        var out = SpreadsheetML.sheetStart(widths: [7, 16, 32, 9], frozenHeader: true)
        out += SpreadsheetML.row(table.reserveHeader.map { .text($0) }, number: 1, style: .header)
        for (i, cells) in table.reserveRows.enumerated() {
            out += SpreadsheetML.row(cells, number: i + 2)
        }
        return out + SpreadsheetML.sheetEnd
    }

    func callSheet() -> String {
        let scheme = table.scheme
        let profile = table.profile
        var lines: [[ExportCell]] = [
            [.text("call"), .text(profile?.reference ?? "")],
            [.text("title"), .text(profile?.title ?? "")],
            [
                .text("ranking"),
                .text(
                    table.view.finalised.map { "final (finalised by \($0.by) at \($0.at))" }
                        ?? "NOT FINAL: the chair has not finalised this ranking"),
            ],
            [.text("data as of"), .text(created.description)],
            [
                .text("scale"),
                .text("\(scheme.scale.minimum)–\(scheme.scale.maximum) per criterion"),
            ],
            [.text("overall pass mark (0–100)"), .decimal(scheme.rules.overallPassMark)],
            [
                .text("reserve list limit"),
                scheme.rules.reserveListLimit.map { .integer($0) } ?? .text("none"),
            ],
            // Whose numbers these are: the call states no weight or reserve list (issue 18).
            [
                .text("stated by the call"),
                .text(
                    (profile?.sources ?? ValueSources()).labels(of: .call).joined(separator: "; ")),
            ],
            [
                .text("the panel's choice"),
                .text(
                    (profile?.sources ?? ValueSources()).labels(of: .panel).joined(separator: "; ")),
            ],
            [
                .text("reserve list"),
                .text(
                    "the panel's own list"
                        + (profile?.reserveListAnnounced == true
                            ? "" : "; the call announces none, and candidates are not told of it")),
            ],
            [],
        ]
        let criteriaHeader = lines.count + 1
        lines.append(
            [
                .text("criterion"), .text("group"), .text("weight"), .text("pass mark"),
                .text("text"),
            ]
        )
        for rule in scheme.criteria {
            let criterion = profile?.criteria.first { $0.id == rule.id }
            lines.append([
                .text(rule.id.rawValue),
                criterion.map { .text($0.group.title.lowercased()) } ?? .empty,
                .decimal(rule.weight), rule.passMark.map { .decimal($0) } ?? .text("none"),
                criterion.map { .text($0.text) } ?? .empty,
            ])
        }
        var out = SpreadsheetML.sheetStart(widths: [26, 40, 9, 10, 80], frozenHeader: false)
        for (i, cells) in lines.enumerated() {
            out += SpreadsheetML.row(
                cells, number: i + 1, style: i + 1 == criteriaHeader ? .header : .plain)
        }
        return out + SpreadsheetML.sheetEnd
    }
}
