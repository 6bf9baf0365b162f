#if Postgres
    import Foundation
    import GRDB
    import PostgresNIO

    /// The audit trail as it moves: every entry with its own actor, time and hashes, and
    /// every value behind a digest with its salt (or its erasure), through the server's
    /// `import_audit`, which recomputes the chain and the digests as it writes them. Then the
    /// trail on the server is checked again from the client's side, as `audit verify` does.
    struct MigrationTrail {
        struct Value {
            var key: AuditValues.Key
            var object: String?
            var kind: String
            var sealed: Bool
            var salt: [UInt8]?
            var value: String?
            var erasedAt: String?
            var erasedBy: String?
        }

        var entries: [AuditEntry] = []
        var values: [Value] = []

        var headHash: String { entries.last?.hash ?? AuditChain.genesis }

        var moved: [PostgresMigration.Summary.Moved] {
            [
                .init(table: "audit", rows: entries.count),
                .init(table: "audit_values", rows: values.count),
            ]
        }

        static func read(_ db: Database) throws -> MigrationTrail {
            var trail = MigrationTrail()
            let entries = try Row.fetchCursor(
                db,
                sql:
                    "SELECT seq, at, actor, action, object, before, after, prev_hash, hash FROM audit ORDER BY seq"
            )
            while let row = try entries.next() {
                trail.entries.append(
                    AuditEntry(
                        seq: row[0], at: row[1], actor: row[2], action: row[3], object: row[4],
                        before: row[5], after: row[6], prevHash: row[7], hash: row[8]))
            }
            let values = try Row.fetchCursor(
                db,
                sql: """
                    SELECT seq, side, key, object, kind, sealed, salt, value, erased_at, erased_by
                    FROM audit_values ORDER BY seq, side, key
                    """)
            while let row = try values.next() {
                trail.values.append(
                    Value(
                        key: AuditValues.Key(seq: row[0], side: row[1], key: row[2]),
                        object: row[3], kind: row[4], sealed: (row[5] as Int64) != 0,
                        salt: (row[6] as Data?).map { Array($0) }, value: row[7],
                        erasedAt: row[8], erasedBy: row[9]))
            }
            return trail
        }

        /// The trail written by `import_audit` (a superuser's only, into an empty trail).
        static func importInto(_ session: PostgresSession, _ trail: MigrationTrail) throws {
            let entries = trail.entries.map { e in
                "{\"seq\":\(e.seq),\"at\":\(json(e.at)),\"actor\":\(json(e.actor)),"
                    + "\"action\":\(json(e.action)),\"object\":\(json(e.object)),"
                    + "\"before\":\(json(e.before)),\"after\":\(json(e.after)),"
                    + "\"prev_hash\":\(json(e.prevHash)),\"hash\":\(json(e.hash))}"
            }
            let values = trail.values.map { v in
                "{\"seq\":\(v.key.seq),\"side\":\(json(v.key.side)),\"key\":\(json(v.key.key)),"
                    + "\"object\":\(json(v.object)),\"kind\":\(json(v.kind)),\"sealed\":\(v.sealed),"
                    + "\"salt\":\(json(v.salt?.hex)),\"value\":\(json(v.value)),"
                    + "\"erased_at\":\(json(v.erasedAt)),\"erased_by\":\(json(v.erasedBy))}"
            }
            let entriesJSON = "[" + entries.joined(separator: ",") + "]"
            let valuesJSON = "[" + values.joined(separator: ",") + "]"
            let head = try session.value(
                "SELECT import_audit(\(entriesJSON)::jsonb, \(valuesJSON)::jsonb)", as: String.self)
            guard head == trail.headHash else {
                throw StoreError.invalid(
                    "the server's trail ends at \(head ?? "nothing") where the panel's ends at \(trail.headHash); nothing was changed"
                )
            }
        }

        private static func json(_ text: String?) -> String {
            text.map(AuditChain.quoted) ?? "null"
        }

        /// The trail on the server recomputed here: the chain, its recorded length and head,
        /// the same head as the panel's, and every value against its digest.
        static func verify(_ session: PostgresSession, expected: MigrationTrail) throws
            -> AuditVerification
        {
            var chain = AuditChainCheck()
            var digests: [AuditValues.Key: String] = [:]
            for row in try session.rows(
                "SELECT seq, at, actor, action, object, before, after, prev_hash, hash FROM audit ORDER BY seq"
            ) {
                let entry = try PostgresStore.auditEntry(row, session)
                digests.merge(AuditValues.digests(of: entry)) { a, _ in a }
                chain.add(entry)
            }
            var problem = chain.problem
            if problem == nil,
                let row = try session.rows("SELECT entries, hash FROM audit_head WHERE id = 1")
                    .first
            {
                let (entries, hash) = try row.decode((Int64, String).self)
                problem = chain.recordedHeadProblem(entries: entries, hash: hash)
            }
            if problem == nil,
                chain.head != expected.headHash
                    || chain.entries != expected.entries.count
            {
                problem = (
                    chain.lastSeq,
                    "the server's trail (\(chain.entries) entries, head \(chain.head.prefix(12))…) is not the panel's (\(expected.entries.count), \(expected.headHash.prefix(12))…)"
                )
            }
            var checked = 0
            var erased = 0
            var stored: Set<AuditValues.Key> = []
            for row in try session.rows("SELECT seq, side, key, salt, value FROM audit_values") {
                let (seq, side, key, salt, value) = try row.decode(
                    (Int64, String, String, ByteBuffer?, String?).self)
                let id = AuditValues.Key(seq: seq, side: side, key: key)
                stored.insert(id)
                guard let digest = digests[id] else {
                    if problem == nil {
                        problem = (
                            seq,
                            "a stored value claims entry \(seq)'s “\(key)”, which the entry does not commit to"
                        )
                    }
                    continue
                }
                guard let value else {
                    erased += 1
                    continue
                }
                checked += 1
                let bytes = salt.map { Array($0.readableBytesView) } ?? []
                if problem == nil,
                    AuditValues.prefix + AuditValues.hmac(salt: bytes, value: value) != digest
                {
                    problem = (seq, "entry \(seq)'s “\(key)” does not match its digest")
                }
            }
            if problem == nil,
                let missing = digests.keys.filter({ !stored.contains($0) }).min(by: {
                    $0.seq < $1.seq
                })
            {
                problem = (
                    missing.seq,
                    "the value behind entry \(missing.seq)'s “\(missing.key)” did not arrive"
                )
            }
            if let problem {
                throw StoreError.invalid(
                    "the moved trail does not verify on the server (entry \(problem.seq): \(problem.reason)); nothing was changed"
                )
            }
            return AuditVerification(
                entries: chain.entries, headHash: chain.head, firstProblem: nil,
                valuesChecked: checked, valuesErased: erased)
        }
    }
#endif
