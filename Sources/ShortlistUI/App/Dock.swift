import ShortlistCore

/// What takes a pane beside the candidate's detail instead of floating over the screen: the
/// forms that judge the candidate (screening, an override) and the scorecard. The member then
/// reads what they judge while they judge it.
enum DockedPane: Equatable {
    case form(FormState.Purpose, fields: Int, width: Int)
    case scorecard(criteria: Int)

    /// Rows the pane wants when the panes stand below each other: every field or criterion,
    /// and the lines around them (for a short form, three of help).
    var preferredHeight: Int {
        switch self {
        case .form(_, let fields, _): max(10, fields + 6)
        case .scorecard(let criteria): criteria + 5
        }
    }
}

extension FormState.Purpose {
    /// Forms about the candidate's record as a whole: they dock beside the detail.
    var docks: Bool {
        switch self {
        case .screening, .override, .withdrawOverride: true
        default: false
        }
    }
}

extension AppState {
    /// The pane docked beside the detail, if any: a docking form over anything, else the
    /// scorecard (a comment form then floats over the scorecard's pane).
    var dockedPane: DockedPane? {
        if let form, form.purpose.docks {
            return .form(
                form.purpose, fields: form.fields.count, width: FormScreen.naturalWidth(form))
        }
        if scorecard != nil { return .scorecard(criteria: shown.scheme?.criteria.count ?? 7) }
        return nil
    }

    /// The criterion a screening form has the focus on; nil on its note or another form.
    var formCriterion: CriterionID? {
        guard let form, case .screening = form.purpose, form.focused.takesMarks else {
            return nil
        }
        return CriterionID(form.focused.name)
    }
}
