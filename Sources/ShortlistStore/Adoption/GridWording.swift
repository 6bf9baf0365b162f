import ShortlistCore

/// How Shortlist words the call's values against the panel's choices, and the grid's
/// adoption: one place for `profile show` and the interface's profile screen, so that the two
/// never say it differently.
public enum GridWording {
    /// A value's origin, as shown beside it: "stated by the call", "the panel's choice".
    public static func origin(_ source: ValueSource) -> String {
        switch source {
        case .call: "stated by the call"
        case .panel: "the panel's choice"
        }
    }

    /// Which values the call states and which the panel chose, then whether the panel adopted
    /// them. `howToAdopt` names the step for the reader (a command, a key).
    public static func summary(
        _ sources: ValueSources?, adoption: GridAdoption?, howToAdopt: String
    ) -> [String] {
        let sources = sources ?? ValueSources()
        var lines: [String] = []
        let call = sources.labels(of: .call)
        let panel = sources.labels(of: .panel)
        if !call.isEmpty {
            lines.append("Stated by the call: " + call.joined(separator: "; ") + ".")
        }
        if !panel.isEmpty {
            lines.append("Chosen by the panel: " + panel.joined(separator: "; ") + ".")
        }
        lines.append(adoption.map(adopted) ?? notAdopted(howToAdopt: howToAdopt))
        return lines
    }

    /// Who adopted the grid, when, and its digest.
    public static func adopted(_ adoption: GridAdoption) -> String {
        "Adopted by the panel: its chair, \(adoption.by), adopted the grid at \(adoption.at)"
            + (adoption.gridSHA256.map { "; grid SHA-256 \($0)" } ?? "") + "."
    }

    /// The grid still a proposal, and how to adopt it.
    public static func notAdopted(howToAdopt: String) -> String {
        "Not adopted: the panel's values are a proposal; the chair adopts the grid before anyone screens or scores (\(howToAdopt))."
    }

    /// What the confirmation before adopting says.
    public static let adoptionWarning =
        "After this it cannot change: the criteria, weights, scale, pass marks and reserve list size are fixed, and the audit trail records who adopted them, when, and the grid's SHA-256."
}
