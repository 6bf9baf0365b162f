/// The tabs of the detail pane, in the order they are shown and numbered.
public enum DetailTab: Int, CaseIterable, Sendable {
    case details
    case eligibility
    case screening
    case audit
    case notes

    public var title: String {
        switch self {
        case .details: "Details"
        case .eligibility: "Eligibility"
        case .screening: "Screening"
        case .audit: "Audit"
        case .notes: "Notes"
        }
    }

    /// The command that shows this tab.
    var command: CommandID {
        switch self {
        case .details: .tabDetails
        case .eligibility: .tabEligibility
        case .screening: .tabScreening
        case .audit: .tabAudit
        case .notes: .tabNotes
        }
    }
}
