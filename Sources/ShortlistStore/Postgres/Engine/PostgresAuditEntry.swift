#if Postgres
    import Foundation
    import PostgresNIO

    /// An audit entry as `audit_append` takes it: `before` and `after` with salted digests in
    /// place of free text, and the values behind them, which the server checks against the
    /// digests and keeps in `audit_values` (erasable). The actor and the time are the server's.
    struct PostgresAuditEntry {
        var action: String
        var object: String?
        var before: [String: String]?
        var after: [String: String]?
        private var values: [String] = []

        init(action: String, object: String? = nil) {
            self.action = action
            self.object = object
        }

        /// The digest of a text (a note, a filter's expression) for `side`'s `key`.
        mutating func digest(_ text: String, side: Side, key: String, sealed: Bool = false)
            -> String
        {
            add(AuditValues.Pending(value: text, kind: .text, sealed: sealed), side, key)
        }

        /// The same for a reason or a name that `audit log` shows until erased.
        mutating func digest(reason: String, side: Side, key: String) -> String {
            add(AuditValues.Pending(value: reason, kind: .reason, sealed: false), side, key)
        }

        enum Side: String { case before, after }

        private mutating func add(_ item: AuditValues.Pending, _ side: Side, _ key: String)
            -> String
        {
            values.append(
                "{\"side\":\"\(side.rawValue)\",\"key\":\(AuditChain.quoted(key)),\"kind\":\"\(item.kind.rawValue)\","
                    + "\"sealed\":\(item.sealed),\"salt\":\"\(item.salt.hex)\",\"value\":\(AuditChain.quoted(item.value))}"
            )
            return item.digest
        }

        /// Appends the entry in the session's transaction.
        func append(_ session: PostgresSession) throws {
            let before = AuditChain.json(before)
            let after = AuditChain.json(after)
            let items = "[" + values.joined(separator: ",") + "]"
            try session.execute(
                "SELECT seq FROM audit_append(\(action), \(object), \(before), \(after), \(items)::jsonb)"
            )
        }
    }
#endif
