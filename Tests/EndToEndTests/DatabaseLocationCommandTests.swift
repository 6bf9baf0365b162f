import Foundation
import ShortlistTestSupport
import Testing

/// A database named by a `postgresql://` URL, in a build with no PostgreSQL engine: every way
/// of naming it says so and does nothing (status 2), and a URL that cannot be read says what
/// is wrong with it.
@Suite struct DatabaseLocationCommandTests {
    let scratch = TemporaryDirectory("shortlist-location")
    static let url = "postgresql://member1@db.example.eu:5432/cnect?sslmode=require"
    static let noEngine =
        "this build has no PostgreSQL engine; build with `--traits Postgres`"

    /// Runs with a configuration folder and data folder of its own, so that nothing of the
    /// user's is read or written.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws
        -> BuiltBinary.Result
    {
        var env = [
            "XDG_CONFIG_HOME": scratch.file("config").path,
            "XDG_DATA_HOME": scratch.file("data").path, "SHORTLIST_DB": "", "NO_COLOR": "",
        ]
        for (key, value) in environment { env[key] = value }
        return try BuiltBinary.run(arguments, environment: env, currentDirectory: scratch.url)
    }

    func writeConfiguration(database: String) throws {
        let folder = scratch.file("config/shortlist")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "database = \"\(database)\"\n".write(
            to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    }

    /// Nothing was made where a file database would have gone.
    func expectNothingCreated() {
        let data = scratch.file("data/shortlist")
        let made = (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []
        #expect(made.isEmpty, "files were made: \(made)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("postgresql:").path))
    }

    @Test(arguments: [["list"], ["init"], ["panel", "list"], ["audit", "verify"]])
    func aURLGivenWithDBIsRefusedForWantOfTheEngine(command: [String]) throws {
        let result = try run(command + ["--db", Self.url, "--user", "secretary"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains(Self.noEngine), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        expectNothingCreated()
    }

    @Test func aURLInSHORTLIST_DBIsRefusedForWantOfTheEngine() throws {
        let result = try run(["list"], environment: ["SHORTLIST_DB": Self.url])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(Self.noEngine), "\(result.stderr)")
        expectNothingCreated()
    }

    @Test func aURLInConfigTomlIsRefusedForWantOfTheEngine() throws {
        try writeConfiguration(database: Self.url)
        let result = try run(["init", "--user", "secretary"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(Self.noEngine), "\(result.stderr)")
        expectNothingCreated()
    }

    @Test func thePasswordOfAURLIsNeverPrinted() throws {
        let result = try run(["list", "--db", "postgresql://member1:s3cret@db.example.eu/cnect"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(Self.noEngine), "\(result.stderr)")
        #expect(!result.stderr.contains("s3cret"), "\(result.stderr)")
    }

    @Test(arguments: [
        ("postgresql://db.example.eu", "names no database"),
        ("postgresql://db.example.eu:port5/cnect", "the port “port5” is not a number"),
        ("postgresql://db.example.eu:70000/cnect", "port 70000 is out of range"),
        ("postgresql://db.example.eu/cnect?sslmode=always", "sslmode=always is not one of"),
        ("postgresql://member1@/cnect?host=run/postgresql", "must be the absolute path"),
        ("postgresql://db.example.eu/cnect/extra", "contains a slash"),
        ("mysql://db.example.eu/cnect", "“mysql://” is not a kind of database"),
    ])
    func aBadURLSaysWhatIsWrong(url: String, complaint: String) throws {
        for environment in [[:], ["SHORTLIST_DB": url]] {
            let arguments = environment.isEmpty ? ["list", "--db", url] : ["list"]
            let result = try run(arguments, environment: environment)
            #expect(result.status == 2, "\(url): \(result.stderr)")
            #expect(result.stderr.contains(complaint), "\(url): \(result.stderr)")
            #expect(!result.stderr.contains(Self.noEngine), "\(url): \(result.stderr)")
        }
        try writeConfiguration(database: url)
        let fromConfiguration = try run(["list"])
        #expect(fromConfiguration.status == 2, "\(url): \(fromConfiguration.stderr)")
        #expect(fromConfiguration.stderr.contains(complaint), "\(fromConfiguration.stderr)")
        expectNothingCreated()
    }

    @Test func aFilePathStillWorksAsBefore() throws {
        let file = scratch.file("panel.db").path
        let created = try run(["init", "--db", file, "--user", "secretary"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains(file) || created.stderr.contains(file))
        let listed = try run(["panel", "list", "--db", file, "--user", "secretary"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("secretary"))
    }
}
