#if Postgres
    import Foundation
    import ShortlistCore

    /// RosterRecords on PostgreSQL. Entries are bound to logins only through the server's
    /// `bind_login` and `unbind_login`; its `panel_rules` trigger keeps the separation of
    /// duties for direct writes, so a refusal may come from the store or from the server.
    extension PostgresStore: RosterRecords {
        /// The acting person is the connected role: a name bound to another login is refused,
        /// and any other name may only read (`requireActing`).
        public func actor(named name: String, login: String) throws -> Actor {
            let member = try panelMember(named: name)
            if let member, let bound = member.login, bound != self.login {
                throw IdentityRefused(name: name, boundLogin: bound, login: self.login)
            }
            return Actor(name: name, member: member, login: self.login)
        }

        public func panelMembers() throws -> [PanelMember] {
            try withSession { session in
                try session.rows(
                    """
                    SELECT name, display_name, role, login FROM panel WHERE removed_at IS NULL
                    ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 WHEN 'secretary' THEN 2 ELSE 3 END,
                        name COLLATE "C"
                    """
                ).map(Self.member)
            }
        }

        public func panelMember(named name: String) throws -> PanelMember? {
            try withSession { session in try Self.activeMember(name, session) }
        }

        public func addPanelMember(_ member: PanelMember, by actor: Actor) throws {
            guard RosterWriteRules.isValidName(member.name) else {
                throw StoreError.invalid(
                    "“\(member.name)” cannot be a panel name: use letters, digits, dots, hyphens or underscores"
                )
            }
            try transaction { session in
                try requireActing(actor, for: .manageRoster)
                if try Self.activeMember(member.name, session) != nil {
                    throw StoreError.invalid("\(member.name) is already on the roster")
                }
                try requireRosterChange(.add(member), by: actor, session)
                // A removed entry keeps its row (the trail names it): adding the name again
                // brings it back.
                try session.execute(
                    """
                    INSERT INTO panel (name, display_name, role, added_at)
                    VALUES (\(member.name), \(member.displayName), \(member.role.rawValue), \(now()))
                    ON CONFLICT (name) DO UPDATE SET display_name = excluded.display_name,
                        role = excluded.role, removed_at = NULL
                    """)
                try PostgresAuditAppend(session).append(
                    action: "panel.add", object: member.name,
                    after: RosterWriteRules.auditValues(member))
                if let login = member.login {
                    try session.execute("SELECT bind_login(\(member.name), \(login))")
                }
            }
        }

        public func changePanelMember(
            named name: String, role: Role?, displayName: String?, login: String?, unbind: Bool,
            by actor: Actor
        ) throws {
            try transaction { session in
                try requireActing(actor, for: .manageRoster)
                guard let before = try Self.activeMember(name, session) else {
                    throw StoreError.invalid("\(name) is not on the roster")
                }
                var after = before
                if let role { after.role = role }
                if let displayName { after.displayName = displayName }
                if let login { after.login = login }
                if unbind { after.login = nil }
                guard after != before else {
                    throw StoreError.invalid("nothing to change: \(name) is already as asked")
                }
                try requireRosterChange(.init(before: before, after: after), by: actor, session)
                try PostgresAuditAppend(session).append(
                    action: "panel.change", object: name,
                    before: RosterWriteRules.auditValues(before),
                    after: RosterWriteRules.auditValues(after))
                // The server changes a bound entry's role only once it is unbound, since its
                // login holds the old role's grants: unbound and bound again to the same login
                // in this transaction, the role changes as on SQLite (the trail also says
                // panel.unbind and panel.bind: the login's grants changed).
                let unbindFirst =
                    before.login != nil
                    && (before.login != after.login || before.role != after.role)
                if unbindFirst {
                    try session.execute("SELECT unbind_login(\(name))")
                }
                if after.role != before.role || after.displayName != before.displayName {
                    try session.execute(
                        "UPDATE panel SET display_name = \(after.displayName), role = \(after.role.rawValue) WHERE name = \(name)"
                    )
                }
                if let login = after.login, unbindFirst || before.login == nil {
                    try session.execute("SELECT bind_login(\(name), \(login))")
                }
            }
        }

        public func removePanelMember(named name: String, by actor: Actor) throws {
            try transaction { session in
                try requireActing(actor, for: .manageRoster)
                guard let member = try Self.activeMember(name, session) else {
                    throw StoreError.invalid("\(name) is not on the roster")
                }
                try requireRosterChange(.remove(member), by: actor, session)
                if member.role == .secretary {
                    let secretaries =
                        try session.value(
                            "SELECT count(*) FROM panel WHERE role = 'secretary' AND removed_at IS NULL",
                            as: Int.self) ?? 0
                    if secretaries <= 1 {
                        throw StoreError.invalid(
                            "\(name) is the only secretary; add another before removing them")
                    }
                }
                // A removed entry keeps no login: its role loses the panel's grants with it.
                if member.login != nil {
                    try session.execute("SELECT unbind_login(\(name))")
                }
                try PostgresAuditAppend(session).append(
                    action: "panel.remove", object: name,
                    before: RosterWriteRules.auditValues(member))
                try session.execute(
                    "UPDATE panel SET removed_at = \(now()) WHERE name = \(name) AND removed_at IS NULL"
                )
            }
        }

        public func isBlind() throws -> Bool {
            try withSession { session in
                try session.value(
                    "SELECT value FROM meta WHERE key = 'blind_mode'", as: String.self)
                    == "on"
            }
        }

        /// The server's `set_blind_mode` switches the column grants and writes the trail entry
        /// (`blind.on`/`blind.off`, before and after); it does not take the reason.
        public func setBlindMode(_ on: Bool, reason: String, by actor: Actor) throws {
            try transaction { session in
                try authorise(.setBlindMode, actor, in: session)
                try session.execute("SELECT set_blind_mode(\(on))")
            }
        }

        public func declareConflict(
            member: String, applicationID: ApplicationID, reason: String, by actor: Actor
        ) throws {
            let permission: PanelAction =
                member == actor.name ? .declareOwnConflict : .recordConflictForOthers
            guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw StoreError.invalid("a conflict of interest needs a reason (--reason)")
            }
            try transaction { session in
                try authorise(permission, actor, in: session)
                try Self.refuseIfFinal(session, "conflicts of interest")
                guard try Self.activeMember(member, session) != nil else {
                    throw StoreError.invalid("\(member) is not on the roster")
                }
                let candidate = try Self.rowID(of: applicationID, session)
                // Conflicts are only ever added on a server (no role may change one): a second
                // declaration keeps the first.
                if try session.value(
                    "SELECT declared_by FROM conflicts WHERE member = \(member) AND candidate_id = \(candidate)",
                    as: String.self) != nil
                {
                    throw StoreError.invalid(
                        "\(member) has already declared a conflict of interest for \(applicationID)"
                    )
                }
                try session.execute(
                    """
                    INSERT INTO conflicts (member, candidate_id, reason, declared_at, declared_by)
                    VALUES (\(member), \(candidate), \(reason), \(now()), \(actor.name))
                    """)
                let audit = PostgresAuditAppend(session)
                try audit.append(
                    action: "conflict.declare", object: applicationID.rawValue,
                    after: ["member": member, "reason": audit.digest(reason: reason)])
            }
        }

        public func conflicts(of member: String?) throws -> [ConflictOfInterest] {
            try withSession { session in
                let rows =
                    if let member {
                        try session.rows(
                            """
                            SELECT k.member, c.application_id, k.reason, k.declared_at, k.declared_by
                            FROM conflicts k JOIN candidates c ON c.id = k.candidate_id
                            WHERE k.member = \(member) ORDER BY k.member COLLATE "C", c.application_id COLLATE "C"
                            """)
                    } else {
                        try session.rows(
                            """
                            SELECT k.member, c.application_id, k.reason, k.declared_at, k.declared_by
                            FROM conflicts k JOIN candidates c ON c.id = k.candidate_id
                            ORDER BY k.member COLLATE "C", c.application_id COLLATE "C"
                            """)
                    }
                return try rows.map { row in
                    let (member, id, reason, at, by) = try row.decode(
                        (String, String, String, String, String).self)
                    return ConflictOfInterest(
                        member: member, applicationID: ApplicationID(id), reason: reason,
                        declaredAt: at, declaredBy: by)
                }
            }
        }
    }
#endif
