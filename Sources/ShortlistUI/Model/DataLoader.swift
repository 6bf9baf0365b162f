import ShortlistStore

/// Files brought into the database from the interface: the same functions as
/// `shortlist import` and `shortlist profile replace` (the interface reads no file format
/// itself; the executable wires the exchange layer in). Each runs on a thread of its own,
/// reports its progress to `control`, and, asked to stop, rolls its one transaction back.
public protocol DataLoader: AnyObject, Sendable {
    /// Imports a CAST export (CSV or JSON) as `actor`; returns the summary line
    /// ("read 250, imported 250, …"). Throws the store's refusal or why nothing was read;
    /// cancelled, throws `WorkCancelled` with the database as it was.
    func importApplications(from path: String, by actor: Actor, control: WorkControl) throws
        -> String
    /// Replaces the call profile with a TOML file and reassesses every application (before
    /// the grid is adopted); returns what changed.
    func replaceProfile(from path: String, by actor: Actor, control: WorkControl) throws
        -> String

    /// Makes an offline copy to annotate (`shortlist notes checkout`).
    func checkoutCopy(to path: String, by actor: Actor, control: WorkControl) throws -> String
    /// Writes the actor's own notes (or, `everyone`, the panel's) to a bundle file
    /// (`shortlist notes export`).
    func exportNotes(
        to path: String, everyone: Bool, force: Bool, by actor: Actor, control: WorkControl
    ) throws -> String
    /// Merges a bundle or a copy (`shortlist notes merge`): added, already held; refused
    /// whole, with each reason, when anything in it cannot be taken.
    func mergeNotes(from path: String, by actor: Actor, control: WorkControl) throws -> String
}
