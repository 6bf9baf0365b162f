/// One record of a CSV file as read: its fields, where it starts, and its bytes as they
/// stand in the file (so that a rejected record can be written back unchanged).
public struct CSVRecord: Sendable, Equatable {
    /// The decoded fields; empty when the record could not be decoded (see `defect`).
    public var fields: [String]
    /// The physical line where the record starts, counting line breaks inside quoted
    /// fields (1-based; the header is line 1).
    public var line: Int
    /// The record's bytes, without its line terminator.
    public var raw: [UInt8]
    public var defect: CSVDefect?

    public init(fields: [String], line: Int, raw: [UInt8], defect: CSVDefect? = nil) {
        self.fields = fields
        self.line = line
        self.raw = raw
        self.defect = defect
    }
}

/// Why a record cannot be trusted as a whole.
public enum CSVDefect: Sendable, Equatable, CustomStringConvertible {
    /// A NUL byte in the given field (0-based).
    case nulByte(field: Int)
    /// Bytes that are not UTF-8 in the given field (0-based).
    case invalidUTF8(field: Int)
    /// The file ends inside a quoted field.
    case unterminatedQuote

    public var description: String {
        switch self {
        case .nulByte: "contains a NUL byte"
        case .invalidUTF8: "is not valid UTF-8"
        case .unterminatedQuote: "a quoted field is never closed before the end of the file"
        }
    }

    public var field: Int? {
        switch self {
        case .nulByte(let f), .invalidUTF8(let f): f
        case .unterminatedQuote: nil
        }
    }
}
