import ArgumentParser
import Foundation
import ShortlistExchange
import TerminalKit

/// How a listing is printed: a table for people, CSV or JSON for programs. Data goes to
/// standard output, messages to standard error.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Rows of text printed in one of the formats; JSON objects use the header as keys.
struct Listing {
    var header: [String]
    var rows: [[String]]

    func print(as format: OutputFormat) {
        switch format {
        case .table: Swift.print(table(), terminator: "")
        case .csv:
            let writer = CSVWriter(lineEnd: "\n")
            Swift.print(([header] + rows).map(writer.record).joined(), terminator: "")
        case .json:
            let objects = rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
            let data =
                (try? JSONSerialization.data(
                    withJSONObject: objects,
                    options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
                ?? Data("[]".utf8)
            Swift.print(String(decoding: data, as: UTF8.self))
        }
    }

    /// Columns padded by display width, so that Greek, Cyrillic and CJK names line up.
    func table() -> String {
        var widths = header.map(\.displayWidth)
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
