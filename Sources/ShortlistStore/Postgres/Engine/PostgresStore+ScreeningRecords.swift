#if Postgres
    import Foundation
    import ShortlistCore

    /// ScreeningRecords on PostgreSQL. Row-level security keeps each scorer to their own
    /// marks and notes and away from a candidate they declared a conflict with; the store says
    /// the same first, in SQLite's words.
    extension PostgresStore: ScreeningRecords {
        @discardableResult
        public func declare(by actor: Actor) throws -> [DeclarationKind] {
            try transaction { session in
                try requireActing(actor)
                guard try Self.activeMember(actor.name, session) != nil else {
                    throw StoreError.invalid(
                        "\(actor.name) is not on the panel roster of this database, so has nothing to declare;"
                            + " ask the secretary to add them (`shortlist panel add`)")
                }
                let made = Set(try Self.declarationKinds(of: actor.name, session))
                let new = DeclarationKind.allCases.filter { !made.contains($0) }
                let audit = PostgresAuditAppend(session)
                let at = now()
                for kind in new {
                    try session.execute(
                        "INSERT INTO declarations (name, kind, declared_at) VALUES (\(actor.name), \(kind.rawValue), \(at))"
                    )
                    try audit.append(
                        action: "panel.declare",
                        after: ["declaration": kind.rawValue, "text": kind.text])
                }
                return new
            }
        }

        public func hasDeclared(_ actor: Actor) throws -> Bool {
            try withSession { session in
                try Self.declarationKinds(of: actor.name, session).count
                    == DeclarationKind.allCases.count
            }
        }

        public func declarationRefusal(for actor: Actor) throws -> String? {
            try withSession { session in
                try Self.declarationRefusal(actor, "open a candidate's record", session)
            }
        }

        public func declarations() throws -> [Declaration] {
            try withSession { session in
                try session.rows(
                    #"SELECT name, kind, declared_at FROM declarations ORDER BY name COLLATE "C", kind"#
                ).compactMap { row in
                    let (name, kind, at) = try row.decode((String, String, String).self)
                    return DeclarationKind(rawValue: kind).map {
                        Declaration(name: name, kind: $0, declaredAt: at)
                    }
                }
            }
        }

        public func roundRefusal(for actor: Actor, to verb: String) throws -> String? {
            try withSession { session in
                if try Self.gridAdoption(session) == nil {
                    return try Self.adoptionRefusal(verb, session)
                }
                return try Self.declarationRefusal(actor, verb, session)
            }
        }

        public func screen(
            _ id: ApplicationID, marks: [CriterionID: ScreeningMark], note: String?, by actor: Actor
        ) throws {
            try transaction { session in
                try authorise(.screen, actor, in: session)
                try Self.requireOpenRound(actor, "screen", session)
                let rowID = try Self.rowID(of: id, session)
                if try session.value(
                    "SELECT 1 FROM conflicts WHERE member = \(actor.name) AND candidate_id = \(rowID)",
                    as: Int32.self) != nil
                {
                    throw StoreError.invalid(
                        "\(actor.name) declared a conflict of interest with \(id) and cannot screen this candidate"
                    )
                }
                let known = Set(try Self.criteria(session).map(\.0))
                for criterion in marks.keys where !known.contains(criterion) {
                    throw StoreError.invalid(
                        "“\(criterion)” is not a criterion of this call; the criteria are "
                            + known.sorted().map(\.rawValue).joined(separator: ", "))
                }
                let at = now()
                var before: [String: String] = [:]
                var after: [String: String] = [:]
                for (criterion, mark) in marks.sorted(by: { $0.key < $1.key }) {
                    if let old = try session.value(
                        "SELECT mark FROM screening WHERE candidate_id = \(rowID) AND member = \(actor.name) AND criterion = \(criterion.rawValue)",
                        as: String.self)
                    {
                        before[criterion.rawValue] = old
                    }
                    after[criterion.rawValue] = mark.rawValue
                    try session.execute(
                        """
                        INSERT INTO screening (candidate_id, member, criterion, mark, marked_at)
                        VALUES (\(rowID), \(actor.name), \(criterion.rawValue), \(mark.rawValue), \(at))
                        ON CONFLICT (candidate_id, member, criterion)
                        DO UPDATE SET mark = excluded.mark, marked_at = excluded.marked_at
                        """)
                }
                let audit = PostgresAuditAppend(session)
                if let note {
                    after["note"] = audit.digest(note)
                    try session.execute(
                        """
                        INSERT INTO screening_notes (candidate_id, member, note, written_at)
                        VALUES (\(rowID), \(actor.name), \(note), \(at))
                        ON CONFLICT (candidate_id, member)
                        DO UPDATE SET note = excluded.note, written_at = excluded.written_at
                        """)
                }
                try audit.append(
                    action: "screening.mark", object: id.rawValue,
                    before: before.isEmpty ? nil : before, after: after)
            }
        }

        public func screening(of id: ApplicationID) throws -> CandidateScreening {
            try transaction { session in
                let rowID = try Self.rowID(of: id, session)
                let entries = try session.rows(
                    #"SELECT member, criterion, mark FROM screening WHERE candidate_id = \#(rowID) ORDER BY member COLLATE "C", criterion COLLATE "C""#
                ).map { row in
                    let (member, criterion, mark) = try row.decode((String, String, String).self)
                    return ScreeningEntry(
                        member: member, criterion: CriterionID(criterion),
                        mark: ScreeningMark(rawValue: mark) ?? .unknown)
                }
                var notes: [String: String] = [:]
                for row in try session.rows(
                    "SELECT member, note FROM screening_notes WHERE candidate_id = \(rowID)")
                {
                    let (member, note) = try row.decode((String, String).self)
                    notes[member] = note
                }
                return CandidateScreening(
                    entries: entries, notes: notes,
                    summary: ScreeningSummary(
                        entries: entries, criteria: try Self.criteria(session)))
            }
        }
    }
#endif
