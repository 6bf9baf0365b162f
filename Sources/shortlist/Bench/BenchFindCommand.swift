import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistUI
import TerminalKit

/// The finding half of the benchmark, run by `shortlist bench` in a fresh process: search
/// keystrokes (a name prefix, a transliterated name, a CV phrase), three filters of rising
/// complexity and sort changes, each timed from the key to the updated first page, headless.
struct BenchFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Internal: the search, filter and sort scenario of `bench`.",
        shouldDisplay: false)

    @Option var db: String
    /// How many candidates the database holds: chooses the targets (100,000 or 1,000,000).
    @Option var count: Int
    @Option(help: "How many times each query, filter or sort is run.") var rounds: Int = 5
    /// Every sample on standard error with what it timed (the key typed, the filter, the
    /// sort), to find which ones make a p99.
    @Flag(help: "Print every sample with what it timed.") var samples = false

    static let nameQueries = ["müller", "kowalsk", "dubois", "rossi", "nagy", "o'brien"]
    static let latinQueries = ["papadopoulos", "ivanova", "georgiou", "petrov", "dimitrov"]
    static let textQueries = ["\"digital twin", "\"machine learning", "\"stakeholder engagement"]
    static let filters = [
        "eligible",
        "eligible and lang:fr >= C1 and exp >= 5",
        "(nat in (EL, CY, BG) or lang:de >= C1) and not rule:languages = fail and evidence:B2 >= 1 and text:\"digital twin\"",
    ]
    static let sorts = [":sort -exp,name", ":sort submitted", ":sort name", ":sort edu,-exp", "s"]

    func run() throws {
        let location = try DatabaseLocation.parse(db)
        let store = try DatabaseEngines.open(location)
        // On a server only issue 21's target holds: a name search keystroke p99 under 50 ms.
        var onServer = false
        if case .server = location { onServer = true }
        let backend = TestBackend(width: 120, height: 40)
        let actor = try store.actor(named: "chair", login: "chair")
        let app = try App(
            source: store, terminal: Terminal(backend: backend),
            context: AppContext(
                databaseName: "bench.db", callReference: CallReference.builtIn, actor: actor))
        app.render()
        let large = count >= 1_000_000
        var figures: [BenchFigure] = []
        func add(_ name: String, _ sample: LatencySample, target: Double?) {
            figures.append(
                BenchFigure(
                    scenario: "find", name: "\(name) p50",
                    value: sample.percentileMilliseconds(50), unit: "ms", target: nil))
            figures.append(
                BenchFigure(
                    scenario: "find", name: "\(name) p99",
                    value: sample.percentileMilliseconds(99), unit: "ms", target: target))
        }
        func key(_ k: Key) { app.handle(.key(k)) }
        func trace(_ label: String, _ sample: LatencySample) {
            guard samples, let last = sample.lastMilliseconds else { return }
            FileHandle.standardError.write(
                Data(String(format: "%8.2f ms  %@\n", last, label).utf8))
        }
        func type(_ text: String) { for c in text { key(.character(c)) } }

        /// Every keystroke of every query, from the key to the first page showing its result.
        func keystrokes(_ queries: [String]) -> LatencySample {
            var sample = LatencySample()
            for _ in 0..<rounds {
                for query in queries {
                    key(.character("/"))
                    var typed = ""
                    for c in query {
                        typed.append(c)
                        sample.record {
                            key(.character(c))
                            app.settle()
                        }
                        trace("/\(typed)", sample)
                    }
                    key(.escape)
                    app.settle()
                }
            }
            return sample
        }
        let nameTarget: Double = onServer ? 50 : large ? 150 : 30
        add("name-prefix keystroke", keystrokes(Self.nameQueries), target: nameTarget)
        add("transliterated keystroke", keystrokes(Self.latinQueries), target: nameTarget)
        add(
            "CV phrase keystroke", keystrokes(Self.textQueries),
            target: onServer ? nil : large ? 500 : 100)

        for (i, filter) in Self.filters.enumerated() {
            var sample = LatencySample()
            // From Enter to the list redrawn with its count, which a large filter makes off
            // the interface's thread after drawing its first page.
            var counted = LatencySample()
            for _ in 0..<rounds {
                key(.character("f"))
                key(.ctrl("u"))
                type(filter)
                let start = DispatchTime.now().uptimeNanoseconds
                sample.record {
                    key(.enter)
                    app.render()
                }
                trace("filter \(filter)", sample)
                app.settle()
                counted.add(DispatchTime.now().uptimeNanoseconds - start)
                trace("  with its count", counted)
                key(.character("F"))
            }
            let name = "filter \(i + 1) (\(["simple", "three fields", "seven conditions"][i]))"
            add(name, sample, target: onServer ? nil : large ? 500 : 100)
            add("\(name) with count", counted, target: nil)
        }

        var sorts = LatencySample()
        for _ in 0..<rounds {
            for sort in Self.sorts {
                if sort == "s" {
                    sorts.record {
                        key(.character("s"))
                        app.render()
                    }
                    trace("s", sorts)
                } else {
                    type(sort)
                    sorts.record {
                        key(.enter)
                        app.render()
                    }
                    trace(sort, sorts)
                }
            }
        }
        add("sort change", sorts, target: onServer ? nil : large ? 1000 : 150)
        figures.append(
            BenchFigure(
                scenario: "find", name: "peak RSS", value: peakResidentMegabytes(), unit: "MB",
                target: large ? 150 : nil))
        FileHandle.standardOutput.write(try JSONEncoder().encode(figures))
    }
}
