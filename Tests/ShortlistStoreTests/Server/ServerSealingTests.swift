#if Postgres
    import Foundation
    import Testing

    @testable import ShortlistStore

    /// Sealing kept by the server: each person connects with psql as their own role and reads
    /// or writes what the rules refuse. On APP-1 member1 and the chair have submitted, member2
    /// holds a draft, member3 declared a conflict, member4 has not scored yet.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerSealingTests {
        @Test func aMemberReadsTheirOwnDraftWithAPlainSelectStar() throws {
            let panel = try ServerPanel()
            let rows = try panel.rows("member2", "SELECT * FROM scorecard_marks")
            #expect(rows == [["1", "member2", "A1", "2", "draft: ask about Łódź"]])
            #expect(
                try panel.rows("member2", "SELECT member, note FROM scorecards") == [
                    ["member2", ""]
                ])
        }

        @Test func nobodyButItsAuthorReadsADraft() throws {
            let panel = try ServerPanel()
            for name in ServerPanel.everyone where name != "member2" {
                for query in [
                    "SELECT count(*) FROM scorecard_marks WHERE member = 'member2'",
                    "SELECT count(*) FROM scorecards WHERE member = 'member2'",
                    "SELECT count(*) FROM card_marks WHERE member = 'member2'",
                ] {
                    #expect(try panel.rows(name, query) == [["0"]], "\(name): \(query)")
                }
            }
        }

        @Test func marksStaySealedUntilTheReadersOwnCardIsIn() throws {
            let panel = try ServerPanel()
            // member4 has not submitted: nothing of APP-1, not even member1's submitted card.
            #expect(try panel.rows("member4", "SELECT count(*) FROM scorecard_marks") == [["0"]])
            #expect(try panel.rows("member4", "SELECT count(*) FROM card_marks") == [["0"]])
            #expect(try panel.rows("member4", "SELECT * FROM combined_results()").isEmpty)
            try panel.card("member4", candidate: 1, marks: [("A1", 3, "")], submit: true)
            let seen = try panel.rows(
                "member4", "SELECT DISTINCT member FROM scorecard_marks ORDER BY member")
            #expect(seen == [["chair"], ["member1"], ["member4"]])
            // The combined result, from the cards that count (the draft does not).
            #expect(
                try panel.rows("member4", "SELECT criterion, mean, cards FROM combined_results()")
                    == [["A1", "4", "3"], ["A2", "3.5", "2"]])
        }

        @Test func aConflictSealsEveryMarkOfThatCandidateAndBarsACard() throws {
            let panel = try ServerPanel()
            #expect(try panel.rows("member3", "SELECT count(*) FROM scorecard_marks") == [["0"]])
            #expect(try panel.rows("member3", "SELECT count(*) FROM scorecards") == [["0"]])
            let refusal = try panel.refused(
                "member3",
                "INSERT INTO scorecards (candidate_id, member, updated_at) VALUES (1, 'member3', 'x')"
            )
            #expect(refusal.contains("row-level security"))
            #expect(try panel.rows("member3", "SELECT * FROM combined_results()").isEmpty)
        }

        @Test func theSecretaryAndReviewersReadNoMarkOnlyTheCompleteResult() throws {
            let panel = try ServerPanel()
            for name in ["secretary", "reviewer"] {
                #expect(try panel.rows(name, "SELECT count(*) FROM scorecard_marks") == [["0"]])
                #expect(try panel.rows(name, "SELECT count(*) FROM scorecards") == [["0"]])
                #expect(try panel.rows(name, "SELECT * FROM combined_results()").isEmpty)
            }
            // Progress shows who is in, without a mark.
            #expect(
                try panel.rows(
                    "secretary",
                    "SELECT submitted FROM score_progress() WHERE application_id = 'APP-1'")
                    == [["{chair,member1}"]])
            try panel.run(
                "member2",
                "UPDATE scorecards SET submitted_at = 'y' WHERE candidate_id = 1 AND member = 'member2'"
            )
            try panel.card("member4", candidate: 1, marks: [("A1", 5, "")], submit: true)
            for name in ["secretary", "reviewer"] {
                #expect(try panel.rows(name, "SELECT count(*) FROM scorecard_marks") == [["0"]])
                #expect(
                    try panel.rows(
                        name,
                        "SELECT application_id, criterion, mean, cards FROM combined_results()")
                        == [["APP-1", "A1", "4", "4"], ["APP-1", "A2", "3.5", "2"]])
            }
        }

        @Test func nobodyWritesAnotherMembersCard() throws {
            let panel = try ServerPanel()
            let before = try panel.admin("SELECT * FROM scorecard_marks ORDER BY 1, 2, 3").out
            #expect(
                try panel.refused(
                    "member2", "INSERT INTO scorecard_marks VALUES (1, 'member1', 'A3', 0, '')"
                )
                .contains("row-level security"))
            #expect(
                try panel.refused(
                    "member4",
                    "INSERT INTO scorecards (candidate_id, member, updated_at) VALUES (2, 'member1', 'x')"
                ).contains("row-level security"))
            // Scorers may write cards, but the policies leave them no row of another's.
            for name in ["member2", "member4"] {
                try panel.run(name, "UPDATE scorecard_marks SET mark = 0 WHERE member = 'member1'")
                try panel.run(name, "DELETE FROM scorecard_marks WHERE member = 'chair'")
            }
            // The secretary and reviewers may not write a card at all.
            for name in ["secretary", "reviewer"] {
                for statement in [
                    "UPDATE scorecard_marks SET mark = 0 WHERE member = 'member1'",
                    "DELETE FROM scorecard_marks WHERE member = 'chair'",
                ] {
                    #expect(
                        try panel.refused(name, statement).contains("permission denied"),
                        "\(name): \(statement)")
                }
            }
            // Not even the chair, nor the author once the card is submitted.
            try panel.run("chair", "UPDATE scorecard_marks SET mark = 0 WHERE member = 'member1'")
            try panel.run("member1", "UPDATE scorecard_marks SET mark = 0 WHERE member = 'member1'")
            try panel.run("member1", "DELETE FROM scorecards WHERE member = 'member1'")
            #expect(try panel.admin("SELECT * FROM scorecard_marks ORDER BY 1, 2, 3").out == before)
            #expect(
                try panel.refused(
                    "secretary",
                    "INSERT INTO scorecards (candidate_id, member, updated_at) VALUES (2, 'secretary', 'x')"
                )
                .contains("permission denied"))
        }

        @Test func setRoleToAGroupChangesNothingForSealing() throws {
            let panel = try ServerPanel()
            let rows = try panel.rows(
                "member2", "SET ROLE \(panel.roles.member); SELECT member FROM scorecard_marks")
            #expect(rows == [["member2"]])
            #expect(
                try panel.refused("member2", "SET ROLE \(panel.roles.owner)").contains(
                    "permission denied"))
            #expect(
                try panel.refused("member2", "SET ROLE \(panel.roles.roleMaker)").contains(
                    "permission denied"))
        }

        @Test func blindModeWithholdsTheNamesFromEveryRole() throws {
            let panel = try ServerPanel()
            #expect(
                try panel.refused("secretary", "SELECT set_blind_mode(true)").contains(
                    "permission denied"))
            try panel.run("chair", "SELECT set_blind_mode(true)")
            for name in ServerPanel.everyone {
                for column in [
                    "surname", "given_names", "name_key", "name_search", "name_latin",
                    "name_vector", "email", "*",
                ] {
                    #expect(
                        try panel.refused(name, "SELECT \(column) FROM candidates").contains(
                            "permission denied"),
                        "\(name) read \(column) in blind mode")
                }
                #expect(
                    try panel.rows(name, "SELECT application_id FROM candidates ORDER BY id").count
                        == 4)
            }
            try panel.run("chair", "SELECT set_blind_mode(false)")
            #expect(
                try panel.rows("reviewer", "SELECT surname FROM candidates ORDER BY id")
                    == [["Παπαδόπουλος"], ["Иванова"], ["Wałęsa"], ["王"]])
            #expect(
                try panel.rows(
                    "member1",
                    "SELECT application_id FROM candidates WHERE name_vector @@ to_tsquery('simple', 'ivanova:*')"
                )
                    == [["APP-2"]])
        }
    }
#endif
