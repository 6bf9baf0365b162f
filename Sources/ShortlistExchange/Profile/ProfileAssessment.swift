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
