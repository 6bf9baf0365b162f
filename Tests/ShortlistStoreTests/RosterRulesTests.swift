import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Separation of duties over the roster (issue 16, item 2; docs/roles.md).
@Suite struct RosterRulesTests {
    let folder = TemporaryDirectory("roster")

    func store(_ engine: StoreEngine) throws -> any PanelDatabase {
        try engine.create(
            "r.db", in: folder,
            NewDatabase(roster: TestDatabase.roster, profile: ProfileAssessment.builtInDocument))
    }

    static func refusal(_ change: () throws -> Void) throws -> String {
        "\(try #require(throws: StoreError.self) { try change() })"
    }

    @Test(arguments: StoreEngine.all)
    func theSecretaryCannotMakeAnyoneChair(engine: StoreEngine) throws {
        let s = try store(engine)
        // The reproduction: the secretary, logged in as root, adds a chair bound to root.
        let secretary = try s.actor(named: "secretary", login: "root")
        let added = try Self.refusal {
            try s.addPanelMember(
                PanelMember(name: "secchair", displayName: "S", role: .chair, login: "root"),
                by: secretary)
        }
        #expect(
            added.hasPrefix(
                "secretary cannot add the entry secchair: only the chair adds, removes or changes a chair entry"
            ), "\(added)")
        #expect(added.hasSuffix("ask the chair"))
        let promoted = try Self.refusal {
            try s.changePanelMember(named: "member1", role: .chair, by: secretary)
        }
        #expect(promoted.contains("only the chair adds, removes or changes a chair entry"))
        #expect(try s.panelMembers().filter { $0.role == .chair }.map(\.name) == ["chair"])
        // The chair may add a second chair.
        try s.addPanelMember(
            PanelMember(name: "cochair", displayName: "C", role: .chair), by: s.acting(as: "chair"))
    }

    @Test(arguments: StoreEngine.all)
    func theCreatorAddsTheFirstChairOnly(engine: StoreEngine) throws {
        let s = try engine.create(
            "c.db", in: folder,
            .createdBy("hr", login: "hr", profile: ProfileAssessment.builtInDocument))
        let hr = try s.acting(as: "hr")
        try s.addPanelMember(PanelMember(name: "chair", displayName: "C", role: .chair), by: hr)
        let second = try Self.refusal {
            try s.addPanelMember(
                PanelMember(name: "chair2", displayName: "C", role: .chair), by: hr)
        }
        #expect(second.contains("only the chair adds"), "\(second)")
    }

    @Test(arguments: StoreEngine.all)
    func nobodyBindsAnotherEntryToTheirOwnLogin(engine: StoreEngine) throws {
        let s = try store(engine)
        let secretary = try s.acting(as: "secretary")
        // On a server one's own login is the database role one connects as, and it already
        // holds one's own entry: that rule refuses first, in its words.
        let role = engine.serverLogin(of: "secretary", "r.db", in: folder)
        let ownLogin = role ?? "secretary"
        let refusalWords =
            role == nil
            ? "“secretary” is your own login, and nobody binds an entry other than their own to it"
            : "the login “\(ownLogin)” already holds the entry secretary, and one login holds one roster entry"
        let own = try Self.refusal {
            try s.addPanelMember(
                PanelMember(name: "sec2", displayName: "S", role: .reviewer, login: ownLogin),
                by: secretary)
        }
        #expect(own.contains(refusalWords), "\(own)")
        let rebound = try Self.refusal {
            try s.changePanelMember(named: "member1", login: ownLogin, by: secretary)
        }
        #expect(
            rebound.contains(
                role == nil ? "is your own login" : "already holds the entry secretary"),
            "\(rebound)")
        // Binding one's own entry to one's own login is what binding is for; on a server the
        // entry is bound to its role from the start.
        let chair = try s.acting(as: "chair")
        if let role = engine.serverLogin(of: "chair", "r.db", in: folder) {
            #expect(try s.panelMember(named: "chair")?.login == role)
        } else {
            try s.changePanelMember(named: "chair", login: "chair", by: chair)
            #expect(try s.panelMember(named: "chair")?.login == "chair")
        }
    }

    @Test(arguments: StoreEngine.all)
    func oneLoginHoldsOneEntry(engine: StoreEngine) throws {
        let s = try store(engine)
        let secretary = try s.acting(as: "secretary")
        try s.addPanelMember(
            PanelMember(name: "anna", displayName: "A", role: .reviewer, login: "ak"), by: secretary
        )
        let duplicate = try Self.refusal {
            try s.addPanelMember(
                PanelMember(name: "bob", displayName: "B", role: .reviewer, login: "ak"),
                by: secretary)
        }
        #expect(
            duplicate.contains(
                "the login “ak” already holds the entry anna, and one login holds one roster entry"),
            "\(duplicate)")
        #expect(throws: StoreError.self) {
            try s.changePanelMember(named: "reviewer", login: "ak", by: secretary)
        }
    }

    @Test(arguments: StoreEngine.all)
    func onceTheGridIsLockedOnlyTheChairChangesScoringEntries(engine: StoreEngine) throws {
        let s = try store(engine)
        let secretary = try s.acting(as: "secretary")
        let chair = try s.acting(as: "chair")
        try s.lockProfile(by: chair)
        let refusals: [() throws -> Void] = [
            {
                try s.addPanelMember(
                    PanelMember(name: "m4", displayName: "M", role: .member), by: secretary)
            },
            { try s.removePanelMember(named: "member3", by: secretary) },
            { try s.changePanelMember(named: "member2", login: "mk", by: secretary) },
            { try s.changePanelMember(named: "reviewer", role: .member, by: secretary) },
        ]
        for change in refusals {
            let reason = try Self.refusal(change)
            #expect(
                reason.contains(
                    "the panel's grid was adopted by chair at"), "\(reason)")
            #expect(
                reason.contains("only the chair adds, removes or changes chair and member entries"))
        }
        try s.addPanelMember(PanelMember(name: "m4", displayName: "M", role: .member), by: chair)
        try s.removePanelMember(named: "member3", by: chair)
        // The secretary still keeps the other entries.
        try s.addPanelMember(
            PanelMember(name: "r2", displayName: "R", role: .reviewer), by: secretary)
        try s.removePanelMember(named: "r2", by: secretary)
    }
}
