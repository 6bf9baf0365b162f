import Foundation
import ShortlistStore
import ShortlistTestSupport
import Testing

/// `shortlist import` as a user runs it: messages, exit statuses, and what a kill leaves.
@Suite(.serialized) struct ImportCommandTests {
    let scratch = TemporaryDirectory("shortlist-import-e2e")
    var folder: URL { scratch.url }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func demoCSV(count: Int, name: String) throws -> String {
        let path = file(name)
        let result = try BuiltBinary.run(["demo", "--csv", path, "--count", String(count)])
        #expect(result.status == 0, "\(result.stderr)")
        return path
    }

    @Test func exitStatusesAndMessages() throws {
        let db = file("statuses.db")
        let good = try demoCSV(count: 40, name: "good.csv")
        let first = try BuiltBinary.run(["import", good, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("Created a new database"))
        #expect(first.stderr.contains("\(good): read 40, imported 40, updated 0, unchanged 0"))
        #expect(first.stdout.isEmpty, "messages go to stderr")
        let mode = try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let again = try BuiltBinary.run(["import", good, "--db", db])
        #expect(again.status == 0 && again.stderr.contains("unchanged 40"), "\(again.stderr)")

        let partial = file("partial.csv")
        try "application_id,surname,given_names\nAPP-X1,Dupont,Marie\nAPP-X2,,Jean\n".write(
            toFile: partial, atomically: true, encoding: .utf8)
        let some = try BuiltBinary.run(["import", partial, "--db", db])
        #expect(some.status == 1, "\(some.stderr)")
        #expect(
            some.stderr.contains(
                "\(partial):3: column surname: is empty: the record cannot be identified; record rejected"
            ))

        let none = try BuiltBinary.run(["import", partial, "--db", db, "--strict"])
        #expect(none.status == 2 && none.stderr.contains("--strict: nothing written"))

        let empty = file("empty.csv")
        try "".write(toFile: empty, atomically: true, encoding: .utf8)
        let nothing = try BuiltBinary.run(["import", empty, "--db", file("never.db")])
        #expect(nothing.status == 2 && nothing.stderr.contains("the file is empty"))
        #expect(
            !FileManager.default.fileExists(atPath: file("never.db")),
            "no half-made database is left")

        let missing = try BuiltBinary.run(["import", file("no-such.csv"), "--db", db])
        #expect(missing.status == 2 && missing.stderr.contains("no such file"))
    }

    /// One large export for every kill test, made once per test run.
    static let bigExport: String = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("shortlist-import-e2e-big-\(getpid()).csv").path
        _ = try? BuiltBinary.run(["demo", "--csv", path, "--count", "20000"])
        return path
    }()

    /// A kill at any moment of an import leaves the database exactly as it was.
    @Test(arguments: [0.3, 0.8, 1.5])
    func aKilledImportLeavesTheEarlierContent(after seconds: Double) throws {
        let db = file("killed-\(seconds).db")
        let small = try demoCSV(count: 25, name: "small-\(seconds).csv")
        #expect(try BuiltBinary.run(["import", small, "--db", db]).status == 0)
        let big = Self.bigExport

        let process = Process()
        process.executableURL = BuiltBinary.url
        process.arguments = ["import", big, "--db", db, "--format", "csv"]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(
            process.terminationReason == .uncaughtSignal,
            "the import ended before the kill; make it bigger")

        let store = try SQLiteStore.open(at: URL(fileURLWithPath: db))
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.candidateCount() == 25)
        #expect(try store.importLog().count == 1)
    }

    /// A first import builds its database under another name: killed, it leaves no database,
    /// and the next import clears what it left.
    @Test func aKilledFirstImportLeavesNoDatabase() throws {
        let db = file("first.db")
        let process = Process()
        process.executableURL = BuiltBinary.url
        process.arguments = ["import", Self.bigExport, "--db", db]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.6)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: db))
        let small = try demoCSV(count: 5, name: "after-kill.csv")
        let next = try BuiltBinary.run(["import", small, "--db", db])
        #expect(next.status == 0, "\(next.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains(".importing-")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
