#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// The one way the PostgreSQL engine appends to the trail: through the server's
    /// `audit_append`, which takes the actor from the connected role and the time from the
    /// server, chains the entry under a row lock and checks every value against its digest.
    /// Free text, reasons and marks enter as salted digests exactly as `AuditWriter` makes them
    /// on SQLite, so that a trail moved between engines verifies unchanged.
    ///
    /// Use inside a `transaction` with the change it records: hand out digests with
    /// `digest(…)`, put them in `before`/`after`, then `append`.
    final class PostgresAuditAppend: AuditDigests {
        private let session: PostgresSession
        /// Values handed out as digests and not yet carried by an appended entry.
        private var pending: [String: AuditValues.Pending] = [:]

        init(_ session: PostgresSession) {
            self.session = session
        }

        func hold(_ item: AuditValues.Pending) -> String {
            pending[item.digest] = item
            return item.digest
        }

        /// Appends one entry; returns its sequence number and the server's time.
        @discardableResult
        func append(
            action: String, object: String? = nil, before: [String: String]? = nil,
            after: [String: String]? = nil
        ) throws -> (seq: Int64, at: String) {
            var items: [String] = []
            var used: [String] = []
            for (side, values) in [("before", before), ("after", after)] {
                for (key, digest) in (values ?? [:]).sorted(by: { $0.key < $1.key }) {
                    guard let item = pending[digest] else { continue }
                    items.append(
                        "{\"side\":\"\(side)\",\"key\":\(AuditChain.quoted(key)),"
                            + "\"kind\":\"\(item.kind.rawValue)\",\"sealed\":\(item.sealed),"
                            + "\"salt\":\"\(item.salt.hex)\",\"value\":\(AuditChain.quoted(item.value))}"
                    )
                    used.append(digest)
                }
            }
            let values = "[" + items.joined(separator: ",") + "]"
            let beforeJSON = AuditChain.json(before)
            let afterJSON = AuditChain.json(after)
            guard
                let row = try session.rows(
                    "SELECT seq, at FROM audit_append(\(action), \(object), \(beforeJSON), \(afterJSON), \(values)::jsonb)"
                ).first
            else {
                throw StoreError.invalid("the server appended no audit entry for \(action)")
            }
            for digest in used { pending[digest] = nil }
            do {
                let (seq, at) = try row.decode((Int64, String).self)
                return (seq, at)
            } catch {
                throw PostgresStore.failure(error, at: session.location)
            }
        }
    }

    extension PostgresStore {
        /// Runs `change` and appends the entry it describes in one transaction, after
        /// checking that `actor` is the connected role and that their role may `permission`.
        func audited<T: Sendable>(
            _ actor: Actor, _ permission: PanelAction?, action: String, object: String? = nil,
            _ change: (PostgresSession, PostgresAuditAppend) throws -> (
                T, before: [String: String]?, after: [String: String]?
            )
        ) throws -> T {
            try requireActing(actor, for: permission)
            if let permission { try requirePermission(permission, actor) }
            return try transaction { session in
                let audit = PostgresAuditAppend(session)
                let (result, before, after) = try change(session, audit)
                try audit.append(action: action, object: object, before: before, after: after)
                return result
            }
        }

        /// The role's permission, as `Authorisation.require` asks on SQLite (same refusal).
        func requirePermission(_ action: PanelAction, _ actor: Actor) throws {
            if action == .read { return }
            let role = acting.flatMap { $0.name == actor.name ? $0.role : nil }
            guard let role, Permissions.allows(role, action) else {
                throw PermissionDenied(actor: actor.name, role: role, action: action)
            }
        }
    }
#endif
