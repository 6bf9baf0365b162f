import Foundation
import ShortlistCore

/// The profile of call EC/2025/CNECT/441297, carried inside the binary so that `demo`,
/// `init --call builtin` and a first import work wherever the binary is copied. Its source is
/// `Profiles/EC-2025-CNECT-441297.toml`; `scripts/embed-text.py` writes that file's text into
/// `BuiltInProfileText.swift` (a resource bundle would have to travel with the binary):
///
///     python3 scripts/embed-text.py --enum BuiltInProfileFiles \
///         --output Sources/ShortlistExchange/Profile/BuiltInProfileText.swift \
///         Profiles/EC-2025-CNECT-441297.toml
public enum BuiltInProfile {
    /// The name errors give for the embedded text.
    public static let fileName = "Profiles/EC-2025-CNECT-441297.toml (built in)"

    /// The profile's TOML text, exactly as in the repository's file.
    public static var text: String { BuiltInProfileFiles.files[0].text }

    public static func load() throws -> CallProfile {
        try CallProfileParser.parse(text: text, file: fileName)
    }
}

extension CallProfile {
    /// The built-in call's profile. A test parses the embedded text on every run, so a
    /// failure here is a build that should never have shipped.
    public static let builtIn: CallProfile = {
        do {
            return try BuiltInProfile.load()
        } catch {
            fatalError("the built-in call profile does not parse: \(error)")
        }
    }()
}
