import Foundation
import PropertyBased
import Testing

@testable import ShortlistExchange

/// Any records written as CSV read back identical.
@Suite struct CSVRoundTripTests {
    /// What CSV must survive: quotes, delimiters, every line end, spaces at the edges,
    /// letters of every script, and (codes 20…29) arbitrary Unicode scalars but NUL, which
    /// the reader refuses. Code 30 ends a field.
    static let special = ["\"", ",", ";", "\n", "\r\n", "\r", " ", "\t", "'", "\"\""]
    static let letters = ["Ω", "ж", "ł", "王", "😀", "e\u{301}", "ß", "a", "Z", "0"]

    static func fields(codes: [Int], scalars: [Unicode.Scalar]) -> [String] {
        var fields: [String] = []
        var current = ""
        for code in codes {
            switch code {
            case 0..<10: current += special[code]
            case 10..<20: current += letters[code - 10]
            case 20..<30: current.unicodeScalars.append(scalars[code - 20])
            default:
                fields.append(current)
                current = ""
            }
        }
        fields.append(current)
        return fields
    }

    @Test func anyRecordsSurviveWritingAndReading() async {
        await propertyCheck(
            count: 500, input: Gen.int(in: 0...30).array(of: 0...150),
            // Two ranges: the library's generator traps on a range that spans the surrogates.
            Gen.unicodeScalar(in: "\u{1}"..."\u{D7FF}").array(of: 5),
            Gen.unicodeScalar(in: "\u{E000}"..."\u{10FFFF}").array(of: 5), Gen.int(in: 1...5)
        ) { codes, low, high, columns in
            let fields = Self.fields(codes: codes, scalars: low + high)
            var rows = stride(from: 0, to: fields.count - fields.count % columns, by: columns).map {
                Array(fields[$0..<($0 + columns)])
            }
            // A record of one blank field is a blank line, which readers skip.
            rows.removeAll { $0.count == 1 && $0[0].allSatisfy { $0 == " " || $0 == "\t" } }
            let writer = CSVWriter()
            let text = rows.map(writer.record).joined()
            let read = Array(CSVReader(bytes: Array(text.utf8)))
            #expect(read.map(\.fields) == rows)
            #expect(read.allSatisfy { $0.defect == nil })
        }
    }
}
