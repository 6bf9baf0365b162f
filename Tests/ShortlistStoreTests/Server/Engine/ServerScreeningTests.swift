#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// Declarations and screening through the PostgreSQL engine: the round's gate (grid,
    /// declarations), marks and notes per member, conflicts; and the server keeping each
    /// member to their own marks when the store is not asked.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerScreeningTests {
        @Test func nobodyScreensBeforeTheGridIsAdoptedAndTheirDeclarationsAreMade() throws {
            let (panel, _, _) = try ServerEligibilityTests.assessedPanel()
            let member = try panel.engine(as: "member1")
            let id = FixtureCandidates.all[1].applicationID
            let criterion = try #require(try member.profileCriteria().first?.0)
            #expect(
                try member.roundRefusal(for: member.actor, to: "screen")?
                    .contains("the chair must adopt the panel's grid") == true)
            let chair = try panel.engine(as: "chair")
            try chair.adoptGrid(by: chair.actor)
            #expect(
                try member.roundRefusal(for: member.actor, to: "screen")?
                    .contains("member1 must declare") == true)
            #expect(try member.declarationRefusal(for: member.actor) != nil)
            let refused = #expect(throws: StoreError.self) {
                try member.screen(id, marks: [criterion: .met], by: member.actor)
            }
            #expect("\(refused!)".contains("must declare"))
            #expect(try member.declare(by: member.actor) == DeclarationKind.allCases)
            #expect(try member.declare(by: member.actor).isEmpty)
            #expect(try member.hasDeclared(member.actor))
            #expect(try !member.hasDeclared(chair.actor))
            #expect(try member.roundRefusal(for: member.actor, to: "screen") == nil)
            #expect(
                try member.declarations().map { "\($0.name) \($0.kind.rawValue)" }
                    == ["member1 confidentiality", "member1 no_undeclared_conflict"])
            // A reviewer never declares, and the secretary neither.
            let reviewer = try panel.engine(as: "reviewer")
            #expect(try reviewer.declarationRefusal(for: reviewer.actor) == nil)
        }

        /// The grid adopted and every scorer declared.
        static func openRound() throws -> ServerPanel {
            let (panel, _, _) = try ServerEligibilityTests.assessedPanel()
            let chair = try panel.engine(as: "chair")
            try chair.adoptGrid(by: chair.actor)
            for name in ["chair", "member1", "member2", "member3", "member4"] {
                let store = try panel.engine(as: name)
                try store.declare(by: store.actor)
            }
            return panel
        }

        @Test func eachMemberScreensWithMarksAndANoteAndAllReadThem() throws {
            let panel = try Self.openRound()
            let one = try panel.engine(as: "member1")
            let two = try panel.engine(as: "member2")
            let id = FixtureCandidates.all[7].applicationID
            let criteria = try one.profileCriteria().map(\.0)
            try one.screen(
                id, marks: [criteria[0]: .met, criteria[1]: .partly],
                note: "Experiencia sólida en Bruselas", by: one.actor)
            try two.screen(id, marks: [criteria[0]: .notMet], by: two.actor)
            try one.screen(id, marks: [criteria[0]: .partly], by: one.actor)
            let screening = try two.screening(of: id)
            #expect(
                screening.entries.map { "\($0.member) \($0.criterion) \($0.mark.rawValue)" }
                    == [
                        "member1 \(criteria[0]) partly", "member1 \(criteria[1]) partly",
                        "member2 \(criteria[0]) not_met",
                    ].sorted())
            #expect(screening.notes == ["member1": "Experiencia sólida en Bruselas"])
            #expect(
                try panel.rows(
                    "chair",
                    "SELECT actor, before, after::jsonb ->> '\(criteria[0])' FROM audit WHERE action = 'screening.mark' ORDER BY seq"
                ) == [
                    ["member1", "", "met"], ["member2", "", "not_met"],
                    ["member1", #"{"\#(criteria[0])":"met"}"#, "partly"],
                ])
            #expect(
                try panel.rows(
                    "chair",
                    "SELECT v.kind, v.value FROM audit a JOIN audit_values v ON v.seq = a.seq WHERE a.action = 'screening.mark'"
                ) == [["text", "Experiencia sólida en Bruselas"]])
            let unknown = #expect(throws: StoreError.self) {
                try one.screen(id, marks: [CriterionID("Ω9"): .met], by: one.actor)
            }
            #expect("\(unknown!)".contains("is not a criterion of this call"))
        }

        @Test func aConflictedMemberCannotScreenAndNobodyChangesAnothersMarks() throws {
            let panel = try Self.openRound()
            let three = try panel.engine(as: "member3")
            let criterion = try #require(try three.profileCriteria().first?.0.rawValue)
            let conflicted = #expect(throws: StoreError.self) {
                try three.screen(
                    ApplicationID("APP-1"), marks: [CriterionID(criterion): .met], by: three.actor)
            }
            #expect("\(conflicted!)".contains("declared a conflict of interest with APP-1"))
            #expect(
                try panel.refused(
                    "member3",
                    "INSERT INTO screening VALUES (1, 'member3', '\(criterion)', 'met', 'x')"
                ).contains("row-level security"))
            let two = try panel.engine(as: "member2")
            try two.screen(
                ApplicationID("APP-2"), marks: [CriterionID(criterion): .met], by: two.actor)
            // Another member's connection can neither change nor forge member2's marks.
            #expect(
                try panel.rows(
                    "member1",
                    "UPDATE screening SET mark = 'not_met' WHERE member = 'member2' RETURNING 1"
                ).isEmpty)
            #expect(
                try panel.refused(
                    "member1",
                    "INSERT INTO screening VALUES (3, 'member2', '\(criterion)', 'met', 'x')"
                ).contains("row-level security"))
            #expect(
                try two.screening(of: ApplicationID("APP-2")).entries.map(\.mark) == [.met])
            // Through the store, in another's name: refused before the server is asked.
            let one = try panel.engine(as: "member1")
            #expect(throws: StoreError.self) {
                try one.screen(
                    ApplicationID("APP-2"), marks: [CriterionID(criterion): .notMet], by: two.actor)
            }
            // The secretary does not screen.
            let secretary = try panel.engine(as: "secretary")
            #expect(throws: PermissionDenied.self) {
                try secretary.screen(
                    ApplicationID("APP-2"), marks: [CriterionID(criterion): .met],
                    by: secretary.actor)
            }
        }
    }
#endif
