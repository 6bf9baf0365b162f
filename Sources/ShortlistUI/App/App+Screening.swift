import ShortlistCore
import ShortlistStore

extension App {
    /// Opens the acting member's screening form for the selected candidate, with their marks
    /// and note so far. Refused, with the reason, to a member who declared a conflict of
    /// interest with the candidate, and to anyone before the grid is adopted or before their
    /// declarations, with the store's words on how to proceed.
    func openScreeningForm() {
        guard let id = selectedID else { return }
        guard let (panel, actor) = panelWork() else { return }
        if let conflict = actorConflicts[id] {
            show(
                "\(actor.name) declared a conflict of interest with \(id) (\(conflict.reason)) and cannot screen this candidate",
                isError: true)
            return
        }
        // A failed read is said (and kept): the form does not open on a guess.
        guard let refusal = read({ try panel.roundRefusal(for: actor, to: "screen") }) else {
            return
        }
        if let refusal {
            show(refusal, isError: true)
            return
        }
        let criteria = criteriaLines
        guard !criteria.isEmpty else {
            show(
                "this database has no call profile, so no criteria to screen against", isError: true
            )
            return
        }
        let screening: CandidateScreening
        do {
            screening = try panel.screening(of: id)
        } catch {
            report(error)
            return
        }
        let options = ScreeningMark.allCases.compactMap { mark -> FormState.Option? in
            guard let badge = StatusBadge.screening(mark.rawValue, glyphs: theme.glyphs) else {
                return nil
            }
            return FormState.Option(value: mark.rawValue, label: badge.text, role: badge.role)
        }
        var fields: [FormState.Field] = criteria.map { criterion in
            let mine = screening.entries.first {
                $0.member == actor.name && $0.criterion == criterion.id
            }?.mark
            return FormState.Field(
                name: criterion.id.rawValue, label: criterion.id.rawValue,
                kind: .choice(
                    options,
                    selected: mine.flatMap { m in options.firstIndex { $0.value == m.rawValue } }),
                help: criterion.text.isEmpty
                    ? criterion.group.title
                    : "\(criterion.id) (\(criterion.group.title.lowercased())): \(criterion.text)",
                takesMarks: true)
        }
        fields.append(
            FormState.Field(
                name: "note", label: "Note",
                kind: .text(CommandLineState(text: screening.notes[actor.name] ?? "")),
                help: "Your note about this candidate, for the panel (optional)."))
        let firstOpen = fields.firstIndex { $0.takesMarks && $0.value == nil } ?? 0
        state.form = FormState(
            title: "Your screening of \(id)", purpose: .screening(id), fields: fields,
            focus: firstOpen)
        showBeside(.details)
    }

    /// Saves what changed: the marks set or altered, and the note if it was edited.
    func saveScreening(_ form: FormState, _ id: ApplicationID) {
        guard let panel, let actor = context.actor else { return }
        do {
            let before = try panel.screening(of: id)
            var marks: [CriterionID: ScreeningMark] = [:]
            for field in form.fields where field.takesMarks {
                guard let value = field.value, let mark = ScreeningMark(rawValue: value) else {
                    continue
                }
                let criterion = CriterionID(field.name)
                let old = before.entries.first {
                    $0.member == actor.name && $0.criterion == criterion
                }?.mark
                if old != mark { marks[criterion] = mark }
            }
            let typed = form.value("note") ?? ""
            let note = typed == (before.notes[actor.name] ?? "") ? nil : typed
            guard !marks.isEmpty || note != nil else {
                state.form = nil
                show("\(id): nothing changed in your screening")
                return
            }
            let changes = marks
            writeFromForm(form) {
                try $0.screen(id, marks: changes, note: note, by: actor)
            } done: { [self] in
                panelChanged()
                guard let screening = read({ try panel.screening(of: id) }) else { return }
                let summary = "\(screening.summary)"
                show("\(id): your screening is saved; the panel's summary is now \(summary)")
            }
        } catch {
            formFailed(error)
        }
    }
}
