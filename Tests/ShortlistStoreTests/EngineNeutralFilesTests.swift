import Foundation
import Testing

/// docs/architecture.md names the files a second engine reuses: they must not reach into
/// SQLite, or "engine-neutral" is a word only.
@Suite struct EngineNeutralFilesTests {
    static let files = [
        "Filter/FilterCompiler.swift", "Audit/AuditHashing.swift", "Scoring/ScoreRedaction.swift",
        "Scoring/RankingAssembly.swift", "Scoring/RankingView.swift",
        "Scoring/ScoringDataCandidate.swift", "Scoring/Sealing/SealingCondition.swift",
        "Notes/NoteSignatureCheck.swift",
        // The write rules both engines call (issue 20: shared, not copied).
        "WriteRules.swift", "Audit/AuditDigests.swift", "Audit/AuditValueDisplay.swift",
        "Scoring/ScorecardRules.swift", "Scoring/InvitationRules.swift",
        "Scoring/RankingRules.swift", "Scoring/FinalRankingCheck.swift",
        "Eligibility/OverrideRules.swift", "Eligibility/EligibilityCounting.swift",
        "Notes/NoteWriteRules.swift", "Panel/RosterWriteRules.swift", "Filter/FilterNames.swift",
        "StoredLists.swift",
    ]

    @Test(arguments: files) func importsNoEngine(file: String) throws {
        let url = StoreInterfaceArchitectureTests.root
            .appendingPathComponent("Sources/ShortlistStore").appendingPathComponent(file)
        // Code only: a comment may say where SQLite does the same.
        let text = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            .joined(separator: "\n")
        #expect(
            ["func ", "struct ", "enum ", "protocol "].contains { text.contains($0) },
            "\(file) holds no code: was it read?")
        for word in [
            "GRDB", "Database", "SQLiteStore", "SQLiteSealing", "PostgresNIO", "PostgresSession",
        ] {
            #expect(
                !StoreInterfaceArchitectureTests.names(word, in: text), "\(file) names \(word)")
        }
    }

    @Test func theArchitectureNamesTheRankingAssembly() throws {
        let text = try String(
            contentsOf: StoreInterfaceArchitectureTests.root.appendingPathComponent(
                "docs/architecture.md"), encoding: .utf8)
        #expect(text.contains("Scoring/RankingAssembly.swift"))
    }
}
