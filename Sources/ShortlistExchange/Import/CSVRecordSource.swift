import Foundation
import ShortlistCore

/// Records from a CSV export: the header row decides which column is which field.
final class CSVRecordSource: RecordSource {
    private let reader: CSVReader
    private let file: String
    private var columnOfField: [ApplicationField: Int] = [:]
    private var headerNames: [String] = []
    /// Made from the header once it is read.
    private var layout = CSVLayout(headerNames: [], columnOfField: [:])
    private(set) var notices: [ImportIssue] = []
    /// The header line as it stands in the file, for the rejects file.
    private(set) var headerRaw: [UInt8] = []
    let delimiter: UInt8

    var bytesRead: Int { reader.bytesRead }
    var structureError: String? {
        reader.readError.map { "reading failed: \($0.localizedDescription)" }
    }

    init(
        fileHandle: FileHandle, file: String, mapping: ColumnMapping,
        observer: (([UInt8]) -> Void)?
    ) throws {
        self.file = file
        let sniffer = DelimiterSniffer(fileHandle: fileHandle, observer: observer)
        delimiter = sniffer.delimiter
        reader = CSVReader(
            fileHandle: fileHandle, delimiter: delimiter, prefix: sniffer.consumed,
            observer: observer)
        try readHeader(mapping)
        if delimiter == UInt8(ascii: ";") {
            notices.append(
                ImportIssue(
                    kind: .notice, file: file, line: 1, column: nil,
                    reason: "the columns are separated by semicolons; read as such"))
        }
    }

    private func readHeader(_ mapping: ColumnMapping) throws {
        guard let header = reader.next() else {
            throw ImportFailure(file: file, reason: "the file is empty: there is no header row")
        }
        if let defect = header.defect {
            throw ImportFailure(file: file, line: header.line, reason: "the header row \(defect)")
        }
        headerRaw = header.raw
        headerNames = header.fields.map { $0.trimmingASCIISpaces() }
        for (index, name) in headerNames.enumerated() {
            guard let field = mapping.field(forColumn: name) else {
                notices.append(
                    ImportIssue(
                        kind: .notice, file: file, line: header.line,
                        column: name.isEmpty ? "#\(index + 1)" : name,
                        reason: "not a column of the import format; ignored"))
                continue
            }
            if let earlier = columnOfField[field] {
                throw ImportFailure(
                    file: file, line: header.line,
                    reason:
                        "columns “\(headerNames[earlier])” and “\(name)” both stand for \(field)")
            }
            columnOfField[field] = index
        }
        var absent: [String] = []
        for field in ApplicationField.allCases where columnOfField[field] == nil {
            let expected = mapping.names[field] ?? field.rawValue
            if field.identifiesTheRecord {
                throw ImportFailure(
                    file: file, line: header.line,
                    reason: "the header has no column \(expected), which every record needs "
                        + "(columns found: \(headerNames.joined(separator: ", "))); "
                        + "a mapping file (--map) can name it")
            }
            absent.append(expected)
        }
        layout = CSVLayout(headerNames: headerNames, columnOfField: columnOfField)
        if !absent.isEmpty {
            // One notice for all of them: an export with few columns is not an error.
            notices.append(
                ImportIssue(
                    kind: .notice, file: file, line: header.line, column: nil,
                    reason: "the header has no column \(absent.joined(separator: ", ")); "
                        + "\(absent.count == 1 ? "that field" : "those fields") will be missing in every record"
                ))
        }
    }

    func columnName(_ field: ApplicationField) -> String { layout.columnName(field) }

    /// The next record as found in the file; it is split and checked where it is prepared.
    func nextItem() -> ImportItem? {
        reader.nextUnsplit().map { .unsplit($0, layout) }
    }
}

/// Which column of a CSV file holds which field, as its header says: what turns a record's
/// fields into a checked application, on any thread.
final class CSVLayout: Sendable {
    let headerNames: [String]
    let columnOfField: [ApplicationField: Int]

    init(headerNames: [String], columnOfField: [ApplicationField: Int]) {
        self.headerNames = headerNames
        self.columnOfField = columnOfField
    }

    func columnName(_ field: ApplicationField) -> String {
        columnOfField[field].map { headerNames[$0] } ?? field.rawValue
    }

    /// A record checked: rejected for its structure or its identity, or parsed.
    func item(_ record: CSVRecord) -> ImportItem {
        if let defect = record.defect {
            let column = defect.field.flatMap { $0 < headerNames.count ? headerNames[$0] : nil }
            return .rejected(
                line: record.line, column: column, reason: defect.description, raw: record.raw)
        }
        if record.fields.count != headerNames.count {
            let fewer = record.fields.count < headerNames.count
            return .rejected(
                line: record.line, column: nil,
                reason:
                    "has \(record.fields.count) fields where the header has \(headerNames.count) "
                    + "(\(fewer ? "too few" : "too many") columns)",
                raw: record.raw)
        }
        var values: [ApplicationField: String] = [:]
        values.reserveCapacity(columnOfField.count)
        for (field, index) in columnOfField { values[field] = record.fields[index] }
        return ApplicationParsing.check(
            values, line: record.line, raw: record.raw, columnName: columnName)
    }
}

/// Looks at the first line to tell a comma-separated file from a semicolon-separated one
/// (as spreadsheets in many EU locales save), keeping the bytes it read.
struct DelimiterSniffer {
    let delimiter: UInt8
    let consumed: [UInt8]

    init(fileHandle: FileHandle, observer: (([UInt8]) -> Void)?) {
        let data = (try? fileHandle.read(upToCount: 1 << 16)) ?? Data()
        consumed = [UInt8](data)
        if !consumed.isEmpty { observer?(consumed) }
        var commas = 0
        var semicolons = 0
        var inQuotes = false
        for byte in consumed {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        delimiter = semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
