/// What the user's locale says about the terminal's character set, read from the
/// environment as POSIX orders it (LC_ALL, then LC_CTYPE, then LANG).
public enum LocaleCharset {
    /// `true` when the locale names UTF-8, `false` when it names anything else (`C`, `POSIX`,
    /// `en_GB.ISO-8859-1`), `nil` when none of the variables is set.
    public static func isUTF8(environment: [String: String]) -> Bool? {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let upper = value.uppercased()
            return upper.contains("UTF-8") || upper.contains("UTF8")
        }
        return nil
    }
}
