import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore

/// One panel member scoring as fast as the store takes it, each change its own audited
/// transaction: four of these at once are the benchmark's concurrency load and the
/// reliability tests' concurrent writers.
struct BenchWriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "Internal: one member's score changes, for the concurrency scenario of `bench`.",
        shouldDisplay: false)

    @Option(help: "A database file or a postgresql:// URL, as --db of the other commands.")
    var db: String
    @Option var user: String
    @Option(help: "Invited candidates to score, comma-separated, in order.")
    var ids: String
    @Option var changes: Int = 250
    @Flag(
        help: "Submit each card once every criterion is marked (a submission counts as a change).")
    var submit = false

    struct Report: Codable {
        var changes: Int
        var seconds: Double
        /// The mark each criterion was last given, by candidate: what the database must hold.
        var lastMarks: [String: [String: Int]]
    }

    func run() throws {
        // A server too: the reliability tests run four of these against PostgreSQL.
        let store = try DatabaseEngines.open(try DatabaseLocation.parse(db))
        let actor = try store.actor(named: user, login: user)
        guard let scheme = try store.scoringScheme() else {
            Console.error("\(db): the call profile has no scoring scheme")
            throw ExitCode(2)
        }
        let middle = scheme.scale.levels.filter {
            $0 != scheme.scale.minimum && $0 != scheme.scale.maximum
        }
        var made = 0
        var lastMarks: [String: [String: Int]] = [:]
        let start = DispatchTime.now().uptimeNanoseconds
        outer: for (i, text) in ids.split(separator: ",").enumerated() {
            let id = ApplicationID(String(text))
            for (c, rule) in scheme.criteria.enumerated() {
                guard made < changes else { break outer }
                // Middle levels only: an end of the scale would need a comment.
                let mark = middle[(i + c + made) % middle.count]
                try store.setMarks(id, marks: [rule.id: mark], by: actor)
                lastMarks[id.rawValue, default: [:]][rule.id.rawValue] = mark
                made += 1
            }
            if submit, made < changes {
                try store.submitScorecard(id, by: actor)
                made += 1
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        try store.close()
        let report = Report(changes: made, seconds: seconds, lastMarks: lastMarks)
        FileHandle.standardOutput.write(try JSONEncoder().encode(report))
    }
}
