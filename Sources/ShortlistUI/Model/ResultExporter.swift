import ShortlistStore

/// What leaves the tool from the ranking view: the ranking, the panel report, or the
/// candidates' feedback sheets. The interface owns this protocol; the writers live in the
/// exchange layer and are injected (`shortlist` gives the real one), so that no screen writes
/// a file or reads a table itself. Sendable like `CandidateSource` and `PanelSource`: the
/// session may hand it to a queue of its own.
public protocol ResultExporter: Sendable {
    /// The formats of a kind, the first the default.
    func formats(for kind: ExportKind) -> [String]
    /// Writes the export and records it in the audit trail; returns what to tell the person
    /// (the file, the rows). Throws the store's refusal, or why nothing was written. It runs
    /// off the drawing path, reports how far it is to `control` and, when `control` is
    /// cancelled, throws `WorkCancelled` having written and recorded nothing.
    func export(_ request: ExportRequest, by actor: Actor, control: WorkControl) throws
        -> String
}

public enum ExportKind: String, Sendable, CaseIterable {
    case ranking, report, feedback

    /// A file name to start from in the dialog.
    public func defaultPath(format: String) -> String {
        switch self {
        case .ranking: "ranking.\(format)"
        case .report: "panel-report.\(format)"
        case .feedback: "feedback"
        }
    }
}

/// One export as the dialog asks for it.
public struct ExportRequest: Sendable, Equatable {
    public var kind: ExportKind
    public var format: String
    /// A file for the ranking and the report, a folder for feedback sheets (one per ranked
    /// candidate).
    public var path: String
    public var force: Bool

    public init(kind: ExportKind, format: String, path: String, force: Bool = false) {
        self.kind = kind
        self.format = format
        self.path = path
        self.force = force
    }
}
