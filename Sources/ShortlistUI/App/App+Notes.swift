import ShortlistCore
import ShortlistStore

extension App {
    /// Opens the note form for the selected candidate: the text, a criterion (optional) and
    /// tags. From `t` (`tagsOnly`) the tags come first and the text may stay empty.
    func openNoteForm(tagsOnly: Bool) {
        guard let id = selectedID else { return }
        guard panelWork() != nil else { return }
        var options = [FormState.Option(value: "", label: "none")]
        options += criteriaLines.map {
            FormState.Option(
                value: $0.id.rawValue, label: $0.id.rawValue,
                help: $0.text.isEmpty ? nil : "\($0.id): \($0.text)")
        }
        let text = FormState.Field(
            name: "text", label: "Note", kind: .text(CommandLineState()),
            help: tagsOnly
                ? "A few words on why (optional)."
                : "Your note on \(id); the panel reads it in the Notes tab. Editing keeps the state.history.",
            isRequired: !tagsOnly)
        let tags = FormState.Field(
            name: "tags", label: "Tags", kind: .text(CommandLineState()),
            help: "Short labels separated by spaces or commas, e.g. check-diploma shortlist.",
            isRequired: tagsOnly)
        let criterion = FormState.Field(
            name: "criterion", label: "Criterion", kind: .choice(options, selected: 0),
            help: "The criterion the note is about, if one.")
        state.form = FormState(
            title: tagsOnly ? "Tag \(id)" : "Note on \(id)", purpose: .note(id),
            fields: tagsOnly ? [tags, text] : [text, criterion, tags])
    }

    func saveNote(_ form: FormState, _ id: ApplicationID) {
        guard panel != nil, let actor = context.actor else { return }
        let tags = NoteTag.parse(form.value("tags") ?? "")
        var text = (form.value("text") ?? "").trimmingCharacters(in: .whitespaces)
        if text.isEmpty, !tags.isEmpty { text = "Tagged " + tags.joined(separator: ", ") }
        let criterion = form.value("criterion").flatMap { $0.isEmpty ? nil : CriterionID($0) }
        let body = text
        writeFromForm(form) {
            try $0.addNote(on: id, text: body, criterion: criterion, tags: tags, by: actor)
        } done: { [self] note in
            panelChanged()
            show(
                "\(id): note \(note.noteID.prefix(8)) saved"
                    + (tags.isEmpty ? "" : " with tags \(tags.joined(separator: " "))"))
        }
    }

    /// Opens a form to resolve the first conflict on the candidate that the acting person may
    /// resolve (the note's author, or the chair), its text proposed from the version listed
    /// first; the Notes tab shows both.
    func openResolveForm() {
        guard let id = selectedID else { return }
        guard let (panel, actor) = panelWork() else { return }
        let conflicts: [NoteState]
        do {
            conflicts = try panel.notes(for: id, includeDeleted: true).filter(\.isConflict)
        } catch {
            report(error)
            return
        }
        guard !conflicts.isEmpty else {
            show("\(id): no note in conflict")
            return
        }
        guard let note = conflicts.first(where: { $0.author == actor.name || actor.role == .chair })
        else {
            show(
                "\(id): the notes in conflict are \(conflicts.map(\.author).joined(separator: ", "))'s: only their author or the chair can resolve them",
                isError: true)
            return
        }
        showTab(.notes)
        let texts = note.heads.map { $0.text ?? "(deleted)" }
        state.form = FormState(
            title: "Resolve note \(note.noteID.prefix(8)) on \(id)",
            purpose: .resolveNote(id, noteID: note.noteID),
            fields: [
                FormState.Field(
                    name: "text", label: "One text",
                    kind: .text(CommandLineState(text: note.heads.first?.text ?? "")),
                    help: "Replaces the \(texts.count) versions: "
                        + texts.map { "“\($0)”" }.joined(separator: " and "),
                    isRequired: true)
            ])
    }

    func saveResolution(_ form: FormState, _ id: ApplicationID, _ noteID: String) {
        guard panel != nil, let actor = context.actor else { return }
        let text = form.value("text") ?? ""
        writeFromForm(form) {
            try $0.resolveNoteConflict(noteID, text: text, tags: nil, by: actor)
        } done: { [self] note in
            panelChanged()
            show("\(id): the conflict of note \(note.noteID.prefix(8)) is resolved")
        }
    }
}
