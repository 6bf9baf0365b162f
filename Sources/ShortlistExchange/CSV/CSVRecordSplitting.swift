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
        var fields = FieldCollector(raw)
        var state = State.fieldStart
        var i = 0
        let count = raw.count

        while i < count {
            let byte = raw[i]
            switch state {
            case .fieldStart, .unquoted:
                if state == .fieldStart && byte == quote {
                    state = .quoted
                    i += 1
                } else if byte == delimiter {
                    fields.endField()
                    state = .fieldStart
                    i += 1
                } else {
                    // Outside quotes the bytes hold no line end: a run up to the delimiter.
                    var end = i + 1
                    while end < count && raw[end] != delimiter { end += 1 }
                    fields.add(i..<end)
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
                    fields.add(i..<end)
                    i = end
                }
            case .quoteInQuoted:
                if byte == quote {
                    // A doubled quote stands for one: the second of the pair.
                    fields.add(i..<i + 1)
                    state = .quoted
                } else if byte == delimiter {
                    fields.endField()
                    state = .fieldStart
                } else {
                    // Text after a closing quote: kept, as spreadsheets do.
                    fields.add(i..<i + 1)
                    state = .unquoted
                }
                i += 1
            }
        }
        fields.endField()

        if let nulField = fields.nulField {
            self.init(fields: [], line: record.line, raw: raw, defect: .nulByte(field: nulField))
            return
        }
        var strings: [String] = []
        strings.reserveCapacity(fields.fields.count)
        let invalid: Int? = raw.withUnsafeBufferPointer { bytes in
            for (index, field) in fields.fields.enumerated() {
                let text: String?
                switch field {
                case .run(let range): text = CSVReader.decodeUTF8(.init(rebasing: bytes[range]))
                case .gathered(let own): text = own.withUnsafeBufferPointer(CSVReader.decodeUTF8)
                }
                guard let text else { return index }
                strings.append(text)
            }
            return nil
        }
        if let invalid {
            self.init(fields: [], line: record.line, raw: raw, defect: .invalidUTF8(field: invalid))
            return
        }
        self.init(fields: strings, line: record.line, raw: raw)
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// A field's bytes: nearly always one run of the record's own bytes, decoded in place;
    /// only a doubled quote or text after a closing quote gathers them in an array of their
    /// own. (Copying every field into an array first cost an allocation and a copy a field.)
    private enum Field {
        case run(Range<Int>)
        case gathered([UInt8])
    }

    /// The fields found so far. A struct rather than variables captured by a local function:
    /// captured variables cost a dynamic exclusivity check on every access.
    private struct FieldCollector {
        let raw: [UInt8]
        var fields: [Field] = []
        /// The first field holding a NUL byte.
        var nulField: Int?
        private var run = 0..<0
        private var gathered: [UInt8]?

        init(_ raw: [UInt8]) { self.raw = raw }

        /// Adds `raw[range]` (never empty) to the field being read.
        mutating func add(_ range: Range<Int>) {
            if gathered == nil {
                if run.isEmpty {
                    run = range
                    return
                }
                if run.upperBound == range.lowerBound {
                    run = run.lowerBound..<range.upperBound
                    return
                }
                gathered = Array(raw[run])
            }
            gathered!.append(contentsOf: raw[range])
        }

        mutating func endField() {
            let field: Field
            let hasNul: Bool
            if let own = gathered {
                field = .gathered(own)
                hasNul = own.contains(0)
            } else {
                field = .run(run)
                hasNul = raw[run].contains(0)
            }
            if nulField == nil, hasNul { nulField = fields.count }
            fields.append(field)
            run = 0..<0
            gathered = nil
        }
    }
}
