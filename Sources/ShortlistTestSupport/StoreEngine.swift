import Foundation
import ShortlistCore
import ShortlistStore

/// The engines the store's behaviour suites run on (`@Test(arguments: StoreEngine.all)`):
/// SQLite in every build. A second engine adds its case here under its package trait, with
/// the way it makes a fresh database, and every suite then runs on it unchanged.
public enum StoreEngine: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite

    public static var all: [StoreEngine] { allCases }

    public var description: String { rawValue }

    /// Where a fresh database named `name` lives for this engine in `folder`.
    public func location(_ name: String, in folder: TemporaryDirectory) -> DatabaseLocation {
        switch self {
        case .sqlite: .file(folder.file(name))
        }
    }

    /// A new, empty database made through the same factory as the product's.
    public func create(
        _ name: String, in folder: TemporaryDirectory, _ setup: NewDatabase,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> any PanelDatabase {
        try DatabaseEngines.create(location(name, in: folder), setup, clock: clock)
    }

    /// The same database opened again, as another process would.
    public func open(
        _ name: String, in folder: TemporaryDirectory, readOnly: Bool = false,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> any PanelDatabase {
        try DatabaseEngines.open(location(name, in: folder), readOnly: readOnly, clock: clock)
    }
}
