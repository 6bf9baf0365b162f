import Foundation
import ShortlistCore

/// What a note's write checks before it touches a row, and what its trail entry holds: one
/// copy that both engines call, so a note refused on one is refused on the other in the same
/// words.
enum NoteWriteRules {
    /// The rules a merge applies too (NoteRules), as the store's error.
    static func require(_ change: NoteChange, _ state: NoteState, _ actor: Actor) throws {
        if let reason = NoteRules.refusal(
            change, of: state, by: actor.name, isChair: actor.role == .chair)
        {
            throw StoreError.invalid(reason)
        }
    }

    static func checkedText(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.invalid("a note needs some text") }
        guard trimmed.utf8.count <= 20_000 else {
            throw StoreError.invalid(
                "a note holds at most 20,000 bytes; this one has \(trimmed.utf8.count)")
        }
        return trimmed
    }

    static func checkedTags(_ tags: [String]) throws -> [String] {
        let tags = NoteTag.normalised(tags)
        if let bad = tags.first(where: { !NoteTag.isValid($0) }) {
            throw StoreError.invalid(
                "“\(bad)” is not a tag: one word of letters, digits, - _ . or /, at most \(NoteTag.maximumLength) characters"
            )
        }
        return tags
    }

    /// Small audit entries: the note's ids, salted digests of the text and tags (a note may
    /// hold personal data; the trail holds none, the erasable `audit_values` rows do).
    static func auditValues(_ version: NoteVersion, _ audit: some AuditDigests) -> [String: String]
    {
        var values = [
            "note_id": version.noteID, "version_id": version.versionID,
            "counter": String(version.counter),
        ]
        if let text = version.text {
            values["text"] = audit.digest(text)
        } else {
            values["tombstone"] = "true"
        }
        if !version.tags.isEmpty {
            values["tags"] = audit.digest(version.tags.joined(separator: ","))
        }
        if let criterion = version.criterion { values["criterion"] = criterion.rawValue }
        if !version.supersedes.isEmpty {
            values["supersedes"] = version.supersedes.joined(separator: ",")
        }
        return values
    }
}
