import ShortlistCore

/// A problem found while importing, said the way compilers say it, so that editors and
/// people can go to it: `FILE:LINE: column NAME: reason`.
public struct ImportIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The record was not imported.
        case rejected
        /// The record was imported with this field unknown, or partly read (`consequence`).
        case warning
        /// Something about the file as a whole (an ignored column, a missing optional one).
        case notice
    }

    public var kind: Kind
    public var file: String
    /// The physical line where the record starts (the header is line 1).
    public var line: Int
    /// The column (or JSON member) as the file names it.
    public var column: String?
    public var reason: String
    /// How a warning ends: what became of the value (`FieldWarning.consequence`).
    public var consequence: String?

    public init(
        kind: Kind, file: String, line: Int, column: String?, reason: String,
        consequence: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.consequence = consequence
    }

    /// "column NAME: ", or nothing when the issue is about the whole record.
    public var place: String { column.map { "column \($0): " } ?? "" }

    public var description: String {
        let consequence: String
        switch kind {
        case .rejected: consequence = "; record rejected"
        case .warning: consequence = "; " + (self.consequence ?? FieldWarning.unknown)
        case .notice: consequence = ""
        }
        return "\(file):\(line): \(place)\(reason)\(consequence)"
    }
}

/// A problem that stops the import before anything is written.
public struct ImportFailure: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var reason: String

    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        line.map { "\(file):\($0): \(reason)" } ?? "\(file): \(reason)"
    }
}
