import ShortlistCore
import ShortlistStore

/// What `profile show` says after the TOML: which values the call states and which the panel
/// chose, and whether the panel has adopted them, so that a reader never takes a panel's
/// number for the call's. The words are `GridWording`'s, shared with the interface.
enum ProfileSummary {
    static func text(_ sources: ValueSources?, adoption: GridAdoption?) -> String {
        GridWording.summary(
            sources, adoption: adoption, howToAdopt: "`shortlist profile adopt --user CHAIR`"
        ).joined(separator: "\n")
    }
}
