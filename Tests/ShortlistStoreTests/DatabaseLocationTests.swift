import Foundation
import ShortlistStore
import Testing

/// Where a database is, read once from `--db`, `SHORTLIST_DB` or `config.toml`: a file path,
/// or a `postgresql://` URL whose parts the next engine connects with.
@Suite struct DatabaseLocationTests {
    @Test(arguments: ["panel.db", "/srv/panels/cnect.db", "~/x.db", "panels/odd://name.db"])
    func aPathIsAFile(text: String) throws {
        let location = try DatabaseLocation.parse(text)
        #expect(location == .file(URL(fileURLWithPath: text)))
        #expect(location.fileURL?.path == URL(fileURLWithPath: text).path)
    }

    @Test func aServerURLGivesEveryPartAndHidesThePassword() throws {
        let location = try DatabaseLocation.parse(
            "postgresql://member1:s3cret@db.example.eu:5433/cnect?sslmode=verify-full")
        guard case .server(let address) = location else {
            Issue.record("not a server: \(location)")
            return
        }
        #expect(address.role == "member1" && address.password == "s3cret")
        #expect(address.host == "db.example.eu" && address.port == 5433)
        #expect(address.database == "cnect" && address.sslMode == "verify-full")
        #expect(address.socketDirectory == nil && location.fileURL == nil)
        #expect(location.shortName == "cnect")
        #expect(
            location.description
                == "postgresql://member1:***@db.example.eu:5433/cnect?sslmode=verify-full")
    }

    /// The brackets belong to the URL: the address dialled is without them, what is shown
    /// and what the engine is given have them again.
    @Test func anIPv6HostIsDialledWithoutItsBrackets() throws {
        let address = try ServerAddress(
            parsing: "postgresql://ewa:tajne@[2001:db8::7]:6432/panel?sslmode=verify-full")
        #expect(address.host == "2001:db8::7" && address.port == 6432)
        #expect(
            address.description
                == "postgresql://ewa:***@[2001:db8::7]:6432/panel?sslmode=verify-full")
        #expect(address.urlText.hasPrefix("postgresql://ewa:tajne@[2001:db8::7]:6432/panel?"))
        #expect(try ServerAddress(parsing: address.urlText) == address)
    }

    @Test func aSocketFolderAndTheShortSchemeAreServersToo() throws {
        let socket = try DatabaseLocation.parse("postgresql://chair@/cnect?host=/run/postgresql")
        guard case .server(let address) = socket else {
            Issue.record("not a server: \(socket)")
            return
        }
        #expect(address.role == "chair" && address.host == nil && address.port == nil)
        #expect(address.socketDirectory == "/run/postgresql" && address.database == "cnect")
        let short = try DatabaseLocation.parse("postgres://db.example.eu/Πάνελ")
        #expect(short.shortName == "Πάνελ")
    }

    @Test(arguments: [
        ("postgresql://db.example.eu", "names no database"),
        ("postgresql://db.example.eu/", "names no database"),
        ("postgresql://db.example.eu:port5/cnect", "is not a number"),
        ("postgresql://db.example.eu:0/cnect", "out of range"),
        ("postgresql://db.example.eu/cnect?sslmode=sometimes", "sslmode=sometimes"),
        ("postgresql://db.example.eu/cnect?sslmode=", "has no value"),
        ("postgresql://db/cnect?host=/run/postgresql", "both a host and a socket folder"),
        ("postgresql://db.example.eu/a/b", "contains a slash"),
        ("postgresql://db example/cnect", "not a valid URL"),
        ("sqlite://panel.db", "“sqlite://” is not a kind of database"),
    ])
    func aBadLocationNamesWhatIsWrong(text: String, complaint: String) {
        do {
            let location = try DatabaseLocation.parse(text)
            Issue.record("\(text) was read as \(location)")
        } catch {
            #expect("\(error)".contains(complaint), "\(text): \(error)")
            #expect(!"\(error)".contains("s3cret"))
        }
    }

    @Test func aPasswordInABadURLIsNeverSaid() {
        #expect(throws: StoreError.self) {
            try DatabaseLocation.parse("postgresql://m:s3cret@db.example.eu")
        }
        do {
            _ = try DatabaseLocation.parse("postgresql://m:s3cret@db.example.eu")
        } catch {
            #expect(!"\(error)".contains("s3cret"), "\(error)")
        }
    }

    @Test func theOptionComesBeforeTheEnvironmentAndTheEnvironmentBeforeTheDefault() throws {
        let environment = ["SHORTLIST_DB": "postgresql://h/env", "HOME": "/home/ewa"]
        #expect(
            try DatabaseLocation.resolve(explicit: "/tmp/a.db", environment: environment)
                == .file(URL(fileURLWithPath: "/tmp/a.db")))
        #expect(
            try DatabaseLocation.resolve(explicit: nil, environment: environment).shortName
                == "env")
        #expect(
            try DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/home/ewa"])
                == .file(URL(fileURLWithPath: "/home/ewa/.local/share/shortlist/shortlist.db")))
    }

    #if Postgres
        @Test func withThePostgreSQLEngineAServerLocationIsItsToOpen() throws {
            let location = try DatabaseLocation.parse("postgresql://h/cnect")
            #expect(try DatabaseEngines.engine(for: location).name == "PostgreSQL")
        }
    #else
        @Test func withoutAPostgreSQLEngineAServerSaysWhichTraitBuildsIt() throws {
            let location = try DatabaseLocation.parse("postgresql://h/cnect")
            #expect(
                throws: StoreError.noEngine(
                    engine: "PostgreSQL", trait: "Postgres", location: "postgresql://h/cnect")
            ) {
                try DatabaseEngines.open(location)
            }
        }
    #endif
}
