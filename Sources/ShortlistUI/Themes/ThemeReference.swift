/// The table of theme roles in `docs/configuration.md`, generated from `ThemeRole` so that the
/// documentation and the code cannot disagree (a test compares them).
public enum ThemeReference {
    public static let begin = "<!-- theme roles: generated from ThemeRole, do not edit -->"
    public static let end = "<!-- end of theme roles -->"

    public static func rolesMarkdown() -> String {
        var out = "| role | what it is for |\n|---|---|\n"
        for role in ThemeRole.allCases {
            out += "| `\(role.rawValue)` | \(role.purpose) |\n"
        }
        return out
    }
}
