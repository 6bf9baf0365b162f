import Foundation
import ShortlistCore
import ShortlistDemo
import ShortlistExchange
import ShortlistStore

/// Databases for tests: the demo panel as roster (the secretary first, as its creator), and
/// optionally some candidates loaded by her.
public enum TestDatabase {
    public static let roster: [PanelMember] =
        DemoPanel.members.filter { $0.role == .secretary }
        + DemoPanel.members.filter { $0.role != .secretary }

    /// A database for the built-in call (or none: `profile: nil`), its candidates assessed.
    /// With `roundOpen`, the chair has adopted the grid and the chair and members have made
    /// their declarations (`openRound`), as before any screening or scoring.
    public static func create(
        at url: URL, candidates: [Candidate] = [],
        profile: ProfileDocument? = ProfileAssessment.builtInDocument,
        roundOpen: Bool = false,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> SQLiteStore {
        let store = try SQLiteStore.create(
            at: url, NewDatabase(roster: roster, profile: profile), clock: clock)
        try fill(store, candidates: candidates, profile: profile, roundOpen: roundOpen)
        return store
    }

    /// The same on any engine: a database named `name` in `folder`.
    public static func create(
        _ engine: StoreEngine, _ name: String = "t.db", in folder: TemporaryDirectory,
        candidates: [Candidate] = [],
        profile: ProfileDocument? = ProfileAssessment.builtInDocument,
        roundOpen: Bool = false,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> any PanelDatabase {
        let store = try engine.create(
            name, in: folder, NewDatabase(roster: roster, profile: profile), clock: clock)
        try fill(store, candidates: candidates, profile: profile, roundOpen: roundOpen)
        return store
    }

    private static func fill(
        _ store: any PanelDatabase, candidates: [Candidate], profile: ProfileDocument?,
        roundOpen: Bool
    ) throws {
        if !candidates.isEmpty {
            let assessor = profile == nil ? nil : ApplicationAssessor(profile: .builtIn)
            try store.insertCandidates(
                candidates.map { PreparedCandidate($0, assessment: assessor?.assess($0)) },
                by: store.acting(as: "secretary"), progress: nil, timing: nil)
        }
        if roundOpen { try openRound(store) }
    }

    /// The chair adopts the grid and every chair and member declares: what a fixture that
    /// screens or scores needs first, as a real panel does.
    public static func openRound(_ store: any PanelDatabase) throws {
        try PanelRound.open(in: store)
    }

    /// The built-in profile with its deadline (`received_by`, Brussels time) moved, to replace
    /// the stored one with: its document and the assessor that goes with it.
    public static func builtInProfile(receivedBy: String) throws -> (
        ProfileDocument, ApplicationAssessor
    ) {
        let line = "received_by = 2025-12-02T23:00:00"
        precondition(BuiltInProfile.text.contains(line), "the built-in profile's deadline changed")
        let text = BuiltInProfile.text.replacingOccurrences(
            of: line, with: "received_by = \(receivedBy)")
        let profile = try CallProfileParser.parse(text: text, file: "moved deadline")
        return (
            ProfileDocument(toml: text, profile: profile), ApplicationAssessor(profile: profile)
        )
    }
}

extension RosterRecords {
    /// The roster entry `name`, acting from a login of the same name.
    public func acting(as name: String) throws -> Actor {
        try actor(named: name, login: name)
    }
}
