import Foundation
import ShortlistCore

/// Notes, tags and offline copies (docs/offline-notes.md): the notes themselves, the bundles
/// that carry them between a panel and its copies, and the keys that sign them.
public protocol NoteRecords: Sendable {
    func notes(for id: ApplicationID?, includeDeleted: Bool) throws -> [NoteState]
    func note(_ noteID: String) throws -> NoteState?
    func tags(for id: ApplicationID) throws -> [String]
    func tags(for ids: [ApplicationID]) throws -> [ApplicationID: [String]]
    func tagCounts() throws -> [(tag: String, candidates: Int)]
    func noteVersionCount() throws -> Int

    @discardableResult
    func addNote(
        on id: ApplicationID, text: String, criterion: CriterionID?, tags: [String],
        by actor: Actor
    ) throws -> NoteState
    @discardableResult
    func editNote(_ noteID: String, text: String, tags: [String]?, by actor: Actor) throws
        -> NoteState
    @discardableResult
    func deleteNote(_ noteID: String, by actor: Actor) throws -> NoteState
    @discardableResult
    func resolveNoteConflict(_ noteID: String, text: String, tags: [String]?, by actor: Actor)
        throws -> NoteState
    /// The full id of a note from the prefix a person typed.
    func resolveNoteID(_ typed: String) throws -> String

    func notesFamilyID() throws -> String
    /// The panel a copy was checked out from; nil for a panel's own database.
    func copyOrigin() throws -> String?
    /// The acting person's note versions written since their last export.
    func notesToExport(by actor: Actor) throws -> NotesToExport
    /// The notes to take to another copy; asked to stop (`steps`), nothing is audited.
    func exportNotes(author: String?, since: Timestamp?, steps: WorkSteps, by actor: Actor)
        throws -> NoteBundle
    func notesOfCopy() throws -> NoteBundle
    /// Merges a bundle, whole or not at all; `steps` hears how many versions were written
    /// and, asked to stop, the merge is rolled back.
    func mergeNotes(
        _ bundle: NoteBundle, source: String, sha256: String, steps: WorkSteps, by actor: Actor
    ) throws -> NoteMergeReport
    func sign(_ bundle: NoteBundle) throws -> NoteBundle
    func offlineCopies() throws -> [OfflineCopy]
    /// A reviewer's offline copy in a new SQLite file at `url`, whichever engine holds the
    /// panel (`NoteCopyFile`): the applications and notes as the actor may read them, never
    /// scoring; its public key recorded here with the actor as its owner, audited. A file
    /// that cannot be written records nothing; a record refused removes the file.
    @discardableResult
    func checkoutCopy(to url: URL, by actor: Actor) throws -> NoteCheckout
}

extension NoteRecords {
    public func exportNotes(author: String?, since: Timestamp?, by actor: Actor) throws
        -> NoteBundle
    {
        try exportNotes(author: author, since: since, steps: .unwatched, by: actor)
    }

    public func mergeNotes(_ bundle: NoteBundle, source: String, sha256: String, by actor: Actor)
        throws -> NoteMergeReport
    {
        try mergeNotes(bundle, source: source, sha256: sha256, steps: .unwatched, by: actor)
    }

    public func notes(for id: ApplicationID? = nil, includeDeleted: Bool = false) throws
        -> [NoteState]
    {
        try notes(for: id, includeDeleted: includeDeleted)
    }

    @discardableResult
    public func addNote(
        on id: ApplicationID, text: String, criterion: CriterionID? = nil, tags: [String] = [],
        by actor: Actor
    ) throws -> NoteState {
        try addNote(on: id, text: text, criterion: criterion, tags: tags, by: actor)
    }

    @discardableResult
    public func editNote(
        _ noteID: String, text: String, tags: [String]? = nil, by actor: Actor
    ) throws -> NoteState {
        try editNote(noteID, text: text, tags: tags, by: actor)
    }

    @discardableResult
    public func resolveNoteConflict(
        _ noteID: String, text: String, tags: [String]? = nil, by actor: Actor
    ) throws -> NoteState {
        try resolveNoteConflict(noteID, text: text, tags: tags, by: actor)
    }
}
