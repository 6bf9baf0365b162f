import Foundation
import ShortlistCore

/// The few pieces of SpreadsheetML (ECMA-376) a workbook of plain tables needs, written by
/// hand: inline strings (no shared-string table to hold in memory), numbers as numbers, one
/// bold style for headers and one two-decimal number format.
enum SpreadsheetML {
    /// Style indexes in `styles`.
    enum Style: Int {
        case plain = 0
        case header = 1
        case twoDecimals = 2
    }

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    /// "A", "B", … "Z", "AA", …
    static func column(_ index: Int) -> String {
        var n = index + 1
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// Text as XML character data: markup escaped, characters XML 1.0 forbids dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func cell(_ cell: ExportCell, column: Int, row: Int, style: Style = .plain) -> String {
        let ref = "\(Self.column(column))\(row)"
        let s = style == .plain ? "" : " s=\"\(style.rawValue)\""
        switch cell {
        case .empty: return ""
        case .integer(let n): return "<c r=\"\(ref)\"\(s)><v>\(n)</v></c>"
        case .boolean(let b):
            // Words, not a TRUE/FALSE cell: the sheet is printed and read by people.
            return Self.cell(.text(ExportCell.yesNo(b)), column: column, row: row, style: style)
        case .decimal(let d):
            let decimals = style == .plain ? " s=\"\(Style.twoDecimals.rawValue)\"" : s
            return "<c r=\"\(ref)\"\(decimals)><v>\(ScoreText.decimal(d))</v></c>"
        case .text(let text):
            return
                "<c r=\"\(ref)\"\(s) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(ExportCell.neutralised(text)))</t></is></c>"
        }
    }

    static func row(_ cells: [ExportCell], number: Int, style: Style = .plain) -> String {
        var out = "<row r=\"\(number)\">"
        for (i, cell) in cells.enumerated() {
            out += Self.cell(cell, column: i, row: number, style: style)
        }
        return out + "</row>"
    }

    /// The start of a worksheet up to its first data row: a frozen, bold header row when
    /// `frozenHeader`, and the column widths. A sheet `fitToPage` prints scaled to the page's
    /// width (`sheetEnd(print:)` says how); the schema wants `sheetPr` first of all.
    static func sheetStart(widths: [Double], frozenHeader: Bool, fitToPage: Bool = false)
        -> String
    {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            """
        if fitToPage { out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        if frozenHeader {
            out +=
                "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        } else {
            out += "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
        }
        out += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (i, width) in widths.enumerated() {
            out +=
                "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(ScoreText.decimal(width))\" customWidth=\"1\"/>"
        }
        return out + "</cols><sheetData>"
    }

    static let sheetEnd = "</sheetData></worksheet>\n"

    /// How a table prints: its filtered range, and the page.
    struct PrintSetup {
        /// The table with its header row, e.g. `A1:N41`: the auto filter's range.
        var table: String
        /// A4 landscape, all columns on one page wide, as many pages tall as needed.
        static let landscapeA4 =
            "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
    }

    /// The end of a worksheet that prints as a table: after `sheetData` the schema's order is
    /// autoFilter, then pageMargins, then pageSetup.
    static func sheetEnd(print: PrintSetup) -> String {
        "</sheetData><autoFilter ref=\"\(print.table)\"/>\(PrintSetup.landscapeA4)</worksheet>\n"
    }

    /// The range from A1 over `columns` columns and `rows` rows (the header included).
    static func range(columns: Int, rows: Int) -> String {
        "A1:\(column(max(columns, 1) - 1))\(max(rows, 1))"
    }

    /// `'Ranking'!$A$1:$N$41` from `A1:N41`: a defined name's absolute reference.
    static func absolute(_ range: String, sheet: String) -> String {
        let quoted = "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        let ends = range.split(separator: ":").map { end -> String in
            let letters = end.prefix { $0.isLetter }
            return "$\(letters)$\(end.dropFirst(letters.count))"
        }
        return "\(quoted)!\(ends.joined(separator: ":"))"
    }

    static func contentTypes(sheets: Int) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
            """
        for i in 1...sheets {
            out +=
                "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return out + "</Types>\n"
    }

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>

        """

    /// The workbook; `printTable` names the first sheet's table (e.g. `A1:N41`): its header
    /// row repeats on every printed page (`_xlnm.Print_Titles`) and Excel finds its filter
    /// (`_xlnm._FilterDatabase`). Both are local to that sheet, as `localSheetId` says.
    static func workbook(sheetNames: [String], printTable: String? = nil) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
            """
        for (i, name) in sheetNames.enumerated() {
            out += "<sheet name=\"\(escaped(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        out += "</sheets>"
        if let printTable, let first = sheetNames.first {
            let sheet = "'" + escaped(first).replacingOccurrences(of: "'", with: "''") + "'"
            out +=
                "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">\(escaped(absolute(printTable, sheet: first)))</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">\(sheet)!$1:$1</definedName></definedNames>"
        }
        return out + "</workbook>\n"
    }

    static func workbookRelationships(sheets: Int) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            """
        for i in 1...sheets {
            out +=
                "<Relationship Id=\"rId\(i)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        out +=
            "<Relationship Id=\"rId\(sheets + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return out + "</Relationships>\n"
    }

    static func coreProperties(title: String, created: Timestamp) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(escaped(title))</dc:title><dc:creator>Shortlist</dc:creator>\
        <dcterms:created xsi:type="dcterms:W3CDTF">\(created)</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">\(created)</dcterms:modified>\
        </cp:coreProperties>

        """
    }

    static let appProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>Shortlist</Application></Properties>

        """
}
