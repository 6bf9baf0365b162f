import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import TerminalKit

/// How a listing is printed: a table for people, CSV or JSON for programs, and `plain`, one
/// record a line as labelled phrases without padding or rules, which a screen reader reads
/// well. Data goes to standard output, messages to standard error.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, plain
}

/// Rows of text printed in one of the formats; JSON objects use the header as keys.
struct Listing {
    var header: [String]
    var rows: [[String]]

    func print(as format: OutputFormat) {
        switch format {
        case .table: Console.output(table(), terminator: "")
        case .plain: Console.output(plain(), terminator: "")
        case .csv:
            // The same cell text as the CSV and XLSX exports: controls made visible.
            let writer = CSVWriter(lineEnd: "\n")
            Console.output(
                ([header] + visibleRows).map(writer.record).joined(), terminator: "")
        case .json:
            let objects = rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
            let data =
                (try? JSONSerialization.data(
                    withJSONObject: objects,
                    options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
                ?? Data("[]".utf8)
            Console.outputJSON(String(decoding: data, as: UTF8.self))
        }
    }

    /// The rows as people see them: a marker in place of each control, before widths are
    /// measured, so that columns still line up.
    var visibleRows: [[String]] { rows.map { $0.map { VisibleText.visible($0) } } }

    /// Each row a sentence of "field: value" phrases; an empty value reads "none".
    func plain() -> String {
        visibleRows.map { row in
            zip(header, row).map { field, value in
                "\(field.replacingOccurrences(of: "_", with: " ")): \(value.isEmpty ? "none" : value)"
            }.joined(separator: "; ") + ".\n"
        }.joined()
    }

    /// Columns padded by display width, so that Greek, Cyrillic and CJK names line up.
    func table() -> String {
        var widths = header.map(\.displayWidth)
        let rows = visibleRows
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], cell.displayWidth)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell.padded(toWidth: widths[i])
            }.joined(separator: "  ") + "\n"
        }
        return line(header) + rows.map(line).joined()
    }
}
