import ShortlistCore
import ShortlistStore

extension App {
    /// Opens the export dialog over the ranking: what (ranking, report, feedback sheets), the
    /// format, where, and whether to overwrite. Only the chair and the secretary may export;
    /// the store checks again when it writes.
    func openExportForm() {
        guard let exporter else {
            show("exports are not available here: use `shortlist export`", isError: true)
            return
        }
        let kinds = ExportKind.allCases.map { kind in
            FormState.Option(value: kind.rawValue, label: kind.rawValue, help: Self.help(kind))
        }
        let formats = exporter.formats(for: .ranking)
        state.form = FormState(
            title: "Export", purpose: .export,
            fields: [
                FormState.Field(name: "kind", label: "What", kind: .choice(kinds, selected: 0)),
                FormState.Field(
                    name: "format", label: "Format", kind: .choice(options(formats), selected: 0),
                    help:
                        "CSV opens in any spreadsheet; XLSX keeps numbers as numbers; JSON is for programs."
                ),
                proposedPath(
                    FormState.Field(
                        name: "path", label: "Path",
                        kind: .text(
                            CommandLineState(
                                text: ExportKind.ranking.defaultPath(format: formats[0]))),
                        help:
                            "A file (a folder for feedback sheets), relative to where Shortlist started; typing replaces the name proposed, arrows edit it.",
                        isRequired: true)),
                FormState.Field(
                    name: "force", label: "Overwrite",
                    kind: .choice(
                        [
                            FormState.Option(value: "no", label: "no"),
                            FormState.Option(value: "yes", label: "yes"),
                        ], selected: 0),
                    help: "An existing file is kept unless you choose yes."),
            ])
    }

    static func help(_ kind: ExportKind) -> String {
        switch kind {
        case .ranking:
            "Every candidate: ranked, then invited not fully scored, then the rest; what you may not see is sealed."
        case .report:
            "The printable panel report: call, panel, criteria, eligibility, ranking, statistics, agreement, audit."
        case .feedback:
            "One sheet per ranked candidate, in the folder named below: their own marks only."
        }
    }

    private func options(_ formats: [String]) -> [FormState.Option] {
        formats.map { FormState.Option(value: $0, label: $0) }
    }

    /// The kind or the format changed: the formats follow the kind, and the path follows both
    /// while it is still the one the dialog proposed.
    func exportOptionChanged(_ form: inout FormState) {
        guard let exporter, let kind = form.value("kind").flatMap(ExportKind.init(rawValue:)),
            let formatIndex = form.fields.firstIndex(where: { $0.name == "format" }),
            let pathIndex = form.fields.firstIndex(where: { $0.name == "path" })
        else { return }
        let oldPath = form.fields[pathIndex].value ?? ""
        let proposed = Set(
            ExportKind.allCases.flatMap { k in
                exporter.formats(for: k).map { k.defaultPath(format: $0) }
            })
        if form.focused.name == "kind" {
            let formats = exporter.formats(for: kind)
            form.fields[formatIndex].kind = .choice(options(formats), selected: 0)
        }
        let format = form.fields[formatIndex].value ?? ""
        if oldPath.isEmpty || proposed.contains(oldPath) {
            form.fields[pathIndex].kind = .text(
                CommandLineState(text: kind.defaultPath(format: format)))
            form.fields[pathIndex].isProposed = true
        }
    }

    /// Writes the export off the drawing path, its bar on the status line; Esc stops it, its
    /// temporary files removed and nothing recorded. A failure opens the dialog again with
    /// why.
    func saveExport(_ form: FormState) {
        guard let exporter,
            let kind = form.value("kind").flatMap(ExportKind.init(rawValue:)),
            let format = form.value("format"), let path = form.value("path")
        else { return }
        let request = ExportRequest(
            kind: kind, format: format, path: path.trimmingCharacters(in: .whitespaces),
            force: form.value("force") == "yes")
        state.form = nil
        startWork(
            title: "exporting the \(kind) as \(format) to \(Self.fileName(request.path))",
            cancellable: true, form: form
        ) { actor, control in
            try exporter.export(request, by: actor, control: control)
                .split(whereSeparator: \.isNewline).joined(separator: " ")
        }
    }

    private func proposedPath(_ field: FormState.Field) -> FormState.Field {
        var field = field
        field.isProposed = true
        return field
    }
}
