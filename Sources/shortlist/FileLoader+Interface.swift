import ShortlistExchange
import ShortlistStore
import ShortlistUI

/// The interface's `:import`, `:replace-profile` and the notes screen's files run through the
/// exchange layer's loader, the one `shortlist import`, `shortlist profile replace` and
/// `shortlist notes` use; a stop asked for comes back as `WorkCancelled`.
extension FileLoader: DataLoader {
    public func importApplications(from path: String, by actor: Actor, control: WorkControl)
        throws -> String
    {
        do {
            return try importApplications(
                from: path, by: actor, progress: { control.report(fraction: $0, detail: $1) },
                isCancelled: { control.isCancelled })
        } catch is FileLoader.Stopped {
            throw WorkCancelled()
        }
    }

    public func replaceProfile(from path: String, by actor: Actor, control: WorkControl) throws
        -> String
    {
        do {
            return try replaceProfile(
                from: path, by: actor, progress: { control.report(fraction: $0, detail: $1) },
                isCancelled: { control.isCancelled })
        } catch is FileLoader.Stopped {
            throw WorkCancelled()
        }
    }

    public func checkoutCopy(to path: String, by actor: Actor, control: WorkControl) throws
        -> String
    {
        try checkoutCopy(to: path, by: actor)
    }

    public func exportNotes(
        to path: String, everyone: Bool, force: Bool, by actor: Actor, control: WorkControl
    ) throws -> String {
        do {
            return try exportNotes(
                to: path, everyone: everyone, force: force, by: actor,
                progress: { control.report(fraction: $0, detail: $1) },
                isCancelled: { control.isCancelled })
        } catch is FileLoader.Stopped {
            throw WorkCancelled()
        }
    }

    public func mergeNotes(from path: String, by actor: Actor, control: WorkControl) throws
        -> String
    {
        do {
            return try mergeNotes(
                from: path, by: actor, progress: { control.report(fraction: $0, detail: $1) },
                isCancelled: { control.isCancelled })
        } catch is FileLoader.Stopped {
            throw WorkCancelled()
        }
    }
}
