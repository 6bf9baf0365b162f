#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// ExportReads on PostgreSQL.
    extension PostgresStore: ExportReads {
        public func authoriseExport(by actor: Actor) throws {
            try withSession { session in
                try authorise(.exportResults, actor, in: session, writing: false)
            }
        }

        public func authoriseMemberMarksExport(by actor: Actor) throws {
            try withSession { session in
                try authorise(.exportResults, actor, in: session, writing: false)
                let role = try Self.activeMember(actor.name, session)?.role
                guard role == .chair else {
                    throw StoreError.invalid(
                        "\(actor.name) is \(role.map { "a \($0)" } ?? "not on the roster") and cannot export individual members' marks (--with-member-marks): only the chair can"
                    )
                }
            }
        }

        public func recordExport(_ record: ExportRecord, by actor: Actor) throws {
            var after = [
                "format": record.format, "file": record.fileName, "sha256": record.sha256,
            ]
            if record.files != 1 { after["files"] = String(record.files) }
            for (key, value) in record.options { after[key] = value }
            try transaction { session in
                try authorise(.exportResults, actor, in: session)
                try PostgresAuditAppend(session).append(
                    action: "export.\(record.kind)", after: after)
            }
        }

        /// Every application in application-id order (bytewise, as SQLite sorts), a page at a
        /// time. In blind mode the server withholds the name columns, so they are not asked for.
        public func forEachCandidateLine(_ body: (CandidateLine) throws -> Void) throws {
            try withSession { session in
                let blind = try blinds(session)
                var last = ""
                var first = true
                while true {
                    let rows =
                        blind
                        ? try session.rows(
                            #"""
                            SELECT c.application_id, '', '', e.result
                            FROM candidates c LEFT JOIN eligibility e ON e.candidate_id = c.id
                            WHERE \#(first) OR c.application_id COLLATE "C" > \#(last)
                            ORDER BY c.application_id COLLATE "C" LIMIT \#(Self.pageSize)
                            """#)
                        : try session.rows(
                            #"""
                            SELECT c.application_id, c.surname, c.given_names, e.result
                            FROM candidates c LEFT JOIN eligibility e ON e.candidate_id = c.id
                            WHERE \#(first) OR c.application_id COLLATE "C" > \#(last)
                            ORDER BY c.application_id COLLATE "C" LIMIT \#(Self.pageSize)
                            """#)
                    for row in rows {
                        let (id, surname, given, result) = try row.decode(
                            (String, String, String, String?).self)
                        let name = blind ? id : (given.isEmpty ? surname : "\(surname), \(given)")
                        try body(
                            CandidateLine(
                                applicationID: ApplicationID(id), name: name,
                                eligibility: result.flatMap(EligibilityResult.init(rawValue:))))
                        last = id
                    }
                    first = false
                    if rows.count < Self.pageSize { return }
                }
            }
        }

        /// Rows a page: a 100,000-row export never holds them all.
        static let pageSize = 5_000
    }
#endif
