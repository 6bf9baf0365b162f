#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistStore
    import ShortlistTestSupport

    /// A panel on the test cluster for the end-to-end tests, made as `server setup` and
    /// `shortlist init` make one (`StoreEngine.postgres`): the demo roster, each person with a
    /// login role of their own, twelve candidates with Greek, Cyrillic, Polish and CJK names,
    /// the round open, and the first `invited` of them invited by the chair.
    struct ServerEndToEndPanel {
        /// Run when there is a test cluster, and always under CI (where its absence fails).
        static var isAvailable: Bool {
            let environment = ProcessInfo.processInfo.environment
            return environment["SHORTLIST_PG_SOCKET"].map { !$0.isEmpty } ?? false
                || environment["CI"] == "true"
        }

        static let names: [(String, String, String)] = [
            ("Παπαδόπουλος", "Γιώργος", "GR"), ("Иванова", "Мария", "BG"),
            ("Wałęsa", "Łucja", "PL"), ("王", "小明", "IT"),
        ]

        let folder: TemporaryDirectory
        let store: any PanelDatabase
        let ids: [ApplicationID]

        init(_ label: String, invited: Int) throws {
            folder = TemporaryDirectory(label)
            let candidates = (1...12).map { n in
                let (surname, given, nationality) = Self.names[n % Self.names.count]
                return FixtureCandidates.make(n, surname, given, nationality: nationality)
            }
            store = try TestDatabase.create(
                .postgres, "panel", in: folder, candidates: candidates, roundOpen: true)
            ids = candidates.prefix(invited).map(\.applicationID)
            try store.invite(ids, by: store.acting(as: "chair"))
        }

        /// The `--db` at which `person` connects as their own login.
        func url(_ person: String) throws -> String {
            guard let url = StoreEngine.serverURL(of: person, "panel", in: folder) else {
                throw Missing(what: "a login for \(person)")
            }
            return url
        }

        /// What the administrator reads with `sql` (row-level security does not apply).
        func admin(_ sql: String) throws -> String {
            guard let database = StoreEngine.serverDatabase("panel", in: folder) else {
                throw Missing(what: "the panel's database")
            }
            let environment = ProcessInfo.processInfo.environment
            let process = Process()
            process.executableURL = Psql.executable
            process.arguments = [
                "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h",
                environment["SHORTLIST_PG_SOCKET"] ?? "", "-U",
                environment["SHORTLIST_PG_ADMIN"] ?? "postgres", "-d", database, "-c", sql,
            ]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw Missing(what: "an answer to \(sql)") }
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
        }

        struct Missing: Error, CustomStringConvertible {
            var what: String
            var description: String { "the server panel has no \(what)" }
        }
    }
#endif
