import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport

@testable import ShortlistExchange

/// Imports files into a fresh database and keeps what was reported.
final class ImportHarness {
    let folder = TemporaryDirectory("shortlist-import")
    let store: SQLiteStore
    private(set) var issues: [ImportIssue] = []

    init() throws {
        store = try TestDatabase.create(at: folder.file("import.db"))
    }

    /// The header of the format, in its own order.
    static let header = ApplicationField.allCases.map(\.rawValue).joined(separator: ",")

    /// A valid record in the format's column order, with fields replaced as given.
    static func record(_ id: String, _ overrides: [ApplicationField: String] = [:]) -> String {
        var base: [ApplicationField: String] = [
            .applicationID: id, .castRegistrationID: "CAST01234567", .surname: "Kowalska",
            .givenNames: "Anna", .nationality: "PL", .email: "anna@example.org",
            .dateOfBirth: "1988-12-31", .submittedAt: "2025-11-30T10:00:00+01:00",
            .castFunctionGroup: "IV", .castProfile: "Political Affairs/EU Policies",
            .castStatus: "passed", .educationLevel: "master", .educationYears: "17",
            .degreeField: "Law", .diplomaRecognised: "true", .languages: "PL:C2;EN:C1",
            .militaryService: "not_applicable", .yearsExperience: "6.5",
            .currentEmployer: "Komisja", .cvText: "Lawyer.", .motivation: "Why not.",
        ]
        for (field, value) in overrides { base[field] = value }
        let writer = CSVWriter(lineEnd: "\n")
        return writer.record(ApplicationField.allCases.map { base[$0] ?? "" })
    }

    func write(_ text: String, name: String = "export.csv") throws -> URL {
        let url = folder.file(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func write(bytes: [UInt8], name: String = "export.csv") throws -> URL {
        let url = folder.file(name)
        try Data(bytes).write(to: url)
        return url
    }

    @discardableResult
    func run(_ url: URL, configure: (inout ImportOptions) -> Void = { _ in }) throws
        -> ImportSummary
    {
        var options = ImportOptions(user: "secretary")
        configure(&options)
        let importer = ApplicationImporter(file: url, options: options)
        issues = []
        importer.onIssue = { [self] in issues.append($0) }
        return try importer.run(into: store, by: store.acting(as: "secretary"))
    }

    @discardableResult
    func run(csv text: String, configure: (inout ImportOptions) -> Void = { _ in }) throws
        -> ImportSummary
    {
        try run(write(text), configure: configure)
    }

    var rejections: [ImportIssue] { issues.filter { $0.kind == .rejected } }
    var warnings: [ImportIssue] { issues.filter { $0.kind == .warning } }

    func ids() throws -> [String] {
        try store.candidates(order: .applicationID, page: .first(limit: 10_000)).map(
            \.summary.applicationID.rawValue)
    }
}
