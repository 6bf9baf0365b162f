#if Postgres
    import ArgumentParser
    import Foundation
    import ShortlistCore
    import ShortlistDemo
    import ShortlistExchange
    @_spi(Benchmark) import ShortlistStore

    /// `shortlist bench --db postgresql://…`: the benchmark on a PostgreSQL server. Given an
    /// empty database and its administrator, it runs `server setup`, makes a login for the
    /// secretary, who creates the demo panel (binding a login for everyone else on it), and
    /// runs the scenarios a server changes, each person through their own login: the import
    /// (against `psql \copy` of the same file into a bare table), the demo's generation,
    /// browsing and finding as the chair, and the scoring of 1,000 candidates by five members
    /// with the secretary's ranking.
    struct BenchServer {
        let admin: ServerAddress
        let url: ServerURL
        let count: Int
        let presses: Int
        let folder: URL

        /// The demo panel and the fifth scorer the scoring scenario needs, each bound to a
        /// login of their own.
        var roster: [PanelMember] {
            let people =
                DemoPanel.members.filter { $0.role == .secretary }
                + DemoPanel.members.filter { $0.role != .secretary }
                + [PanelMember(name: "member4", displayName: "Ирина Петрова", role: .member)]
            return people.map { person in
                var person = person
                person.login = login(person.name)
                return person
            }
        }

        init(_ text: String, count: Int, presses: Int, folder: URL) throws {
            admin = try ServerAddress(parsing: text)
            url = try ServerURL(
                admin, environment: ProcessInfo.processInfo.environment,
                login: ProcessInfo.processInfo.userName)
            self.count = count
            self.presses = presses
            self.folder = folder
        }

        /// The login of roster entry `name`: never `DB_…` (the panel's groups) nor `pg_…`.
        func login(_ name: String) -> String { "\(name)_at_\(admin.database)" }

        /// The database as `name`'s login connects to it (the server must let the bench's
        /// logins in without a password: trust or peer on a local socket).
        func address(_ name: String) -> ServerAddress {
            var address = admin
            address.role = login(name)
            address.password = nil
            return address
        }

        func open(_ name: String) throws -> (store: any PanelDatabase, actor: Actor) {
            let store = try DatabaseEngines.open(.server(address(name)))
            return (store, try store.actor(named: name, login: login(name)))
        }

        func run(child: @escaping ([String]) throws -> [BenchFigure], wants: (String) -> Bool)
            throws
            -> [BenchFigure]
        {
            try setUp()
            var figures: [BenchFigure] = []
            if wants("import") { figures += try importScenario() }
            figures += try buildDemo()
            let chair = address("chair").urlText
            if wants("browse") {
                figures += try child([
                    "bench", "browse", "--db", chair, "--started-at",
                    String(wallClockNanoseconds()), "--presses", String(presses),
                ])
            }
            if wants("find") {
                figures += try child(["bench", "find", "--db", chair, "--count", String(count)])
            }
            let shared = panel(child: child)
            if wants("eligibility") { figures += try shared.eligibilityScenario() }
            if wants("scoring") { figures += try scoringScenario() }
            if wants("live") { figures += try shared.liveScenario() }
            if wants("notes") { figures += try shared.notesScenario() }
            if wants("export") { figures += try shared.exportScenario() }
            return figures
        }

        /// The administrator's part: the schema and the secretary's login.
        private func setUp() throws {
            do {
                let roles = try ServerSetup.run(url)
                let secretary = login("secretary")
                try ServerSession.with(url) { session in
                    try session.execute("CREATE ROLE \(secretary) LOGIN")
                    try session.execute("GRANT \(roles.secretary) TO \(secretary)")
                }
            } catch let error as any CustomStringConvertible & Error {
                Console.error(
                    "bench --db needs an empty database (createdb NAME) and a superuser in the URL, with no role named *_at_\(admin.database) yet: \(error.description)"
                )
                throw ExitCode(1)
            }
            let store = try DatabaseEngines.create(
                .server(address("secretary")),
                NewDatabase(roster: roster, profile: ProfileAssessment.builtInDocument))
            try store.close()
        }

        /// The secretary stores `count` generated candidates, as `shortlist demo` does.
        private func buildDemo() throws -> [BenchFigure] {
            let (store, secretary) = try open("secretary")
            let start = Date()
            let timing = BulkLoadTiming()
            let population = DemoPopulation(seed: 2025)
            let assessor = ApplicationAssessor(profile: .builtIn)
            let candidates = BackgroundBatches(count: count, batchSize: 500) { index in
                let candidate = population.candidate(at: index)
                return PreparedCandidate(candidate, assessment: assessor.assess(candidate))
            }
            try store.insertCandidates(
                candidates, by: secretary,
                progress: { done in
                    Console.progress("generating demo candidates: \(done)/\(count)")
                    return true
                }, timing: timing)
            Console.endProgress()
            try store.recordDemoParameters(count: count, seed: 2025)
            try store.close()
            return [
                BenchFigure(
                    scenario: "demo", name: "generate and store \(count)",
                    value: Date().timeIntervalSince(start), unit: "s", target: nil),
                BenchFigure(
                    scenario: "demo", name: "  of which rows", value: timing.rowsSeconds,
                    unit: "s", target: nil),
            ]
        }

        /// The same candidates as a CAST export: `psql \copy` of the file into a bare table of
        /// text columns (no checks, no index, no trail), then the secretary's import of it
        /// into the empty panel, and again (all unchanged). The imported rows are then
        /// removed by the administrator, so that the demo starts from an empty panel.
        private func importScenario() throws -> [BenchFigure] {
            let csv = folder.appendingPathComponent("export.csv")
            try DemoExport.writeCSV(to: csv, count: count, seed: 2025)
            defer { try? FileManager.default.removeItem(at: csv) }  // a temporary file
            let size =
                (try? FileManager.default.attributesOfItem(atPath: csv.path)[.size] as? Int) ?? 0
            let bare = try psqlCopy(csv)

            let (store, secretary) = try open("secretary")
            let timing = BulkLoadTiming()
            let importer = ApplicationImporter(file: csv, options: ImportOptions(user: "bench"))
            importer.timing = timing
            let start = DispatchTime.now().uptimeNanoseconds
            let summary = try importer.run(into: store, by: secretary)
            let whole = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            guard summary.committed, summary.rejected == 0 else {
                Console.error("the benchmark import did not complete: \(summary.line)")
                throw ExitCode(1)
            }
            let againStart = DispatchTime.now().uptimeNanoseconds
            let again = try ApplicationImporter(
                file: csv, options: ImportOptions(user: "bench")
            ).run(into: store, by: secretary)
            let againSeconds = Double(DispatchTime.now().uptimeNanoseconds - againStart) / 1e9
            guard again.unchanged == summary.read else {
                Console.error("the benchmark re-import changed records: \(again.line)")
                throw ExitCode(1)
            }
            try store.close()
            try ServerSession.with(url) { session in
                try session.execute("TRUNCATE shortlist.candidates, shortlist.imports CASCADE")
            }
            return [
                BenchFigure(
                    scenario: "import", name: "file size", value: Double(size) / 1_048_576,
                    unit: "MB", target: nil),
                BenchFigure(
                    scenario: "import", name: "read, check and store rows",
                    value: timing.rowsSeconds, unit: "s", target: nil),
                BenchFigure(
                    scenario: "import", name: "commit", value: timing.commitSeconds, unit: "s",
                    target: nil),
                BenchFigure(
                    scenario: "import", name: "whole import", value: whole, unit: "s",
                    target: nil),
                BenchFigure(
                    scenario: "import", name: "re-import, all unchanged", value: againSeconds,
                    unit: "s", target: nil),
                BenchFigure(
                    scenario: "import", name: "psql \\copy (bare)", value: bare, unit: "s",
                    target: nil),
                BenchFigure(
                    scenario: "import", name: "rows ÷ psql \\copy",
                    value: timing.rowsSeconds / bare,
                    unit: "×", target: nil),
                BenchFigure(
                    scenario: "import", name: "whole ÷ psql \\copy", value: whole / bare, unit: "×",
                    target: count == 100_000 ? 3 : nil),
            ]
        }

        /// Seconds `psql \copy` takes to load `csv` into a bare table as the administrator.
        private func psqlCopy(_ csv: URL) throws -> Double {
            let columns = ApplicationRows.header.indices.map { "c\($0) text" }
                .joined(separator: ", ")
            try ServerSession.with(url) { session in
                try session.execute("CREATE TABLE public.bench_bare (\(columns))")
            }
            defer {
                // The bare table is the bench's scratch: a failure to drop it leaves only that.
                _ = try? ServerSession.with(url) { session in
                    try session.execute("DROP TABLE IF EXISTS public.bench_bare")
                }
            }
            let process = Process()
            // psql wherever the administrator's PATH finds it, as in their own shell.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            var arguments = [
                "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-U", url.role, "-d", url.database,
            ]
            if let socket = url.socketDirectory ?? url.host { arguments += ["-h", socket] }
            arguments += ["-p", String(url.port)]
            let path = csv.path.replacingOccurrences(of: "'", with: "''")
            arguments += [
                "-c", "\\copy public.bench_bare FROM '\(path)' WITH (FORMAT csv, HEADER true)",
            ]
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            if let password = url.password { environment["PGPASSWORD"] = password }
            process.environment = environment
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                try process.run()
            } catch {
                Console.error("bench --db times `psql \\copy` and needs psql on PATH: \(error)")
                throw ExitCode(1)
            }
            process.waitUntilExit()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            guard process.terminationStatus == 0 else {
                Console.error("psql \\copy of the benchmark's file failed")
                throw ExitCode(1)
            }
            return seconds
        }

        /// As on SQLite: 1,000 invited candidates scored by five members, every card set and
        /// submitted through the store, each member on their own connection; the ranking as
        /// the secretary sees it; a mark changed to the redrawn card as the chair.
        private func scoringScenario() throws -> [BenchFigure] {
            let chair = try open("chair")
            try chair.store.adoptGrid(by: chair.actor)
            let names = ["chair", "member1", "member2", "member3", "member4"]
            var scorers = [chair]
            for name in names.dropFirst() { scorers.append(try open(name)) }
            for scorer in scorers { try scorer.store.declare(by: scorer.actor) }
            guard let scheme = try chair.store.scoringScheme() else { return [] }
            let eligible = try chair.store.eligibleApplicationIDs(limit: 2000)
            var invited = Array(eligible.prefix(1000))
            // One candidate left unscored, for the scorecard's redraw.
            let spare = eligible.count > 1000 ? eligible[1000] : invited.popLast()
            try chair.store.invite(invited, by: chair.actor)
            let criteria = scheme.criteria.map(\.id)
            var changes = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for (i, id) in invited.enumerated() {
                for (m, scorer) in scorers.enumerated() {
                    let marks = Dictionary(
                        uniqueKeysWithValues: criteria.enumerated().map { c, criterion in
                            (criterion, 1 + (i * 7 + c * 3 + m) % 4)
                        })
                    try scorer.store.setMarks(id, marks: marks, by: scorer.actor)
                    try scorer.store.submitScorecard(id, by: scorer.actor)
                    changes += 2
                }
            }
            let scoring = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let secretary = try open("secretary")
            var ranking = LatencySample()
            var ranked = 0
            for _ in 0..<5 {
                try ranking.record {
                    ranked = try secretary.store.ranking(for: secretary.actor)?.ranked.count ?? 0
                }
            }
            let card = try spare.map { try BenchRunCommand.cardRedraw(chair.store, $0) } ?? []
            for scorer in scorers { try scorer.store.close() }
            try secretary.store.close()
            return card + [
                BenchFigure(
                    scenario: "scoring", name: "10,000 audited score changes (\(changes) made)",
                    value: scoring * 10_000 / Double(max(changes, 1)), unit: "s", target: nil),
                BenchFigure(
                    scenario: "scoring", name: "ranking of \(ranked) × 5 members (median)",
                    value: ranking.percentileMilliseconds(50), unit: "ms",
                    target: count == 100_000 ? 200 : nil),
            ]
        }
    }
#endif
