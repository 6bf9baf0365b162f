import Foundation
import ShortlistCore
import ShortlistStore

/// The call profile a database holds, read back from its TOML text, and what it takes to
/// assess applications under it.
public enum ProfileAssessment {
    /// The parsed profile of a store, or nil for a database made without one.
    public static func profile(of store: any PanelDatabase) throws -> CallProfile? {
        guard let stored = try store.storedProfile() else { return nil }
        return try CallProfileParser.parse(text: stored.toml, file: "the database's call profile")
    }

    public static func assessor(for store: any PanelDatabase) throws -> ApplicationAssessor? {
        try profile(of: store).map(ApplicationAssessor.init(profile:))
    }

    /// The built-in profile as a new database stores it.
    public static var builtInDocument: ProfileDocument {
        ProfileDocument(toml: BuiltInProfile.text, profile: CallProfile.builtIn)
    }

    /// A profile file read and checked, as a new database stores it.
    public static func document(from url: URL) throws -> (ProfileDocument, CallProfile) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ImportFailure(file: url.path, reason: "cannot be read as UTF-8 text")
        }
        let profile = try CallProfileParser.parse(text: text, file: url.path)
        return (ProfileDocument(toml: text, profile: profile), profile)
    }
}

extension ProfileAssessment {
    /// Replaces a store's call profile with a TOML file and reassesses every application
    /// (`shortlist profile replace`, and `:replace-profile` in the interface); returns what to
    /// tell the person. Keyword evidence is counted again only when its phrases changed: that
    /// is the costly part. `steps` hears how many applications were checked; asked to stop,
    /// nothing of the replacement is kept.
    public static func replaceProfile(
        from url: URL, in store: any PanelDatabase, steps: WorkSteps = .unwatched, by actor: Actor
    ) throws -> String {
        let (document, profile) = try document(from: url)
        // A stored profile that no longer parses is replaced all the same, evidence recounted.
        let old = try? self.profile(of: store)
        let phrasesChanged =
            old.map { $0.criteria.map(\.evidence) != profile.criteria.map(\.evidence) } ?? true
        let reassessment = try store.replaceProfile(
            document, assessor: .init(profile: profile), recountEvidence: phrasesChanged,
            steps: steps, by: actor)
        return "The call profile is now \(profile.reference); every application was reassessed"
            + " (\(reassessment.assessed) checked, \(reassessment.rewritten) with a changed"
            + " outcome, \(reassessment.resultsChanged) with a changed result)"
    }
}
