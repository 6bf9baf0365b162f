#if Postgres
    import Foundation
    import ShortlistCore
    import Testing

    @testable import ShortlistStore

    /// The trail through the PostgreSQL engine, each person connected as their own role: appends
    /// through `audit_append` with salted values, the log as the role may read it, and `verify`
    /// for every role, counting what the server seals from it instead of failing on it.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerAuditEngineTests {
        @Test func anAppendCarriesItsValuesAsDigestsAndTheActorIsTheConnectedRole() throws {
            let panel = try ServerPanel()
            let member4 = try panel.scoringEngine("member4")
            let before = try panel.adminCount("SELECT count(*) FROM audit")
            try member4.audited(member4.actor, nil, action: "note.add", object: "APP-4") {
                _, audit in
                (
                    (), nil,
                    ["text": audit.digest("王小明: CV p. 2"), "why": audit.digest(reason: "Łódź")]
                )
            }
            #expect(try panel.adminCount("SELECT count(*) FROM audit") == before + 1)
            let row = try panel.admin(
                "SELECT actor, action, object, after FROM audit ORDER BY seq DESC LIMIT 1"
            ).rows.first
            #expect(row?[0] == "member4")
            #expect(row?[1] == "note.add")
            #expect(row?[2] == "APP-4")
            // Neither value is in the chain itself, only their digests.
            #expect(row?[3].contains("王小明") == false)
            #expect(row?[3].contains(AuditValues.prefix) == true)
            // The chair reads the reason as written and the text only as its digest.
            let chair = try panel.scoringEngine("chair")
            let entry = try chair.auditLog(
                filter: AuditFilter(actor: "member4"), by: chair.actor, limit: nil, newest: false
            ).last
            #expect(entry?.after?.contains("\"why\":\"Łódź\"") == true)
            #expect(entry?.after?.contains("王小明") == false)
            #expect(try chair.verifyAuditTrail(expectedHead: nil).isIntact)
        }

        @Test func nobodyAppendsInAnothersName() throws {
            let panel = try ServerPanel()
            let member2 = try panel.scoringEngine("member2")
            let member1 = Actor(
                name: "member1",
                member: PanelMember(name: "member1", displayName: "", role: .member))
            let count = try panel.adminCount("SELECT count(*) FROM audit")
            #expect(throws: StoreError.self) {
                try member2.audited(member1, nil, action: "score.set", object: "APP-1") { _, _ in
                    ((), nil, ["A1": "5"])
                }
            }
            #expect(try panel.adminCount("SELECT count(*) FROM audit") == count)
        }

        @Test func theLogIsForTheChairAndTheSecretaryAndRedactsCardsTheyMayNotSee() throws {
            let panel = try ServerPanel()
            for name in ["member1", "member2", "reviewer"] {
                let store = try panel.scoringEngine(name)
                #expect(throws: PermissionDenied.self, "\(name)") {
                    try store.auditLog(candidate: nil, by: store.actor, limit: nil)
                }
            }
            let chair = try panel.scoringEngine("chair")
            let scoring = try chair.auditLog(
                filter: AuditFilter(action: "score", candidate: ApplicationID("APP-1")),
                by: chair.actor, limit: nil, newest: false)
            #expect(scoring.map(\.actor) == ["member1", "chair", "member2"])
            // member1's submission: the chair submitted too, so its marks read as written.
            #expect(scoring[0].after == #"{"A1":"4","A2":"3"}"#)
            // member2's draft: sealed, not even its digests handed out.
            #expect(scoring[2].after == ScoreRedaction.sealed)
            #expect(scoring[2].before == nil)
            // The secretary has not scored: member1's submission is sealed from her too.
            let secretary = try panel.scoringEngine("secretary")
            let seen = try secretary.auditLog(
                filter: AuditFilter(action: "score.submit"), by: secretary.actor, limit: nil,
                newest: false)
            #expect(seen.count == 2)
            #expect(seen.allSatisfy { $0.after == ScoreRedaction.sealed })
            // newest/limit: the last entry only.
            let last = try chair.auditLog(
                filter: AuditFilter(), by: chair.actor, limit: 1, newest: true)
            #expect(last.map(\.seq) == [Int64(try panel.adminCount("SELECT max(seq) FROM audit"))])
        }

        @Test func everyRoleVerifiesAndCountsWhatItCouldNotCheck() throws {
            let panel = try ServerPanel()
            let stored = try panel.adminCount("SELECT count(*) FROM audit_values")
            #expect(stored == 5)
            var checked: [String: Int] = [:]
            for name in ServerPanel.everyone {
                let result = try panel.scoringEngine(name).verifyAuditTrail(expectedHead: nil)
                #expect(result.isIntact, "\(name): \(result.summary)")
                #expect(result.valuesChecked + result.valuesUnreadable == stored, "\(name)")
                checked[name] = result.valuesChecked
            }
            // The chair reads both submitted cards (their own is in); member2 only their draft;
            // the reviewer, the secretary and member4 no mark at all.
            #expect(checked["chair"] == 4)
            #expect(checked["member1"] == 4)
            #expect(checked["member2"] == 1)
            #expect(checked["reviewer"] == 0)
            #expect(checked["secretary"] == 0)
            #expect(checked["member4"] == 0)
            let reviewer = try panel.scoringEngine("reviewer").verifyAuditTrail(expectedHead: nil)
            #expect(reviewer.valuesUnreadable == 5)
            #expect(reviewer.unreadableSummary.contains("5 sealed from your role"))
        }

        @Test func aChangedValueFailsForWhoeverReadsItAndARemovedOneForEveryone() throws {
            let panel = try ServerPanel()
            // An administrator (not subject to the row policies) changes member1's A1.
            try panel.admin(
                "UPDATE audit_values SET value = '1' WHERE key = 'A1' AND seq = (SELECT seq FROM audit WHERE actor = 'member1' AND action = 'score.submit')"
            )
            let chair = try panel.scoringEngine("chair").verifyAuditTrail(expectedHead: nil)
            #expect(
                chair.firstProblem?.reason.contains("was changed after it was recorded") == true)
            // The reviewer cannot read it, so cannot tell; it says so rather than failing.
            let reviewer = try panel.scoringEngine("reviewer").verifyAuditTrail(expectedHead: nil)
            #expect(reviewer.isIntact)
            #expect(reviewer.valuesUnreadable == 5)
            // A value removed outright is missed by every role, the reviewer included.
            try panel.admin(
                "DELETE FROM audit_values WHERE key = 'A1' AND seq = (SELECT seq FROM audit WHERE actor = 'member2')"
            )
            let after = try panel.scoringEngine("reviewer").verifyAuditTrail(expectedHead: nil)
            #expect(
                after.firstProblem?.reason.contains("removed without an erasure record") == true)
        }

        @Test func aRecordedHeadIsCheckedAndTheDataStateSkipsExports() throws {
            let panel = try ServerPanel()
            let member1 = try panel.scoringEngine("member1")
            let head = try #require(try member1.auditHead())
            #expect(head.seq == Int64(try panel.adminCount("SELECT max(seq) FROM audit")))
            #expect(try member1.verifyAuditTrail(expectedHead: head.headHash.uppercased()).isIntact)
            let wrong = try member1.verifyAuditTrail(
                expectedHead: String(repeating: "a", count: 64))
            #expect(wrong.firstProblem?.reason.contains("is not in the trail") == true)
            let chair = try panel.scoringEngine("chair")
            try chair.audited(chair.actor, nil, action: "export.ranking") { _, _ in ((), nil, nil) }
            #expect(try chair.dataState() == head)
            #expect(try chair.auditHead()?.seq == head.seq + 1)
            let moved = try member1.verifyAuditTrail(expectedHead: head.headHash)
            #expect(moved.firstProblem?.reason.contains("goes on past the recorded head") == true)
        }
    }
#endif
