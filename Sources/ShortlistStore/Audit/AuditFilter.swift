import GRDB
import ShortlistCore

/// Which entries of the trail to read: by who, what (an action or its family: `score` is
/// every `score.…`), which candidate, and when (ISO 8601 times or their prefixes: `2026-01`
/// is the whole month). Nil everywhere reads the whole trail. `shortlist audit log` and the
/// interface's audit screen filter through this one definition.
public struct AuditFilter: Sendable, Equatable {
    public var actor: String?
    public var action: String?
    public var candidate: ApplicationID?
    /// The first time to include, as far as it is written.
    public var since: String?
    /// The last time to include, as far as it is written (`2026-01-15` is the whole day).
    public var until: String?
    /// A page's bound, not a filter of the user's: only entries older than this sequence
    /// number (the audit screen reads the trail a page at a time, newest first).
    public var olderThan: Int64?

    public init(
        actor: String? = nil, action: String? = nil, candidate: ApplicationID? = nil,
        since: String? = nil, until: String? = nil
    ) {
        func given(_ text: String?) -> String? {
            let trimmed = text?.trimmingCharacters(in: .whitespaces) ?? ""
            return trimmed.isEmpty ? nil : trimmed
        }
        self.actor = given(actor)
        self.action = given(action)
        self.candidate = given(candidate?.rawValue).map(ApplicationID.init(rawValue:))
        self.since = given(since)
        self.until = given(until)
    }

    public var isEmpty: Bool {
        var filter = self
        filter.olderThan = nil
        return filter == AuditFilter()
    }

    /// "by ana · score · APP-0000003 · since 2026-01 · until 2026-02", for titles.
    public var summary: String {
        var parts: [String] = []
        if let actor { parts.append("by \(actor)") }
        if let action { parts.append(action) }
        if let candidate { parts.append(candidate.rawValue) }
        if let since { parts.append("since \(since)") }
        if let until { parts.append("until \(until)") }
        return parts.joined(separator: " · ")
    }

    /// The SQL condition and its arguments (times compare as text: ISO 8601 in UTC sorts).
    var condition: (sql: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let actor {
            clauses.append("actor = ?")
            arguments += [actor]
        }
        if let action {
            clauses.append("(action = ? OR action LIKE ? ESCAPE '\\')")
            let escaped = action.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(
                    of: "_", with: "\\_")
            arguments += [action, escaped + ".%"]
        }
        if let candidate {
            clauses.append("object = ?")
            arguments += [candidate.rawValue]
        }
        if let since {
            clauses.append("at >= ?")
            arguments += [since]
        }
        if let until {
            clauses.append("substr(at, 1, ?) <= ?")
            arguments += [until.count, until]
        }
        if let olderThan {
            clauses.append("seq < ?")
            arguments += [olderThan]
        }
        return (clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND "), arguments)
    }
}

extension AuditVerification {
    /// The one line `shortlist audit verify` prints: intact with the length and head, or
    /// where the chain first breaks.
    public var summary: String {
        if let problem = firstProblem {
            return "audit trail broken at entry \(problem.seq): \(problem.reason)"
        }
        return "audit trail intact: \(entries) entries, head \(headHash)"
    }
}
