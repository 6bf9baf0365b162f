#if Postgres
    import Foundation
    import Testing

    @testable import ShortlistStore

    /// The trail on the server: append-only for every role (its owner too), written only through
    /// `audit_append` with the actor and time the server knows, and chained exactly as
    /// `AuditChain` hashes, so that `audit verify` can check it; values sealed like their card.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerAuditTrailTests {
        @Test func nobodyUpdatesDeletesOrTruncatesTheTrail() throws {
            let panel = try ServerPanel()
            let before = try panel.admin("SELECT count(*), max(hash) FROM audit").out
            for name in ServerPanel.everyone {
                for statement in [
                    "DELETE FROM audit", "UPDATE audit SET actor = 'someone'", "TRUNCATE audit",
                    "INSERT INTO audit VALUES (999, 'x', 'x', 'x', NULL, NULL, NULL, 'x', 'x')",
                    "DELETE FROM audit_values", "UPDATE audit_head SET entries = 0",
                ] {
                    #expect(
                        try panel.refused(name, statement).contains("permission denied"),
                        "\(name): \(statement)")
                }
            }
            // Not even its owner (an administrator who becomes it): the triggers refuse.
            for statement in [
                "DELETE FROM audit", "UPDATE audit SET actor = 'x'", "TRUNCATE audit CASCADE",
            ] {
                let output = try ServerCluster.psql(
                    ServerCluster.admin, panel.database,
                    "SET ROLE \(panel.roles.owner); \(statement)")
                #expect(output.err.contains("append-only"), "owner: \(statement)")
            }
            #expect(try panel.admin("SELECT count(*), max(hash) FROM audit").out == before)
            // No group holds a write privilege on it.
            for group in [
                panel.roles.panel, panel.roles.chair, panel.roles.member, panel.roles.secretary,
                panel.roles.reviewer,
            ] {
                #expect(
                    try panel.admin(
                        "SELECT has_table_privilege('\(group)', 'shortlist.audit', 'UPDATE, DELETE, TRUNCATE, INSERT')"
                    ).out == "f", "\(group)")
            }
        }

        @Test func anEntryTakesItsActorAndTimeFromTheServerAndChainsLikeAuditChain() throws {
            let panel = try ServerPanel()
            let started = Date()
            let call = try ServerPanel.auditCall(
                action: "note.add", object: "APP-3",
                values: [(key: "text", value: "Łódź, CV p. 2")],
                kind: "text", sealed: false)
            let row = try panel.rows("member4", call + " AS e")
            #expect(row.count == 1)
            let entries = try panel.rows(
                "member4",
                "SELECT seq, at, actor, action, object, before, after, prev_hash, hash FROM audit ORDER BY seq"
            )
            var previous = AuditChain.genesis
            for entry in entries {
                let hash = AuditChain.hash(
                    previous: previous, seq: Int64(entry[0])!, at: entry[1], actor: entry[2],
                    action: entry[3], object: entry[4].isEmpty ? nil : entry[4],
                    before: entry[5].isEmpty ? nil : entry[5],
                    after: entry[6].isEmpty ? nil : entry[6])
                #expect(entry[7] == previous)
                #expect(entry[8] == hash, "entry \(entry[0])")
                previous = entry[8]
            }
            let last = try #require(entries.last)
            #expect(last[2] == "member4")
            let at = try #require(ISO8601DateFormatter().date(from: last[1]))
            #expect(abs(at.timeIntervalSince(started)) < 60)
            #expect(
                try panel.rows("member4", "SELECT entries, hash FROM audit_head") == [
                    [last[0], last[8]]
                ])
        }

        @Test func aValueThatDoesNotMatchItsDigestIsRefused() throws {
            let panel = try ServerPanel()
            let forged = """
                SELECT audit_append('note.add', 'APP-1', NULL,
                    '{"text":"hmac-sha256:0000000000000000000000000000000000000000000000000000000000000000"}',
                    '[{"side":"after","key":"text","kind":"text","salt":"00","value":"forged"}]')
                """
            #expect(try panel.refused("member1", forged).contains("does not match"))
        }

        @Test func onlyRosterRolesAppendAndNobodyChoosesTheActor() throws {
            let panel = try ServerPanel()
            // The function has no actor parameter: a member cannot write in the chair's name.
            #expect(
                try panel.refused(
                    "member1", "SELECT audit_append('x', NULL, NULL, NULL, '[]', 'chair')"
                )
                .contains("does not exist"))
            try panel.admin("CREATE ROLE outsider_\(panel.database) LOGIN")
            let outsider = try ServerCluster.psql(
                "outsider_\(panel.database)", panel.database, "SELECT 1")
            #expect(outsider.err.contains("permission denied for database"))
        }

        @Test func sealedValuesAreReadLikeTheirCards() throws {
            let panel = try ServerPanel()
            try panel.run(
                "secretary",
                try ServerPanel.auditCall(
                    action: "conflict.record", object: "APP-2",
                    values: [(key: "reason", value: "Ιδιωτική σχέση")],
                    kind: "reason", sealed: false))
            func values(_ name: String) throws -> [[String]] {
                try panel.rows(
                    name,
                    "SELECT a.actor, v.key, v.value FROM audit_values v JOIN audit a USING (seq) ORDER BY a.actor, v.key"
                )
            }
            // member1 and the chair submitted: each other's marks, not member2's draft.
            #expect(
                try values("member1") == [
                    ["chair", "A1", "5"], ["chair", "A2", "4"], ["member1", "A1", "4"],
                    ["member1", "A2", "3"],
                ])
            #expect(try values("member2") == [["member2", "A1", "2"]])
            #expect(try values("member3").isEmpty)
            #expect(try values("member4").isEmpty)
            // The secretary reads the reasons of the trail, never a mark.
            #expect(try values("secretary") == [["secretary", "reason", "Ιδιωτική σχέση"]])
            #expect(try values("reviewer").isEmpty)
            #expect(try values("chair").count == 5)
        }
    }
#endif
