#if Postgres
    import Foundation
    import ShortlistStore
    import ShortlistTestSupport
    import Testing

    /// Interview day on a PostgreSQL panel: four members writing at once from processes of
    /// their own, each as their own login, as the reliability suite does on a file.
    @Suite(.serialized, .enabled(if: ServerEndToEndPanel.isAvailable))
    struct ServerConcurrencyTests {
        @Test func fourWriterProcessesOnAServerLoseNothing() throws {
            let panel = try ServerEndToEndPanel("shortlist-server-concurrency", invited: 12)
            let criteria = try #require(try panel.store.scoringScheme()).criteria.count
            // Every criterion of every card, and each card's submission.
            let changes = panel.ids.count * (criteria + 1)
            let auditBefore = try Int(
                panel.admin("SELECT count(*) FROM shortlist.audit WHERE action LIKE 'score.%'"))

            let members = ["chair", "member1", "member2", "member3"]
            var processes: [(String, Process, Pipe, Pipe)] = []
            for member in members {
                let process = Process()
                process.executableURL = BuiltBinary.url
                process.arguments = [
                    "bench", "write", "--db", try panel.url(member), "--user", member, "--ids",
                    panel.ids.map(\.rawValue).joined(separator: ","), "--changes", "\(changes)",
                    "--submit",
                ]
                let out = Pipe()
                let err = Pipe()
                process.standardOutput = out
                process.standardError = err
                processes.append((member, process, out, err))
            }
            for (_, process, _, _) in processes { try process.run() }
            var expected: [String: [String: [String: Int]]] = [:]
            for (member, process, out, err) in processes {
                let data = out.fileHandleForReading.readDataToEndOfFile()
                let stderr = String(
                    decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "\(member): \(stderr)")
                #expect(!stderr.contains("busy"), "\(member): \(stderr)")
                let report = try JSONSerialization.jsonObject(with: data) as? [String: Any]
                #expect(report?["changes"] as? Int == changes, "\(member)")
                expected[member] = report?["lastMarks"] as? [String: [String: Int]]
            }

            let auditAfter = try Int(
                panel.admin("SELECT count(*) FROM shortlist.audit WHERE action LIKE 'score.%'"))
            #expect(
                (auditAfter ?? 0) - (auditBefore ?? 0) == members.count * changes,
                "every change is one audited transaction")
            var marks: [String: [String: [String: Int]]] = [:]
            for line in try panel.admin(
                """
                SELECT m.member, c.application_id, m.criterion, m.mark
                FROM shortlist.scorecard_marks m JOIN shortlist.candidates c ON c.id = m.candidate_id
                """
            ).split(separator: "\n") {
                let field = line.split(separator: "|").map(String.init)
                marks[field[0], default: [:]][field[1], default: [:]][field[2]] = Int(field[3])
            }
            for member in members {
                let wanted = expected[member] ?? [:]
                #expect(wanted.count == panel.ids.count, "\(member)")
                for (id, byCriterion) in wanted {
                    #expect(marks[member]?[id] == byCriterion, "\(member)'s marks for \(id)")
                }
            }
            #expect(
                try panel.admin(
                    "SELECT count(*) FROM shortlist.scorecards WHERE submitted_at IS NOT NULL")
                    == "\(members.count * panel.ids.count)", "every card submitted once")
            // The chain has no gap and no twin: one entry per number, the head at the last.
            #expect(
                try panel.admin(
                    "SELECT count(DISTINCT seq) = max(seq) AND max(seq) = (SELECT entries FROM shortlist.audit_head) FROM shortlist.audit"
                ) == "t")
            let verify = try BuiltBinary.run([
                "audit", "verify", "--db", try panel.url("chair"), "--user", "chair",
            ])
            #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        }
    }
#endif
