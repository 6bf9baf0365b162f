/// Who may write which kind of version on a note: one rule set, used by `notes edit`,
/// `notes delete` and `notes resolve` and by the merge of a copy's versions, so a bundle can
/// do nothing its owner could not do at the keyboard.
public enum NoteChange: Sendable, Equatable {
    case edit, delete, resolve

    /// What a version does to its note: a tombstone deletes, a version that supersedes two or
    /// more heads resolves their conflict, one that supersedes one head edits it.
    public static func of(_ version: NoteVersion) -> NoteChange? {
        if version.supersedes.isEmpty { return version.isTombstone ? .delete : nil }
        if version.isTombstone { return .delete }
        return version.supersedes.count > 1 ? .resolve : .edit
    }
}

public enum NoteRules {
    /// Why `name` may not make this change to `note` as the writer sees it (its heads), or nil.
    /// `note.author` is the author of the note's first version.
    public static func refusal(
        _ change: NoteChange, of note: NoteState, by name: String, isChair: Bool
    ) -> String? {
        let short = String(note.noteID.prefix(8))
        switch change {
        case .edit:
            if note.author != name {
                return "note \(short) is \(note.author)'s: only its author can edit it"
            }
            if note.isConflict {
                return
                    "note \(short) has a conflict between \(note.heads.count) versions: "
                    + "resolve it first (`shortlist notes resolve \(short) TEXT`)"
            }
            if note.isDeleted { return "note \(short) was deleted" }
        case .delete:
            if note.author != name && !isChair {
                return
                    "note \(short) is \(note.author)'s: only its author or the chair can delete it"
            }
            if note.isDeleted { return "note \(short) is already deleted" }
        case .resolve:
            if note.author != name && !isChair {
                return
                    "note \(short) is \(note.author)'s: only its author or the chair can resolve it"
            }
            if !note.isConflict {
                return "note \(short) has no conflict; edit it with `shortlist notes edit`"
            }
        }
        return nil
    }
}
