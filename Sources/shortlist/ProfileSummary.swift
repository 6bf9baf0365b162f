import ShortlistCore
import ShortlistStore

/// What `profile show` says after the TOML: which values the call states and which the panel
/// chose, and whether the panel has adopted them, so that a reader never takes a panel's
/// number for the call's.
enum ProfileSummary {
    static func text(_ sources: ValueSources?, adoption: GridAdoption?) -> String {
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
        if let adoption {
            lines.append(
                "Adopted by the panel: its chair, \(adoption.by), adopted the grid at \(adoption.at)"
                    + (adoption.gridSHA256.map { "; grid SHA-256 \($0)" } ?? "") + ".")
        } else {
            lines.append(
                "Not adopted: the panel's values are a proposal; the chair adopts the grid before anyone screens or scores (`shortlist profile adopt --user CHAIR`)."
            )
        }
        return lines.joined(separator: "\n")
    }
}
