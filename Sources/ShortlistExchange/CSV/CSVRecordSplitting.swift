import Foundation

/// One record's bytes as the reader found them, before they are split into fields: where a
/// record ends is all the reading thread decides, so that splitting and decoding can run on
/// the threads that prepare records.
struct CSVUnsplitRecord: Sendable {
    /// The record's bytes, without its line terminator.
    var raw: [UInt8]
    /// The physical line where the record starts.
    var line: Int
    var delimiter: UInt8
    /// The file ended inside a quoted field.
    var unterminated: Bool
}

extension CSVRecord {
    /// The fields of a record read by `CSVReader`: the reader's own state machine, run again
    /// over bytes that hold no line end outside quotes.
    init(splitting record: CSVUnsplitRecord) {
        let raw = record.raw
        guard !record.unterminated else {
            self.init(fields: [], line: record.line, raw: raw, defect: .unterminatedQuote)
            return
        }
        let quote = UInt8(ascii: "\"")
        let delimiter = record.delimiter
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var nulField: Int?
        var state = State.fieldStart
        var i = 0
        let count = raw.count

        func endField() {
            if nulField == nil, field.contains(0) { nulField = fields.count }
            fields.append(field)
            field = []
        }

        while i < count {
            let byte = raw[i]
            switch state {
            case .fieldStart, .unquoted:
                if state == .fieldStart && byte == quote {
                    state = .quoted
                    i += 1
                } else if byte == delimiter {
                    endField()
                    state = .fieldStart
                    i += 1
                } else {
                    // Outside quotes the bytes hold no line end: a run up to the delimiter.
                    var end = i + 1
                    while end < count && raw[end] != delimiter { end += 1 }
                    field.append(contentsOf: raw[i..<end])
                    i = end
                    state = .unquoted
                }
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                    i += 1
                } else {
                    var end = i + 1
                    while end < count && raw[end] != quote { end += 1 }
                    field.append(contentsOf: raw[i..<end])
                    i = end
                }
            case .quoteInQuoted:
                if byte == quote {
                    // A doubled quote stands for one.
                    field.append(quote)
                    state = .quoted
                } else if byte == delimiter {
                    endField()
                    state = .fieldStart
                } else {
                    // Text after a closing quote: kept, as spreadsheets do.
                    field.append(byte)
                    state = .unquoted
                }
                i += 1
            }
        }
        endField()

        if let nulField {
            self.init(fields: [], line: record.line, raw: raw, defect: .nulByte(field: nulField))
            return
        }
        var strings: [String] = []
        strings.reserveCapacity(fields.count)
        for (index, bytes) in fields.enumerated() {
            guard let text = CSVReader.decodeUTF8(bytes) else {
                self.init(
                    fields: [], line: record.line, raw: raw, defect: .invalidUTF8(field: index))
                return
            }
            strings.append(text)
        }
        self.init(fields: strings, line: record.line, raw: raw)
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
}
