import ShortlistCore
import ShortlistStore

/// Editing, deleting and untagging a note from the detail, through the store's `editNote`
/// and `deleteNote` (as `shortlist notes edit` and `notes delete`: the same rules of who may,
/// a new version each time, audited). Which notes are offered follows the same `NoteRules`
/// the store applies, so a note the acting person may not change is never offered.
extension App {
    /// The candidate's live notes the acting person may change this way, newest first.
    private func changeableNotes(_ change: NoteChange) -> (ApplicationID, [NoteState])? {
        guard let id = selectedID else {
            show("no candidate selected", isError: true)
            return nil
        }
        guard let panel, let actor = context.actor else {
            show(context.refusal(of: .annotate), isError: true)
            return nil
        }
        guard let notes = read({ try panel.notes(for: id, includeDeleted: false) }) else {
            return nil
        }
        let live = notes.filter { !$0.isDeleted }
        let allowed = live.filter {
            NoteRules.refusal(change, of: $0, by: actor.name, isChair: actor.role == .chair) == nil
        }
        guard !allowed.isEmpty else {
            let why =
                live.isEmpty
                ? "\(id) has no note"
                : "no note on \(id) is yours to \(change == .edit ? "edit" : "delete")"
            show(why, isError: true)
            return nil
        }
        showTab(.notes)
        return (id, allowed.reversed())
    }

    /// "3f2a9c1e: Strong on networks, weak on…": a note as a choice names it.
    private func noteLabel(_ note: NoteState) -> String {
        let short = String(note.noteID.prefix(8))
        let text = noteStart(note)
        return text.isEmpty ? short : short + ": " + text
    }

    /// The first line of the note's text, cut to fit beside its id.
    private func noteStart(_ note: NoteState) -> String {
        let text = (note.latest.text ?? "").split(whereSeparator: \.isNewline).first ?? ""
        return String(text).truncated(toWidth: 48, ellipsis: theme.glyphs.ellipsis)
    }

    // MARK: Edit

    /// `e`: the newest of the acting person's notes, its text proposed; a choice when there
    /// are several.
    func openNoteEditForm() {
        guard let (id, notes) = changeableNotes(.edit) else { return }
        let note = notes[0]
        state.form = FormState(
            title: "Edit a note on \(id)", purpose: .editNote(id),
            fields: [
                FormState.Field(
                    name: "note", label: "Note",
                    kind: .choice(
                        notes.map { .init(value: $0.noteID, label: noteLabel($0)) }, selected: 0),
                    help: "Which note: yours, newest first. Its history is kept."),
                FormState.Field(
                    name: "text", label: "Text",
                    kind: .text(CommandLineState(text: note.latest.text ?? "")),
                    help: "The new text; its tags stay.", isRequired: true),
            ], focus: notes.count > 1 ? 0 : 1)
    }

    /// Another note chosen in the edit form: its text replaces the one proposed.
    func editedNoteChanged(_ form: inout FormState, _ id: ApplicationID) {
        guard form.focused.name == "note", let noteID = form.value("note"),
            let text = form.fields.firstIndex(where: { $0.name == "text" }),
            let notes = read({ try panel?.notes(for: id, includeDeleted: false) }) ?? nil,
            let note = notes.first(where: { $0.noteID == noteID })
        else { return }
        form.fields[text].kind = .text(CommandLineState(text: note.latest.text ?? ""))
    }

    func saveNoteEdit(_ form: FormState, _ id: ApplicationID) {
        guard let actor = context.actor, let noteID = form.value("note") else { return }
        let text = form.value("text") ?? ""
        writeFromForm(form) {
            try $0.editNote(noteID, text: text, tags: nil, by: actor)
        } done: { [self] note in
            panelChanged()
            show("Note \(note.noteID.prefix(8)) now has \(note.versionCount) versions")
        }
    }

    // MARK: Delete

    /// `d`: a confirmation that lists the notes the acting person may delete (theirs; the
    /// chair's any); Cancel is chosen until another item is.
    func confirmNoteDeletion() {
        guard let (id, notes) = changeableNotes(.delete) else { return }
        state.dialog = DialogState(
            title: "Delete a note on \(id)?", purpose: .deleteNote(id),
            items: notes.map { .init(name: String($0.noteID.prefix(8)), detail: noteStart($0)) }
                + [.init(name: "Cancel", detail: "delete nothing")],
            selected: notes.count,
            text: ["A deleted note keeps its history in the database and the audit trail."])
    }

    func deleteNote(_ shortID: String, on id: ApplicationID) {
        guard let actor = context.actor,
            let notes = read({ try panel?.notes(for: id, includeDeleted: false) }) ?? nil,
            let note = notes.first(where: { $0.noteID.hasPrefix(shortID) })
        else { return }
        write {
            try $0.deleteNote(note.noteID, by: actor)
        } done: { [self] note in
            panelChanged()
            show("Deleted note \(note.noteID.prefix(8)); its history is kept")
        } failed: { [self] error in
            show(Self.oneLine(error), isError: true)
        }
    }

    // MARK: Untag

    /// `u`: every tag of the notes the acting person may edit, each with its note; Enter
    /// removes the one chosen (a new version of the note without it).
    func confirmUntag() {
        guard let (id, notes) = changeableNotes(.edit) else { return }
        let pairs = notes.flatMap { note in note.latest.tags.map { (note, $0) } }
        guard !pairs.isEmpty else {
            show("none of your notes on \(id) has a tag", isError: true)
            return
        }
        state.dialog = DialogState(
            title: "Remove a tag on \(id)", purpose: .untag(id),
            items: pairs.map { .init(name: $0.1, detail: noteLabel($0.0)) }
                + [.init(name: "Cancel", detail: "remove nothing")],
            selected: pairs.count)
    }

    func untag(_ index: Int, on id: ApplicationID) {
        guard let actor = context.actor, let panel,
            let notes = read({ try panel.notes(for: id, includeDeleted: false) })
        else { return }
        let editable = notes.filter {
            !$0.isDeleted
                && NoteRules.refusal(.edit, of: $0, by: actor.name, isChair: actor.role == .chair)
                    == nil
        }.reversed()
        let pairs = editable.flatMap { note in note.latest.tags.map { (note, $0) } }
        guard pairs.indices.contains(index), let text = pairs[index].0.latest.text else { return }
        let (note, tag) = pairs[index]
        write {
            try $0.editNote(
                note.noteID, text: text, tags: note.latest.tags.filter { $0 != tag }, by: actor)
        } done: { [self] _ in
            panelChanged()
            show("\(id): tag \(tag) removed from note \(note.noteID.prefix(8))")
        } failed: { [self] error in
            show(Self.oneLine(error), isError: true)
        }
    }
}
