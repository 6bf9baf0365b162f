#if Postgres
    import Foundation
    import ShortlistCore

    /// NoteRecords on PostgreSQL.
    extension PostgresStore: NoteRecords {
        public func notes(for id: ApplicationID?, includeDeleted: Bool) throws -> [NoteState] {
            throw PostgresStore.unported("notes")
        }

        public func note(_ noteID: String) throws -> NoteState? {
            throw PostgresStore.unported("note")
        }

        public func tags(for id: ApplicationID) throws -> [String] {
            throw PostgresStore.unported("tags")
        }

        public func tags(for ids: [ApplicationID]) throws -> [ApplicationID: [String]] {
            throw PostgresStore.unported("tags")
        }

        public func tagCounts() throws -> [(tag: String, candidates: Int)] {
            throw PostgresStore.unported("tagCounts")
        }

        public func noteVersionCount() throws -> Int {
            throw PostgresStore.unported("noteVersionCount")
        }

        @discardableResult
        public func addNote(
            on id: ApplicationID, text: String, criterion: CriterionID?, tags: [String],
            by actor: Actor
        ) throws -> NoteState {
            throw PostgresStore.unported("addNote")
        }

        @discardableResult
        public func editNote(_ noteID: String, text: String, tags: [String]?, by actor: Actor)
            throws
            -> NoteState
        {
            throw PostgresStore.unported("editNote")
        }

        @discardableResult
        public func deleteNote(_ noteID: String, by actor: Actor) throws -> NoteState {
            throw PostgresStore.unported("deleteNote")
        }

        @discardableResult
        public func resolveNoteConflict(
            _ noteID: String, text: String, tags: [String]?, by actor: Actor
        )
            throws -> NoteState
        {
            throw PostgresStore.unported("resolveNoteConflict")
        }

        public func resolveNoteID(_ typed: String) throws -> String {
            throw PostgresStore.unported("resolveNoteID")
        }

        public func notesFamilyID() throws -> String {
            throw PostgresStore.unported("notesFamilyID")
        }

        public func copyOrigin() throws -> String? {
            throw PostgresStore.unported("copyOrigin")
        }

        public func notesToExport(by actor: Actor) throws -> NotesToExport {
            throw PostgresStore.unported("notesToExport")
        }

        public func exportNotes(author: String?, since: Timestamp?, by actor: Actor) throws
            -> NoteBundle
        {
            throw PostgresStore.unported("exportNotes")
        }

        public func notesOfCopy() throws -> NoteBundle {
            throw PostgresStore.unported("notesOfCopy")
        }

        public func mergeNotes(
            _ bundle: NoteBundle, source: String, sha256: String, by actor: Actor
        )
            throws -> NoteMergeReport
        {
            throw PostgresStore.unported("mergeNotes")
        }

        public func sign(_ bundle: NoteBundle) throws -> NoteBundle {
            throw PostgresStore.unported("sign")
        }

        public func offlineCopies() throws -> [OfflineCopy] {
            throw PostgresStore.unported("offlineCopies")
        }
    }
#endif
