import Foundation
import ShortlistCore

/// Records from a JSON export: an array of objects, or JSON Lines, with the format's field
/// names as members (or the names a mapping gives).
final class JSONRecordSource: RecordSource {
    private let reader: JSONRecordReader
    private let file: String
    private let mapping: ColumnMapping
    private var unknownMembers: Set<String> = []
    private var pending: [ImportItem] = []
    let notices: [ImportIssue] = []

    var bytesRead: Int { reader.bytesRead }
    var structureError: String? { reader.structureError }

    init(
        fileHandle: FileHandle, file: String, mapping: ColumnMapping,
        observer: (([UInt8]) -> Void)?
    ) {
        reader = JSONRecordReader(fileHandle: fileHandle, observer: observer)
        self.file = file
        self.mapping = mapping
    }

    func columnName(_ field: ApplicationField) -> String { mapping.names[field] ?? field.rawValue }

    func nextItem() -> ImportItem? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard let record = reader.next() else { return nil }
        if let problem = record.problem {
            return .rejected(
                line: record.line, column: nil, reason: "the object \(problem)", raw: record.raw)
        }
        var values: [ApplicationField: String] = [:]
        for (member, value) in record.members {
            guard let field = mapping.field(forColumn: member) else {
                if unknownMembers.insert(member).inserted {
                    pending.append(
                        .notice(
                            ImportIssue(
                                kind: .notice, file: file, line: record.line, column: member,
                                reason: "not a field of the import format; ignored")))
                }
                continue
            }
            values[field] = value
        }
        let item = ApplicationParsing.check(
            values, line: record.line, raw: record.raw, columnName: columnName)
        guard !pending.isEmpty else { return item }
        pending.append(item)
        return pending.removeFirst()
    }
}
