import Foundation
import ShortlistTestSupport
import Testing

@testable import ShortlistExchange

@Suite struct CSVReaderTests {
    let folder = TemporaryDirectory()

    /// Reads `text` through a real file in chunks of `chunkSize` bytes, so that every state
    /// of the reader meets a chunk boundary.
    func records(_ bytes: [UInt8], chunkSize: Int = 1 << 20, delimiter: UInt8 = UInt8(ascii: ","))
        throws
        -> [CSVRecord]
    {
        let url = folder.file("in-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return Array(CSVReader(fileHandle: handle, delimiter: delimiter, chunkSize: chunkSize))
    }

    func records(_ text: String, chunkSize: Int = 1 << 20) throws -> [CSVRecord] {
        try records(Array(text.utf8), chunkSize: chunkSize)
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64, 1 << 20])
    func quotedFieldsAcrossChunkBoundaries(chunkSize: Int) throws {
        let text =
            "\u{FEFF}id,name,cv\r\n1,\"Dall'Ò, Giuseppe\",\"He said \"\"yes\"\".\r\nThen, no.\"\r\n2,Иванова,\"\"\n3,王,plain\r\n"
        let read = try records(text, chunkSize: chunkSize)
        #expect(
            read.map(\.fields) == [
                ["id", "name", "cv"],
                ["1", "Dall'Ò, Giuseppe", "He said \"yes\".\r\nThen, no."],
                ["2", "Иванова", ""],
                ["3", "王", "plain"],
            ])
        #expect(read.map(\.line) == [1, 2, 4, 5], "lines count the break inside the quoted field")
        #expect(read.allSatisfy { $0.defect == nil })
    }

    /// Found by CSVRoundTripTests, once in thousands of runs: a file starting with a character
    /// whose UTF-8 begins with EF, as a byte-order mark does, lost that byte.
    @Test(arguments: [1, 2, 3, 1 << 20])
    func aFirstCharacterThatStartsLikeAByteOrderMarkIsKept(chunkSize: Int) throws {
        for text in ["ｎ\n", "\u{EFBF}x,y\n", "\u{FEFF}ｎ,2\n", "\u{FEFF}\u{FEFF}a\n"] {
            let read = try records(text, chunkSize: chunkSize)
            let expected = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            #expect(
                read.map(\.fields) == [expected.dropLast().split(separator: ",").map(String.init)],
                "\(Array(text.unicodeScalars))")
            #expect(read.allSatisfy { $0.defect == nil })
            if let raw = read.first?.raw {
                #expect(String(decoding: raw, as: UTF8.self) == String(expected.dropLast()))
            }
        }
    }

    @Test func rawBytesAreTheRecordAsWritten() throws {
        let read = try records("a,b\r\n\"x,1\",\"y\"\"z\"\r\n")
        #expect(String(decoding: read[1].raw, as: UTF8.self) == "\"x,1\",\"y\"\"z\"")
    }

    @Test func lineEndsOfEveryKindAndBlankLines() throws {
        let read = try records("a,b\n\n1,2\r3,4\r\n\r\n5,6")
        #expect(read.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(read.map(\.line) == [1, 3, 4, 6])
    }

    @Test func emptyFieldsAndTrailingDelimiter() throws {
        let read = try records("a,,c,\n,,,\n")
        #expect(read.map(\.fields) == [["a", "", "c", ""], ["", "", "", ""]])
    }

    @Test func unterminatedQuoteAtTheEnd() throws {
        let read = try records("a,b\n1,\"open\nnever closed")
        #expect(read.count == 2)
        #expect(read[1].defect == .unterminatedQuote)
        #expect(read[1].line == 2)
    }

    @Test func nulByteAndInvalidUTF8AreDefectsOfTheirRecordOnly() throws {
        var bytes =
            Array("a,b\n1,x".utf8) + [0] + Array("y\n2,".utf8) + [0xC3, 0x28]
            + Array("\n3,ok\n".utf8)
        bytes += []
        let read = try records(bytes)
        #expect(read.count == 4)
        #expect(read[1].defect == .nulByte(field: 1))
        #expect(read[2].defect == .invalidUTF8(field: 1))
        #expect(read[3].fields == ["3", "ok"])
    }

    /// An import splits records into fields apart from reading them (on its preparing
    /// threads): which defect a record carries must not change with that. A NUL byte counts
    /// before invalid UTF-8 even in a later field, as when one pass did both.
    @Test func aNulByteInALaterFieldOutranksInvalidUTF8InAnEarlierOne() throws {
        let bytes =
            Array("a,b,c\n".utf8) + [0xC3, 0x28] + Array(",\"Zo".utf8) + [0] + Array("ë\",Ł\n".utf8)
        let read = try records(bytes)
        #expect(read[1].defect == .nulByte(field: 1))
    }

    /// Every state of the splitter on one record: a quote that is data (not at a field's
    /// start), a doubled quote, text after a closing quote, an empty quoted field, a quoted
    /// delimiter and line break, non-Latin scripts; read whole and byte by byte.
    @Test(arguments: [1, 3, 1 << 20])
    func quotesInEveryPositionSplitAsWritten(chunkSize: Int) throws {
        let text =
            "id,a,b,c,d,e\n7,O\"Brien,\"Παπα\"\"δόπουλος\"ς,\"\",\"Żółć,\r\n王\"x,Иванова\"\n8,,,,,\n"
        let read = try records(text, chunkSize: chunkSize)
        #expect(
            read.map(\.fields) == [
                ["id", "a", "b", "c", "d", "e"],
                ["7", "O\"Brien", "Παπα\"δόπουλοςς", "", "Żółć,\r\n王x", "Иванова\""],
                ["8", "", "", "", "", ""],
            ])
        #expect(read.map(\.line) == [1, 2, 4])
        #expect(read.allSatisfy { $0.defect == nil })
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        let read = try records("\"abc\"def,x\n")
        #expect(read[0].fields == ["abcdef", "x"])
    }

    @Test func semicolonDelimiter() throws {
        let read = try records(Array("a;b\n\"1;2\";3\n".utf8), delimiter: UInt8(ascii: ";"))
        #expect(read.map(\.fields) == [["a", "b"], ["1;2", "3"]])
    }

    @Test func utf8DecodingRejectsWhatRepairWouldHide() {
        // An incomplete four-byte sequence is repaired into one U+FFFD of three bytes: the
        // same length as the input, which a length check alone would miss.
        #expect(CSVReader.decodeUTF8([0xF0, 0x9F, 0x98]) == nil)
        #expect(CSVReader.decodeUTF8(Array("Żółć 王".utf8)) == "Żółć 王")
        #expect(CSVReader.decodeUTF8([]) == "")
    }

    @Test func writerQuotesOnlyWhatNeedsIt() {
        let writer = CSVWriter()
        #expect(writer.field("plain") == "plain")
        #expect(writer.field("a,b") == "\"a,b\"")
        #expect(writer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(writer.field("two\nlines") == "\"two\nlines\"")
        #expect(writer.field(" padded") == "\" padded\"")
        #expect(writer.record(["1", "x,y"]) == "1,\"x,y\"\r\n")
    }
}
