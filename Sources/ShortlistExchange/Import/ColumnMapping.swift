import Foundation
import ShortlistCore
import TOMLKit
import TOMLSupport

/// How an export's column names map to the format's fields, for exports whose headers are
/// named differently. Read from a TOML file:
///
/// ```toml
/// [columns]
/// application_id = "Application ID"
/// given_names = "First name(s)"
/// ```
///
/// Fields not listed keep their own name.
public struct ColumnMapping: Sendable, Equatable {
    /// Field → the column (or JSON member) name used in the file.
    public var names: [ApplicationField: String]

    public init(names: [ApplicationField: String] = [:]) {
        self.names = names
    }

    /// The field a column of the file stands for, if any.
    public func field(forColumn column: String) -> ApplicationField? {
        let wanted = column.trimmingASCIISpaces().lowercased()
        for (field, name) in names where name.trimmingASCIISpaces().lowercased() == wanted {
            return field
        }
        guard let field = ApplicationField(columnName: column) else { return nil }
        // A field that is mapped to another column no longer answers to its own name.
        return names[field] == nil ? field : nil
    }

    public static func load(_ url: URL) throws -> ColumnMapping {
        let source = try TOMLSource(contentsOf: url)
        return try parse(source)
    }

    public static func parse(_ source: TOMLSource) throws -> ColumnMapping {
        for key in source.root.keys where key != "columns" {
            throw source.error(
                "unknown key “\(key)”: a mapping file has one table, [columns]", key: key)
        }
        guard let value = source.root["columns"] else {
            throw TOMLFileError(
                file: source.file, line: 1,
                reason: "no [columns] table: list field = \"Column name\" pairs under [columns]")
        }
        guard let table = value.table else {
            throw source.error("columns must be a table, [columns]", key: "columns")
        }
        var names: [ApplicationField: String] = [:]
        var seen: [String: ApplicationField] = [:]
        for key in table.keys {
            guard let field = ApplicationField(rawValue: key) else {
                throw source.error(
                    "unknown field “\(key)”; the fields are "
                        + ApplicationField.allCases.map(\.rawValue).joined(separator: ", "),
                    key: key, inTable: "columns")
            }
            guard let name = table[key]?.string, !name.trimmingASCIISpaces().isEmpty else {
                throw source.error(
                    "\(key) must be the column's name as a non-empty string", key: key,
                    inTable: "columns")
            }
            if let other = seen[name.lowercased()] {
                throw source.error(
                    "column “\(name)” is mapped to both \(other) and \(key)", key: key,
                    inTable: "columns")
            }
            seen[name.lowercased()] = field
            names[field] = name
        }
        return ColumnMapping(names: names)
    }
}
