#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// Entries for the trail on a server, through `audit_append`: the server chains them and
    /// names the actor and the time. Values given out as digests (`digest(reason:)`) travel
    /// with the entry that carries them, and the server checks each against its digest.
    final class ServerAuditAppend {
        private let session: PostgresSession
        private var pending: [String: AuditValues.Pending] = [:]

        init(_ session: PostgresSession) {
            self.session = session
        }

        func digest(_ text: String, sealed: Bool = false) -> String {
            add(AuditValues.Pending(value: text, kind: .text, sealed: sealed))
        }

        func digest(reason: String) -> String {
            add(AuditValues.Pending(value: reason, kind: .reason, sealed: false))
        }

        private func add(_ item: AuditValues.Pending) -> String {
            pending[item.digest] = item
            return item.digest
        }

        /// Appends one entry with the same `before` and `after` objects SQLite's trail holds.
        func append(
            action: String, object: String? = nil, before: [String: String]? = nil,
            after: [String: String]? = nil
        ) throws {
            var items: [String] = []
            for (side, values) in [("before", before), ("after", after)] {
                for (key, digest) in (values ?? [:]).sorted(by: { $0.key < $1.key }) {
                    guard let item = pending[digest] else { continue }
                    items.append(
                        "{\"side\":\"\(side)\",\"key\":\(AuditChain.quoted(key)),"
                            + "\"kind\":\"\(item.kind.rawValue)\",\"sealed\":\(item.sealed),"
                            + "\"salt\":\"\(item.salt.hex)\",\"value\":\(AuditChain.quoted(item.value))}"
                    )
                    pending[digest] = nil
                }
            }
            let values = "[" + items.joined(separator: ",") + "]"
            try session.execute(
                "SELECT audit_append(\(action), \(object), \(AuditChain.json(before)), \(AuditChain.json(after)), \(values)::jsonb)"
            )
        }
    }
#endif
