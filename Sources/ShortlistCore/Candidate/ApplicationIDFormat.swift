/// What an application id may be: `^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`, ASCII only.
///
/// Ids name files (`export feedback` writes `ID.md`), go into filters, messages and audit
/// entries, and key every row attached to a candidate; so an id holds no `/`, no leading dot
/// (hence no `..` as a name), no control character and no look-alike letter from another
/// script, and is kept exactly as written (an id with spaces around it is refused, not
/// trimmed into somebody else's id).
extension ApplicationID {
    public static let maximumLength = 64

    /// Why `text` is not a valid id, or nil when it is.
    public static func problem(with text: String) -> String? {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return "is empty: the record cannot be identified" }
        let shown = "“" + VisibleText.visible(text, mode: .header) + "”"
        if bytes.count > maximumLength {
            return "\(shown) is \(text.count) characters long; an id has at most \(maximumLength)"
        }
        if first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ") {
            return
                "\(shown) has spaces around it; an id is kept exactly as written, so write it without them"
        }
        if let bad = text.unicodeScalars.first(where: { scalar in
            !(scalar.isASCII
                && (isAlphanumeric(UInt8(scalar.value)) || "._-".unicodeScalars.contains(scalar)))
        }) {
            let what =
                bad.isASCII
                ? "“\(VisibleText.visible(String(bad), mode: .header))”"
                : "U+\(String(bad.value, radix: 16, uppercase: true)) (not a letter A–Z: ids are ASCII only)"
            return "\(shown) holds \(what); an id has only letters A–Z, digits, “.”, “_” and “-”"
        }
        if !isAlphanumeric(first) {
            return "\(shown) must start with a letter A–Z or a digit"
        }
        return nil
    }

    /// Whether `text` is a valid id.
    public static func isValid(_ text: String) -> Bool { problem(with: text) == nil }

    /// The id as it collides with others: two ids that differ only in case are one.
    public var collisionKey: String { rawValue.lowercased() }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
