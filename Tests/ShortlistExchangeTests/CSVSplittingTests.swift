import Foundation
import PropertyBased
import Testing

@testable import ShortlistExchange

/// The splitter decodes a field from its record's bytes in place and gathers bytes of its own
/// only around a doubled quote or text after a closing quote. Whatever the bytes, it must
/// give the fields and the defect that the splitter before it gave (kept below as the
/// reference): quotes anywhere, delimiters, NUL bytes, invalid and valid UTF-8 of every width.
@Suite struct CSVSplittingTests {
    static let pieces: [[UInt8]] = [
        [UInt8(ascii: "\"")], [UInt8(ascii: "\""), UInt8(ascii: "\"")], [UInt8(ascii: ",")],
        [UInt8(ascii: ";")], [0], [0xFF], [0xC3], [0xC3, 0xA9], [0xF0, 0x9F, 0x98],
        Array("Παπα".utf8), Array("Иванова".utf8), Array("Żółć".utf8), Array("王秀英".utf8),
        Array("😀".utf8), Array("a".utf8), Array("  ".utf8), Array("\r\n".utf8), Array("\n".utf8),
        Array("O'Brien".utf8),
    ]

    @Test func anyBytesSplitAsTheReferenceSplits() async {
        await propertyCheck(
            count: 1000, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...60),
            Gen.bool, Gen.bool
        ) { codes, semicolon, unterminated in
            let raw = codes.flatMap { Self.pieces[$0] }
            let record = CSVUnsplitRecord(
                raw: raw, line: 7, delimiter: UInt8(ascii: semicolon ? ";" : ","),
                unterminated: unterminated && codes.count % 3 == 0)
            let split = CSVRecord(splitting: record)
            let expected = Self.reference(record)
            #expect(split == expected)
        }
    }

    @Test func quotedFieldsWithDoubledQuotesAndTrailingText() {
        let raw = Array("\"\"\"abc\",\"a\"\"b\"c,\"\"\"\",x\"y\",\"Ż\"ł".utf8)
        let record = CSVUnsplitRecord(
            raw: raw, line: 1, delimiter: UInt8(ascii: ","), unterminated: false)
        let split = CSVRecord(splitting: record)
        #expect(split.fields == ["\"abc", "a\"bc", "\"", "x\"y\"", "Żł"])
        #expect(split == Self.reference(record))
    }

    /// The splitter before fields were decoded in place, verbatim but for its name.
    static func reference(_ record: CSVUnsplitRecord) -> CSVRecord {
        let raw = record.raw
        guard !record.unterminated else {
            return CSVRecord(fields: [], line: record.line, raw: raw, defect: .unterminatedQuote)
        }
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
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
                    field.append(quote)
                    state = .quoted
                } else if byte == delimiter {
                    endField()
                    state = .fieldStart
                } else {
                    field.append(byte)
                    state = .unquoted
                }
                i += 1
            }
        }
        endField()

        if let nulField {
            return CSVRecord(
                fields: [], line: record.line, raw: raw, defect: .nulByte(field: nulField))
        }
        var strings: [String] = []
        for (index, bytes) in fields.enumerated() {
            guard let text = CSVReader.decodeUTF8(bytes) else {
                return CSVRecord(
                    fields: [], line: record.line, raw: raw, defect: .invalidUTF8(field: index))
            }
            strings.append(text)
        }
        return CSVRecord(fields: strings, line: record.line, raw: raw)
    }
}
