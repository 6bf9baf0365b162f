import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

/// Databases for tests: the demo panel as roster (the secretary first, as its creator), and
/// optionally some candidates loaded by her.
public enum TestDatabase {
    public static let roster: [PanelMember] =
        DemoPanel.members.filter { $0.role == .secretary }
        + DemoPanel.members.filter { $0.role != .secretary }

    /// A database for the built-in call (or none: `profile: nil`), its candidates assessed.
    public static func create(
        at url: URL, candidates: [Candidate] = [],
        profile: ProfileDocument? = ProfileAssessment.builtInDocument,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> Store {
        let store = try Store.create(
            at: url, NewDatabase(roster: roster, profile: profile), clock: clock)
        if !candidates.isEmpty {
            let assessor = profile == nil ? nil : ApplicationAssessor(profile: .builtIn)
            try store.insertCandidates(
                candidates.map { PreparedCandidate($0, assessment: assessor?.assess($0)) },
                by: store.acting(as: "secretary"), progress: nil, timing: nil)
        }
        return store
    }
}

extension Store {
    /// The roster entry `name`, acting from a login of the same name.
    public func acting(as name: String) throws -> Actor {
        try actor(named: name, login: name)
    }
}
