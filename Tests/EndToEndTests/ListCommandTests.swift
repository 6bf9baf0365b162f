import Foundation
import ShortlistTestSupport
import Testing

/// `shortlist list`: the filter language from the command line, and the same rows as the
/// interface's filter bar shows for the same filter.
@Suite(.serialized) struct ListCommandTests {
    let scratch = TemporaryDirectory("shortlist-list-e2e")
    var folder: URL { scratch.url }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var db: String { folder.appendingPathComponent("list.db").path }

    func makeDemo() throws {
        let made = try BuiltBinary.run(["demo", "--db", db, "--count", "300", "--no-tui"])
        #expect(made.status == 0, "\(made.stderr)")
    }

    func list(_ arguments: [String]) throws -> BuiltBinary.Result {
        try BuiltBinary.run(["list", "--db", db, "--user", "chair"] + arguments)
    }

    static let filter = "nat in (EL, BG, PL, CY, CZ) and exp >= 3"

    @Test func formatsSortsLimitsAndErrors() throws {
        try makeDemo()
        let csv = try list(["--filter", Self.filter, "--sort", "-exp,name", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(csv.stderr.contains("\(rows.count) shown of 300"))
        #expect(
            csv.stdout.hasPrefix(
                "application_id,name,nationality,fg,education,languages,experience,eligibility,screening\n"
            ))

        let json = try list(["--filter", "eligible", "--format", "json", "--limit", "2"])
        let objects =
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]]
        #expect(objects?.count == 2)
        #expect(objects?.allSatisfy { $0["eligibility"] == "eligible" } == true)
        #expect(json.stderr.contains("2 shown,"))

        let bad = try list(["--filter", "eligible and lang:fr >= C3"])
        #expect(bad.status == 2)
        #expect(bad.stdout.isEmpty)
        #expect(
            bad.stderr.contains(
                "eligible and lang:fr >= C3\n                        ^\nfilter, column 25: 'C3' is not a CEFR level"
            ), "\(bad.stderr)")
        let badSort = try list(["--sort", "name,colour"])
        #expect(badSort.status == 2)
        #expect(badSort.stderr.contains("cannot sort by 'colour'"))

        let evidence = try list(["--filter", "evidence:B2 >= 1", "--format", "csv", "--limit", "3"])
        #expect(evidence.stdout.split(separator: "\n").first?.hasSuffix(",evidence") == true)
    }

    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func theCSVHoldsTheRowsTheInterfaceShowsForTheSameFilter() throws {
        try makeDemo()
        let csv = try list(["--filter", Self.filter, "--sort", "id", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let fromCSV = csv.stdout.split(separator: "\n").dropFirst().map {
            String($0.prefix { $0 != "," })
        }
        #expect(fromCSV.count > 40, "more than a screenful: the interface is paged through")

        let tmux = try Tmux(width: 100, height: 40)
        try tmux.sendLine("\(BuiltBinary.url.path) --db \(db) --user chair; echo EXIT=$?")
        try tmux.waitFor { $0.contains("/300") }
        try tmux.send("f")
        try tmux.sendLiteral(Self.filter)
        try tmux.send("Enter")
        let screen = try tmux.waitFor { $0.contains("of 300") }
        #expect(screen.contains(" 1/\(fromCSV.count) of 300"), "\(screen)")
        func ids(_ screen: String) -> [String] {
            screen.split(separator: "\n").compactMap { line -> String? in
                guard let range = line.range(of: "APP-") else { return nil }
                return String(line[range.lowerBound...].prefix(11))
            }
        }
        // Page down to the end, gathering every row shown once, in order.
        var shown = ids(screen)
        for _ in 0..<10 where shown.count < fromCSV.count {
            let before = try tmux.capture()
            try tmux.send("NPage")
            let next = try tmux.waitFor(timeout: 5) { $0 != before }
            for id in ids(next) where !shown.contains(id) { shown.append(id) }
        }
        #expect(shown == fromCSV)
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }
    }

    /// The search runs off the interface's thread in the real binary: its result arrives
    /// without another key press (the loop wakes for it).
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func searchInTheTerminalSelectsAsYouType() throws {
        try makeDemo()
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.sendLine("\(BuiltBinary.url.path) --db \(db) --user chair; echo EXIT=$?")
        try tmux.waitFor { $0.contains("/300") }
        try tmux.send("/")
        try tmux.sendLiteral("0000142")
        var screen = try tmux.waitFor {
            $0.split(separator: "\n").contains { $0.hasPrefix("▶") && $0.contains("APP-0000142") }
        }
        let selected = screen.split(separator: "\n").first { $0.hasPrefix("▶") }
        #expect(selected?.contains("APP-0000142") == true, "\(screen)")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("1 match for 0000142") }
        #expect(screen.contains("APP-0000142 · 1 match for 0000142"), "\(screen)")
        try tmux.send("/")
        try tmux.sendLiteral("\"digital twin")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("matches for \"digital twin") }
        #expect(screen.contains("matches for \"digital twin"), "\(screen)")
        try tmux.send("q")
        try tmux.waitFor { $0.contains("EXIT=0") }
    }
}
