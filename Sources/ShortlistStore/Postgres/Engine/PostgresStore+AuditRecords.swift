#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// AuditRecords on PostgreSQL. The server seals `audit_values` row by row, so the store reads
    /// with plain SELECTs: what a role may not read never reaches it.
    extension PostgresStore: AuditRecords {
        public func auditLog(candidate: ApplicationID?, by actor: Actor, limit: Int?) throws
            -> [AuditEntry]
        {
            try auditLog(filter: AuditFilter(candidate: candidate), by: actor, limit: limit)
        }

        public func auditLog(filter: AuditFilter, by actor: Actor, limit: Int?, newest: Bool) throws
            -> [AuditEntry]
        {
            try requirePermission(.readAuditTrail, actor)
            return try transaction { session in
                var entries = try session.rows(
                    Self.auditQuery(filter, limit: limit, newest: newest)
                )
                .map { try Self.auditEntry($0, session) }
                if newest { entries.reverse() }
                let redacted = ScoreRedaction(
                    viewer: actor, othersCardsVisible: try Self.othersCardsVisible(session)
                ).redact(entries)
                return try Self.resolve(redacted, for: actor, session)
            }
        }

        /// The filter as `AuditFilter.condition` says it, every value bound.
        static func auditQuery(_ filter: AuditFilter, limit: Int?, newest: Bool) throws
            -> PostgresQuery
        {
            var clauses: [String] = []
            var binds = PostgresBindings()
            func bind(_ value: String) -> String {
                binds.append(value)
                return "$\(binds.count)"
            }
            if let actor = filter.actor { clauses.append("actor = \(bind(actor))") }
            if let action = filter.action {
                let escaped = action.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(
                        of: "_", with: "\\_")
                clauses.append(
                    "(action = \(bind(action)) OR action LIKE \(bind(escaped + ".%")) ESCAPE '\\')")
            }
            if let candidate = filter.candidate {
                clauses.append("object = \(bind(candidate.rawValue))")
            }
            if let since = filter.since { clauses.append("at >= \(bind(since))") }
            if let until = filter.until {
                clauses.append("substr(at, 1, \(until.count)) <= \(bind(until))")
            }
            var sql =
                "SELECT seq, at, actor, action, object, before, after, prev_hash, hash FROM audit"
            if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
            sql += newest ? " ORDER BY seq DESC" : " ORDER BY seq"
            if let limit { sql += " LIMIT \(max(0, limit))" }
            return PostgresQuery(unsafeSQL: sql, binds: binds)
        }

        static func auditEntry(_ row: PostgresRow, _ session: PostgresSession) throws -> AuditEntry
        {
            do {
                let (seq, at, actor, action, object, before, after, prev, hash) = try row.decode(
                    (Int64, String, String, String, String?, String?, String?, String, String).self)
                return AuditEntry(
                    seq: seq, at: at, actor: actor, action: action, object: object,
                    before: before, after: after, prevHash: prev, hash: hash)
            } catch {
                throw PostgresStore.failure(error, at: session.location)
            }
        }

        /// The candidates whose submitted cards by others the connected role may see now (the
        /// sealing rule, as `card_visible` keeps it): a scorer who submitted their own card
        /// and declared no conflict.
        static func othersCardsVisible(_ session: PostgresSession) throws -> Set<String> {
            Set(
                try session.rows(
                    """
                    SELECT c.application_id FROM scorecards s JOIN candidates c ON c.id = s.candidate_id
                    WHERE s.member = my_name() AND s.submitted_at IS NOT NULL
                      AND my_role() IN ('chair', 'member')
                      AND NOT EXISTS (SELECT 1 FROM conflicts x
                        WHERE x.candidate_id = s.candidate_id AND x.member = s.member)
                    """
                ).map { try $0.decode(String.self) })
        }

        /// The digests replaced by what they stand for, as `AuditValues.resolve` does: the
        /// server's row policy has already left out every value the role may not read.
        static func resolve(_ entries: [AuditEntry], for viewer: Actor, _ session: PostgresSession)
            throws -> [AuditEntry]
        {
            let wanted = AuditValueDisplay.wanted(entries)
            guard !wanted.isEmpty else { return entries }
            var shown: [Int64: [String: [String: String]]] = [:]
            for row in try session.rows(
                """
                SELECT seq, side, key, value, erased_at, erased_by, kind FROM audit_values
                WHERE seq = ANY(\(wanted))
                """)
            {
                let (seq, side, key, value, erasedAt, erasedBy, kind) = try row.decode(
                    (Int64, String, String, String?, String?, String?, String).self)
                guard
                    let text = AuditValueDisplay.shown(
                        value: value, kind: kind, erasedAt: erasedAt, erasedBy: erasedBy)
                else { continue }
                shown[seq, default: [:]][side, default: [:]][key] = text
            }
            return AuditValueDisplay.substituted(entries, shown)
        }

        public func auditHead() throws -> DataState? {
            try withSession { session in
                guard
                    let row = try session.rows(
                        "SELECT seq, hash, at FROM audit ORDER BY seq DESC LIMIT 1"
                    ).first
                else { return nil }
                let (seq, hash, at) = try row.decode((Int64, String, String).self)
                return DataState(seq: seq, headHash: hash, at: at)
            }
        }

        /// The whole chain recomputed, as on SQLite, and every stored value the connected role
        /// may read checked against its digest. A value sealed from the role (row-level
        /// security) is counted as not checked, not as missing: `audit_value_keys()` tells the
        /// role which values exist without handing out one of them.
        public func verifyAuditTrail(expectedHead: String?) throws -> AuditVerification {
            let expectedHead = expectedHead?.lowercased()
            return try transaction { session in
                try session.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                var chain = AuditChainCheck()
                var digests: [AuditValues.Key: String] = [:]
                for row in try session.rows(
                    "SELECT seq, at, actor, action, object, before, after, prev_hash, hash FROM audit ORDER BY seq"
                ) {
                    let entry = try Self.auditEntry(row, session)
                    digests.merge(AuditValues.digests(of: entry)) { a, _ in a }
                    chain.add(entry)
                }
                var problem = chain.problem.map { ($0.seq, $0.reason) }
                if problem == nil {
                    if let row = try session.rows(
                        "SELECT entries, hash FROM audit_head WHERE id = 1"
                    ).first {
                        let (entries, hash) = try row.decode((Int64, String).self)
                        problem = chain.recordedHeadProblem(entries: entries, hash: hash).map {
                            ($0.seq, $0.reason)
                        }
                    } else {
                        problem = (
                            chain.lastSeq, "the trail's recorded length and head are missing"
                        )
                    }
                }
                let values = try Self.checkValues(digests, session)
                if problem == nil { problem = values.problem }
                if problem == nil, let expectedHead, expectedHead != chain.head {
                    let known = try session.value(
                        "SELECT seq FROM audit WHERE hash = \(expectedHead)", as: Int64.self)
                    problem = (
                        chain.lastSeq,
                        known.map {
                            "the trail goes on past the recorded head (entry \($0)) to entry \(chain.lastSeq)"
                        }
                            ?? "the recorded head \(expectedHead.prefix(12))… is not in the trail: entries were cut from the end or the trail was replaced"
                    )
                }
                return AuditVerification(
                    entries: chain.entries, headHash: chain.head,
                    firstProblem: problem.map { (seq: $0.0, reason: $0.1) },
                    valuesChecked: values.checked, valuesErased: values.erased,
                    valuesUnreadable: values.unreadable)
            }
        }

        struct ValueCheck {
            var checked = 0
            var erased = 0
            var unreadable = 0
            var problem: (Int64, String)?
        }

        /// `AuditValues.check` with the server's sealing: every stored value's existence is
        /// compared with the chain's digests; those the role reads are recomputed.
        static func checkValues(_ digests: [AuditValues.Key: String], _ session: PostgresSession)
            throws -> ValueCheck
        {
            var result = ValueCheck()
            func note(_ seq: Int64, _ reason: String) {
                if result.problem == nil { result.problem = (seq, reason) }
            }
            var stored: [AuditValues.Key: Bool] = [:]
            for row in try session.rows("SELECT seq, side, key, erased FROM audit_value_keys()") {
                let (seq, side, key, erased) = try row.decode((Int64, String, String, Bool).self)
                stored[AuditValues.Key(seq: seq, side: side, key: key)] = erased
            }
            var readable: [AuditValues.Key: (salt: [UInt8], value: String)] = [:]
            for row in try session.rows(
                "SELECT seq, side, key, salt, value FROM audit_values WHERE value IS NOT NULL")
            {
                let (seq, side, key, salt, value) = try row.decode(
                    (Int64, String, String, ByteBuffer?, String).self)
                readable[AuditValues.Key(seq: seq, side: side, key: key)] = (
                    salt.map { Array($0.readableBytesView) } ?? [], value
                )
            }
            for (key, erased) in stored.sorted(by: { $0.key.seq < $1.key.seq }) {
                guard let digest = digests[key] else {
                    note(
                        key.seq,
                        "a stored value claims entry \(key.seq)'s “\(key.key)”, which the entry does not commit to"
                    )
                    continue
                }
                if erased {
                    result.erased += 1
                } else if let item = readable[key] {
                    result.checked += 1
                    if AuditValues.prefix + AuditValues.hmac(salt: item.salt, value: item.value)
                        != digest
                    {
                        note(
                            key.seq,
                            "entry \(key.seq)'s “\(key.key)” was changed after it was recorded")
                    }
                } else {
                    result.unreadable += 1
                }
            }
            if let missing = digests.keys.filter({ stored[$0] == nil }).min(by: {
                $0.seq < $1.seq
            }) {
                note(
                    missing.seq,
                    "the value behind entry \(missing.seq)'s “\(missing.key)” was removed without an erasure record"
                )
            }
            return result
        }

        public func dataState() throws -> DataState? {
            try withSession { session in
                guard
                    let row = try session.rows(
                        """
                        SELECT seq, hash, at FROM audit WHERE action NOT LIKE 'export.%'
                        ORDER BY seq DESC LIMIT 1
                        """
                    ).first
                else { return nil }
                let (seq, hash, at) = try row.decode((Int64, String, String).self)
                return DataState(seq: seq, headHash: hash, at: at)
            }
        }
    }
#endif
