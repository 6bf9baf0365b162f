/// Something over the screen that takes every key while it is open. They stack: the last one
/// takes the keys and is drawn on top.
public enum Overlay: Sendable {
    /// The `:` command line, the search bar or the filter bar.
    case commandLine(CommandLineState)
    /// A list to choose from (themes, saved filters, a confirmation).
    case dialog(DialogState)
    /// A form: screening marks, an override, a note, a scorecard comment, an export.
    case form(FormState)

    /// The bindings that take a key while this overlay is on top.
    public var keyContext: KeyContext {
        switch self {
        case .commandLine: .commandLine
        case .dialog: .dialog
        case .form: .form
        }
    }
}
