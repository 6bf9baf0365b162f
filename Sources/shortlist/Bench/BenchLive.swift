import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistUI
import TerminalKit

extension BenchPanel {
    /// Interview day, under stress: four members score at once, each in a process of their
    /// own as fast as the database takes it (2,500 changes each, cards submitted as they
    /// fill: several seconds of load), while the secretary browses the list in
    /// an open interface that watches for their changes. Each key press is timed from the
    /// look for changes that precedes it (a refresh, when one is due) to its finished frame.
    /// On a server each writer connects through its own login and the secretary's interface
    /// hears of their commits by LISTEN/NOTIFY.
    func liveScenario() throws -> [BenchFigure] {
        let (chairs, chair) = try open("chair")
        let already = Set(try chairs.invitedCandidates())
        let fresh = Array(
            try chairs.eligibleApplicationIDs(limit: already.count + 500)
                .filter { !already.contains($0) }.prefix(320))
        try chairs.invite(fresh, by: chair)
        try chairs.close()
        let ids = fresh.map(\.rawValue).joined(separator: ",")

        let (store, secretary) = try open("secretary")
        let backend = TestBackend(width: 120, height: 40)
        let app = try App(
            source: store, terminal: Terminal(backend: backend),
            context: AppContext(
                databaseName: "bench.db", callReference: CallReference.builtIn, actor: secretary))
        app.changeFeed = try WatchedChanges(store: store)
        app.render()

        let writers = try ["chair", "member1", "member2", "member3"].map { user in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
                .resolvingSymlinksInPath()
            process.arguments = [
                "bench", "write", "--db", address(user), "--user", user, "--ids", ids, "--changes",
                "2500",
                "--submit",
            ]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            return (process, output)
        }
        var keys = LatencySample()
        var refreshes = LatencySample()
        var presses = 0
        let start = DispatchTime.now().uptimeNanoseconds
        while writers.contains(where: { $0.0.isRunning }) {
            // Up and down a screenful, as someone reading the list would.
            let key: Key = (presses / 30) % 2 == 0 ? .down : .up
            var refreshed = false
            let before = DispatchTime.now().uptimeNanoseconds
            keys.record {
                refreshed = app.pollExternalChanges()
                app.handle(.key(key))
                app.render()
            }
            if refreshed {
                refreshes.nanosecondsSample(DispatchTime.now().uptimeNanoseconds - before)
            }
            presses += 1
            Thread.sleep(forTimeInterval: 0.01)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var changes = 0
        for (process, output) in writers {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                Console.error("a concurrent writer failed (status \(process.terminationStatus))")
                throw ExitCode(1)
            }
            changes += try JSONDecoder().decode(BenchWriteCommand.Report.self, from: data).changes
        }
        try store.close()
        func figure(_ name: String, _ value: Double, _ unit: String, _ target: Double?)
            -> BenchFigure
        {
            BenchFigure(scenario: "live", name: name, value: value, unit: unit, target: target)
        }
        return [
            figure("4 writers: score changes per second", Double(changes) / seconds, "/s", nil),
            figure("key press under 4 writers p50", keys.percentileMilliseconds(50), "ms", nil),
            figure("key press under 4 writers p99", keys.percentileMilliseconds(99), "ms", 20),
            figure(
                "refreshes (\(refreshes.count)) p99", refreshes.percentileMilliseconds(99), "ms",
                nil),
        ]
    }
}
