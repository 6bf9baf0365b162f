import Foundation
import ShortlistCore
import TerminalKit

/// A form over the screen, while it is open: the screening marks of one candidate, or an
/// override and its justification. Pure values and changes, so that a test can drive it
/// without a screen; the app saves it through the store when it is accepted.
public struct FormState: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case screening(ApplicationID)
        case override(ApplicationID)
        case withdrawOverride(ApplicationID)
        /// The comment on one criterion of the acting member's scorecard.
        case scoreComment(ApplicationID, CriterionID)
        /// The overall note of the acting member's scorecard.
        case scoreNote(ApplicationID)
        /// The chair reopens a member's submitted card, with a reason.
        case reopenScorecard(ApplicationID)
        /// A new note (or, from `t`, tags) on a candidate.
        case note(ApplicationID)
        /// One text for a note in conflict.
        case resolveNote(ApplicationID, noteID: String)
        /// An export from the ranking view: kind, format, path.
        case export
        /// The chair reopens the final ranking, with a reason.
        case reopenRanking
        /// The audit screen's filter: who, what, candidate, since, until.
        case auditFilter
        /// A new text for one of the acting person's notes on a candidate.
        case editNote(ApplicationID)
        /// The acting member declares their own conflict of interest with a candidate.
        case declareConflict(ApplicationID)
        /// The chair excuses a member from a candidate's interview, or withdraws that.
        case excuse(ApplicationID)
        case withdrawExcuse(ApplicationID)
        /// A new roster entry.
        case rosterAdd
        /// The login bound to a roster entry (empty: none).
        case rosterBind(String)
        /// A conflict of interest recorded for a roster entry.
        case recordConflict(String)
        /// The file of a notes export, merge or checkout.
        case notesFile(CommandID)
    }

    /// One choice of a field: its word (what is stored), how it shows, and, for a field whose
    /// help depends on the choice (a rule), what to say about it.
    public struct Option: Sendable, Equatable {
        public var value: String
        public var label: String
        public var role: ThemeRole?
        public var help: String?

        public init(value: String, label: String, role: ThemeRole? = nil, help: String? = nil) {
            self.value = value
            self.label = label
            self.role = role
            self.help = help
        }
    }

    public enum Kind: Sendable, Equatable {
        /// Options in a row; nothing chosen yet is nil.
        case choice([Option], selected: Int?)
        /// One line of text, edited like the command line.
        case text(CommandLineState)
    }

    public struct Field: Sendable, Equatable {
        /// What the field is, for the code: a criterion id, `rule`, `note`.
        public var name: String
        public var label: String
        public var kind: Kind
        /// Shown under the fields while this one has the focus.
        public var help: String
        public var isRequired: Bool
        /// A screening criterion: the mark keys (met, partly…) apply to it.
        public var takesMarks: Bool
        /// The text is a proposal (a file name, say): the first character typed replaces it,
        /// as a selected text would be; a movement or editing key keeps it for editing.
        public var isProposed = false
        /// Its help stays in view, docked, whichever field has the focus: the data a
        /// justification answers to.
        public var helpStays = false

        public init(
            name: String, label: String, kind: Kind, help: String = "", isRequired: Bool = false,
            takesMarks: Bool = false
        ) {
            self.name = name
            self.label = label
            self.kind = kind
            self.help = help
            self.isRequired = isRequired
            self.takesMarks = takesMarks
        }

        public var isText: Bool {
            if case .text = kind { return true }
            return false
        }

        /// The chosen option's value, or the text typed; nil when nothing is chosen.
        public var value: String? {
            switch kind {
            case .choice(let options, let selected): return selected.map { options[$0].value }
            case .text(let line): return line.string
            }
        }

        /// The help for the option chosen, else the field's own.
        public var currentHelp: String {
            if case .choice(let options, let selected?) = kind, let help = options[selected].help {
                return help
            }
            return help
        }
    }

    public var title: String
    public var purpose: Purpose
    public var fields: [Field]
    public var focus = 0
    /// What is wrong with what was entered: shown in the form until the next change.
    public var problem: String?

    public init(title: String, purpose: Purpose, fields: [Field], focus: Int = 0) {
        self.title = title
        self.purpose = purpose
        self.fields = fields
        self.focus = min(max(0, focus), max(0, fields.count - 1))
    }

    public var focused: Field { fields[focus] }

    public func value(_ name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    public mutating func moveFocus(by delta: Int) {
        guard !fields.isEmpty else { return }
        focus = min(max(0, focus + delta), fields.count - 1)
    }

    /// Steps the focused field's choice; a field with nothing chosen starts at its first
    /// (forwards) or last (backwards) option.
    public mutating func stepOption(by delta: Int) -> Bool {
        guard case .choice(let options, let selected) = fields[focus].kind, !options.isEmpty
        else { return false }
        let next: Int
        if let selected {
            next = min(max(0, selected + delta), options.count - 1)
        } else {
            next = delta > 0 ? 0 : options.count - 1
        }
        fields[focus].kind = .choice(options, selected: next)
        problem = nil
        return true
    }

    /// Chooses the option with this value in the focused field.
    public mutating func choose(_ value: String) -> Bool {
        guard case .choice(let options, _) = fields[focus].kind,
            let index = options.firstIndex(where: { $0.value == value })
        else { return false }
        fields[focus].kind = .choice(options, selected: index)
        problem = nil
        return true
    }

    /// Chooses an option of any field (a click).
    public mutating func choose(option index: Int, inField field: Int) {
        guard fields.indices.contains(field),
            case .choice(let options, _) = fields[field].kind, options.indices.contains(index)
        else { return }
        focus = field
        fields[field].kind = .choice(options, selected: index)
        problem = nil
    }

    /// Edits the focused text field; false when it is not one or the key is not an editing key.
    public mutating func edit(_ key: Key, keymap: Keymap = .standard) -> Bool {
        guard case .text(var line) = fields[focus].kind else { return false }
        if fields[focus].isProposed, case .character = key,
            keymap.command(for: key, in: .line) == nil
        {
            line = CommandLineState()
        }
        guard line.edit(key, keymap: keymap) else { return false }
        fields[focus].isProposed = false
        fields[focus].kind = .text(line)
        problem = nil
        return true
    }

    /// The first required field left empty, with what to say.
    public var missingRequired: (index: Int, message: String)? {
        for (i, field) in fields.enumerated() where field.isRequired {
            let value = field.value?.trimmingCharacters(in: .whitespaces) ?? ""
            if value.isEmpty { return (i, "\(field.label.lowercased()) is required") }
        }
        return nil
    }
}
