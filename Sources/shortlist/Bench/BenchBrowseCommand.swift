import ArgumentParser
import Foundation
import ShortlistStore
import ShortlistUI
import TerminalKit

/// The browsing half of the benchmark, run by `shortlist bench` in a fresh process so that
/// start-up is measured as a user meets it: open a database, draw, press keys headless.
struct BenchBrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse", abstract: "Internal: the browsing scenario of `bench`.",
        shouldDisplay: false)

    @Option var db: String
    @Option(help: "Wall-clock nanoseconds when the parent started this process.")
    var startedAt: UInt64
    @Option var presses: Int = 1000

    func run() throws {
        let openStart = wallClockNanoseconds()
        let location = try DatabaseLocation.parse(db)
        let store = try DatabaseEngines.open(location)
        // A server's target for a key press (issue 21): each press may ask it over the wire.
        var keyTarget = 5.0
        if case .server = location { keyTarget = 10 }
        let backend = TestBackend(width: 120, height: 40)
        let app = try App(
            source: store, terminal: Terminal(backend: backend),
            context: AppContext(databaseName: "bench.db", callReference: CallReference.builtIn))
        app.render()
        let firstFrame = wallClockNanoseconds()

        var figures: [BenchFigure] = []
        func add(_ name: String, _ value: Double, _ unit: String, _ target: Double?) {
            figures.append(
                BenchFigure(
                    scenario: "browse", name: name, value: value, unit: unit, target: target))
        }
        add("start to first frame", Double(firstFrame - startedAt) / 1e6, "ms", 300)
        add("open to first frame", Double(firstFrame - openStart) / 1e6, "ms", 150)

        func press(_ key: Key) {
            app.handle(.key(key))
            app.render()
        }
        func measure(_ name: String, count: Int, between: () -> Void = {}, _ keys: [Key]) {
            var sample = LatencySample()
            for i in 0..<count {
                between()
                sample.record { press(keys[i % keys.count]) }
            }
            add("\(name) p50", sample.percentileMilliseconds(50), "ms", nil)
            add("\(name) p99", sample.percentileMilliseconds(99), "ms", keyTarget)
        }

        measure("key down", count: presses, [.down])
        measure("key page down", count: presses / 4, [.pageDown])
        measure("key page up", count: presses / 4, [.pageUp])
        measure("jump to end/start", count: presses / 4, [.character("G"), .character("g")])
        // Each detail opening is for a different candidate, so nothing is cached.
        measure(
            "open detail", count: presses / 4,
            between: {
                press(.escape)
                press(.pageDown)
            }, [.enter])
        press(.escape)

        var resize = LatencySample()
        for i in 0..<(presses / 10) {
            let (w, h) = i % 2 == 0 ? (100, 30) : (120, 40)
            backend.resize(width: w, height: h)
            resize.record {
                while let event = backend.readEvent(timeoutMilliseconds: 0) { app.handle(event) }
                app.render()
            }
        }
        add("resize p99", resize.percentileMilliseconds(99), "ms", 20)
        add("peak RSS", peakResidentMegabytes(), "MB", 80)

        let data = try JSONEncoder().encode(figures)
        FileHandle.standardOutput.write(data)
    }
}
