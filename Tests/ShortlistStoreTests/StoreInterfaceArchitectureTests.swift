import Foundation
import Testing

/// The store is a contract, not a class: what stands above it names only the protocols, so
/// that another engine can stand behind the same interface, exchange and command line.
@Suite struct StoreInterfaceArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every Swift file under `folder`, with its text.
    static func sources(_ folder: String) throws -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        var files: [(String, String)] = []
        while let name = enumerator?.nextObject() as? String {
            guard name.hasSuffix(".swift") else { continue }
            let url = base.appendingPathComponent(name)
            files.append(("\(folder)/\(name)", try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    static func names(_ word: String, in text: String) -> Bool {
        text.range(of: "\\b\(word)\\b", options: .regularExpression) != nil
    }

    @Test(arguments: ["Sources/ShortlistUI", "Sources/ShortlistExchange", "Sources/shortlist"])
    func noFileAboveTheStoreNamesTheSQLiteClass(folder: String) throws {
        let files = try Self.sources(folder)
        #expect(files.count > 10, "the folder \(folder) was not found from \(Self.root.path)")
        let offenders = files.filter { Self.names("SQLiteStore", in: $0.text) }.map(\.path)
        #expect(offenders.isEmpty, "these files name SQLiteStore: \(offenders)")
    }

    @Test func noProtocolOrTypealiasIsCalledStore() throws {
        let declaration = "(protocol|typealias|class|struct|enum)\\s+Store\\b"
        let offenders = try Self.sources("Sources").filter {
            $0.text.range(of: declaration, options: .regularExpression) != nil
        }
        #expect(offenders.map(\.path).isEmpty)
    }

    /// The requirements of each protocol of the store's interface: its `func`, `var`,
    /// `init` and `subscript` lines between the protocol's braces.
    static func requirementCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for file in try sources("Sources/ShortlistStore/Interface")
            + sources("Sources/ShortlistStore").filter({ $0.path.hasSuffix("SQLiteEngine.swift") })
        {
            var current: String?
            var depth = 0
            for line in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if current == nil, trimmed.hasPrefix("public protocol ") {
                    current = String(
                        trimmed.dropFirst("public protocol ".count).prefix {
                            $0.isLetter || $0.isNumber
                        })
                    counts[current!] = 0
                    depth = 0
                }
                guard let name = current else { continue }
                if depth == 1,
                    trimmed.range(
                        of: "^(static )?(func|var|init|subscript)\\b", options: .regularExpression)
                        != nil
                {
                    counts[name, default: 0] += 1
                }
                depth += line.filter { $0 == "{" }.count - line.filter { $0 == "}" }.count
                if depth == 0, line.contains("}") { current = nil }
            }
        }
        return counts
    }

    @Test func everyStoreProtocolHasAtMost25Requirements() throws {
        let counts = try Self.requirementCounts()
        for name in [
            "CandidatePaging", "CandidateFiltering", "EligibilityRecords", "ScreeningRecords",
            "InterviewRecords", "RankingRecords", "NoteRecords", "AuditRecords", "RosterRecords",
            "BulkLoading", "ExportReads", "ChangeReporting", "DatabaseLifecycle",
            "DatabaseEngine", "SQLiteFileDatabase",
        ] {
            let count = try #require(counts[name], "no protocol \(name) found")
            #expect((1...25).contains(count), "\(name) has \(count) requirements")
        }
    }
}
