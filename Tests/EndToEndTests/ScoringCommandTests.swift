import Foundation
import ShortlistTestSupport
import Testing

/// Invitations, scorecards and the ranking from the command line, on the demo database.
@Suite(.serialized) struct ScoringCommandTests {
    let scratch = TemporaryDirectory("shortlist-scoring-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "400", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ arguments: [String], as user: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user])
    }

    /// The demo round: twelve ranked, three awaiting the chair, who may see no total of theirs.
    @Test func theDemoHasARoundInProgress() throws {
        let csv = try run(["rank", "--format", "csv"], as: "chair")
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "rank,application_id,name,total,A1_mean,A2_mean,A3_mean,B1_mean,B2_mean,C1_mean,C2_mean,passed,reserve,conditions"
        )
        #expect(lines.count == 1 + 15)
        let pending = lines.filter { $0.hasPrefix(",") }
        #expect(pending.count == 3, "rank is empty for candidates not fully scored")
        #expect(pending.allSatisfy { $0.contains(",sealed,") }, "the chair has not scored them")
    }

    @Test func membersScoreAndTheRankingFollows() throws {
        let invited = try run(["invite"], as: "chair").stdout.split(separator: "\n").map(
            String.init)
        // A candidate to add: the first eligible one not yet invited.
        let check = try run(["check", "--format", "csv"], as: "chair").stdout.split(separator: "\n")
        let candidate = try #require(
            check.dropFirst().map { $0.split(separator: ",")[0] }.map(String.init).first { id in
                check.contains { $0.hasPrefix(id + ",") && $0.contains(",eligible,") }
                    && !invited.contains(id)
            })
        let refused = try run(["invite", candidate], as: "member1")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("cannot invite candidates"))
        #expect(try run(["invite", candidate], as: "secretary").status == 0)

        let marks = [
            "chair": "4 3 4 3 2 4 4", "member1": "4 3 4 3 2 4 5", "member2": "3 3 5 4 2 3 4",
        ]
        let criteria = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"]
        for (member, line) in marks.sorted(by: { $0.key < $1.key }) {
            let pairs = zip(criteria, line.split(separator: " ")).map { "\($0)=\($1)" }
            let set = try run(["score", "set", candidate] + pairs, as: member)
            #expect(set.status == 0, "\(set.stderr)")
            let submit = try run(["score", "submit", candidate], as: member)
            if line.contains("5") {
                #expect(submit.status == 2, "a 5 needs a comment")
                #expect(submit.stderr.contains("needs a comment"))
                let ends = pairs.filter { $0.hasSuffix("=5") }.map {
                    $0.replacingOccurrences(of: "=5", with: "=") + "Outstanding"
                }
                #expect(
                    try run(
                        ["score", "set", candidate] + ends.flatMap { ["--comment", $0] }, as: member
                    ).status == 0)
                #expect(try run(["score", "submit", candidate], as: member).status == 0)
            } else {
                #expect(submit.status == 0, "\(submit.stderr)")
            }
        }
        // member3 has not scored: the secretary sees it sealed, member1 sees the partial total.
        func row(_ user: String) throws -> String? {
            try run(["rank", "--format", "csv"], as: user).stdout.split(separator: "\n").map(
                String.init
            )
            .first { $0.contains(candidate) }
        }
        #expect(try row("secretary")?.hasPrefix(",\(candidate),") == true)
        #expect(try row("secretary")?.contains("sealed") == true)
        #expect(try row("member3")?.contains("sealed") == true)

        #expect(
            try run(["score", "excuse", "member3", candidate, "--reason", "ill"], as: "member1")
                .status == 2)
        #expect(
            try run(["score", "excuse", "member3", candidate, "--reason", "ill"], as: "chair")
                .status == 0)
        let ranked = try #require(try row("secretary"))
        let fields = ranked.split(separator: ",", omittingEmptySubsequences: false)
        #expect(!fields[0].isEmpty, "now fully scored, so ranked")
        // By hand: (20·3.67 + 20·3 + 20·4.33 + 10·3.33 + 15·2 + 10·3.67 + 5·4.33) ÷ 5 = 68.33.
        #expect(ranked.contains(",68.33,3.67,3.00,4.33,3.33,2.00,3.67,4.33,"))

        let show = try run(["score", "show", candidate, "--format", "csv"], as: "member1")
        #expect(
            show.stdout.contains("A3,20.00,3.00,4,4,5,4.33,4.00,"), "yours, then chair and member2")

        let json = try run(["rank", "--format", "json"], as: "secretary")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["final"] as? Bool == false)
    }

    @Test func finalisingFreezesScoringUntilReopened() throws {
        let finalise = try run(["rank", "finalise"], as: "chair")
        #expect(finalise.status == 2)
        #expect(finalise.stderr.contains("not fully scored"))
        let pending = try run(["rank", "--format", "csv"], as: "chair").stdout.split(
            separator: "\n"
        )
        .filter { $0.hasPrefix(",") }.map { String($0.split(separator: ",")[0]) }
        for id in pending {
            #expect(
                try run(["score", "excuse", "chair", id, "--reason", "absent"], as: "chair").status
                    == 0)
        }
        #expect(try run(["rank", "finalise"], as: "chair").status == 0)
        let table = try run(["rank"], as: "secretary").stdout
        #expect(table.hasPrefix("Ranking: final (finalised by chair"))
        let invite = try run(["invite", "APP-0000001"], as: "chair")
        #expect(invite.status == 2)
        #expect(invite.stderr.contains("finalised"))
        #expect(
            try run(["rank", "reopen", "--reason", "a typo in a card"], as: "chair").status == 0)
        let log = try run(["audit", "log"], as: "chair").stdout
        #expect(log.contains("ranking.finalise"))
        #expect(log.contains("ranking.reopen"))
    }
}
