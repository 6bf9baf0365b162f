import Foundation

/// A streaming RFC 4180 reader: UTF-8 with or without a byte-order mark, LF, CRLF or CR line
/// ends, quoted fields with delimiters, doubled quotes and line breaks. It reads the file in
/// chunks of a megabyte, so memory does not grow with the file.
///
/// Written by hand: the CSV libraries in the package mirror were measured at 27 s and up to
/// 700 MB for a 232 MB export (they load the whole file or box every byte); this state
/// machine copies runs of ordinary bytes at once.
public final class CSVReader: Sequence, IteratorProtocol {
    public let delimiter: UInt8
    private let input: FileHandle?
    private let chunkSize: Int
    private var chunk: [UInt8] = []
    private var index = 0
    private var atEnd = false
    private var startOfFile = true
    private var bomMatched = 0
    private let observer: (([UInt8]) -> Void)?

    private var line = 1
    /// Bytes consumed so far (for progress).
    public private(set) var bytesRead = 0
    /// An I/O error that ended reading early, if any.
    public private(set) var readError: (any Error)?

    /// - Parameters:
    ///   - prefix: bytes already read from the start of the file (by a sniffer), read first.
    ///   - observer: sees every chunk as read from the file (to hash it on the way); not the
    ///     prefix, which its reader has already shown it.
    public init(
        fileHandle: FileHandle, delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int = 1 << 20,
        prefix: [UInt8] = [], observer: (([UInt8]) -> Void)? = nil
    ) {
        self.input = fileHandle
        self.delimiter = delimiter
        self.chunkSize = chunkSize
        self.observer = observer
        self.chunk = prefix
    }

    /// Reads records from bytes already in memory (tests, small inputs).
    public init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) {
        self.input = nil
        self.delimiter = delimiter
        self.chunkSize = bytes.count
        self.observer = nil
        self.chunk = bytes
        self.atEnd = true
    }

    public func makeIterator() -> CSVReader { self }

    private func refill() -> Bool {
        guard !atEnd, let input else { return false }
        do {
            let data = try input.read(upToCount: chunkSize) ?? Data()
            if data.isEmpty {
                atEnd = true
                return false
            }
            chunk = [UInt8](data)
            index = 0
            observer?(chunk)
            return true
        } catch {
            readError = error
            atEnd = true
            return false
        }
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    public func next() -> CSVRecord? {
        nextUnsplit().map(CSVRecord.init(splitting:))
    }

    /// The next record's bytes, not yet split into fields: an import splits and decodes them
    /// on all cores, so that the one thread reading the file only finds where records end.
    /// Blank lines are skipped.
    func nextUnsplit() -> CSVUnsplitRecord? {
        while true {
            guard let record = readRecord() else { return nil }
            if !record.unterminated && record.raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                continue
            }
            return record
        }
    }

    /// The bytes of one record, following quotes only as far as they decide where it ends.
    private func readRecord() -> CSVUnsplitRecord? {
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        var raw: [UInt8] = []
        var state = State.fieldStart
        let startLine = line
        var sawAnything = false

        func record() -> CSVUnsplitRecord {
            CSVUnsplitRecord(
                raw: raw, line: startLine, delimiter: delimiter, unterminated: state == .quoted)
        }

        while true {
            if index >= chunk.count {
                if !refill() { break }
            }
            if startOfFile {
                // A byte-order mark, possibly split across reads.
                let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
                if chunk[index] == bom[bomMatched] {
                    bomMatched += 1
                    advance(1)
                    startOfFile = bomMatched < 3
                    continue
                }
                startOfFile = false
                if bomMatched > 0 {
                    // Not a mark after all but the start of a character (U+F000…U+FFFF
                    // begin with EF too): its bytes are data.
                    chunk.insert(contentsOf: bom[0..<bomMatched], at: index)
                    bytesRead -= bomMatched
                    bomMatched = 0
                }
            }
            sawAnything = true
            let byte = chunk[index]
            switch state {
            case .fieldStart, .unquoted:
                if state == .fieldStart && byte == quote {
                    state = .quoted
                    raw.append(byte)
                    advance(1)
                    continue
                }
                if byte == delimiter {
                    raw.append(byte)
                    advance(1)
                    state = .fieldStart
                    continue
                }
                if byte == lf || byte == cr {
                    consumeLineEnd()
                    return record()
                }
                // A run of ordinary bytes, copied at once.
                let run = scan(from: index) { $0 != self.delimiter && $0 != lf && $0 != cr }
                raw.append(contentsOf: chunk[index..<run])
                advance(run - index)
                state = .unquoted
            case .quoted:
                if byte == quote {
                    raw.append(byte)
                    advance(1)
                    state = .quoteInQuoted
                    continue
                }
                let run = scan(from: index) { $0 != quote }
                for b in chunk[index..<run] where b == lf { line += 1 }
                raw.append(contentsOf: chunk[index..<run])
                advance(run - index)
            case .quoteInQuoted:
                if byte == lf || byte == cr {
                    consumeLineEnd()
                    return record()
                }
                // A doubled quote stands for one; a delimiter ends the field; anything else
                // after a closing quote is kept, as spreadsheets do.
                raw.append(byte)
                advance(1)
                state = byte == quote ? .quoted : byte == delimiter ? .fieldStart : .unquoted
            }
        }
        // End of file.
        guard sawAnything && !raw.isEmpty else { return nil }
        return record()
    }

    /// The text of valid UTF-8 bytes, or nil. Decoding with repair and comparing is several
    /// times faster than `String(validating:)`, which takes a generic path for arrays.
    static func decodeUTF8(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer(decodeUTF8)
    }

    /// The same for bytes in place (a field inside its record's bytes).
    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        var copy = text
        let same = copy.withUTF8 { decoded in
            decoded.count == bytes.count
                && (decoded.count == 0
                    || memcmp(decoded.baseAddress!, bytes.baseAddress!, decoded.count) == 0)
        }
        return same ? text : nil
    }

    private func advance(_ n: Int) {
        index += n
        bytesRead += n
    }

    private func scan(from start: Int, while predicate: (UInt8) -> Bool) -> Int {
        var i = start
        let end = chunk.count
        while i < end && predicate(chunk[i]) { i += 1 }
        return i
    }

    /// Consumes LF, CRLF or a lone CR, across a chunk boundary if need be.
    private func consumeLineEnd() {
        let byte = chunk[index]
        advance(1)
        line += 1
        if byte == UInt8(ascii: "\r") {
            if index >= chunk.count { _ = refill() }
            if index < chunk.count, chunk[index] == UInt8(ascii: "\n") { advance(1) }
        }
    }
}
