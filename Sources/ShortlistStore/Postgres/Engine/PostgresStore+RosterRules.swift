#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// What the roster, conflicts and imports check on a server before the server checks again:
    /// RosterRules against the roster as it is now, the finalised ranking, application ids.
    extension PostgresStore {
        static func activeMember(_ name: String, _ session: PostgresSession) throws -> PanelMember?
        {
            try session.rows(
                "SELECT name, display_name, role, login FROM panel WHERE name = \(name) AND removed_at IS NULL"
            ).first.map(member)
        }

        static func member(_ row: PostgresRow) throws -> PanelMember {
            let (name, display, role, login) = try row.decode(
                (String, String, String, String?).self)
            return PanelMember(
                name: name, displayName: display, role: Role(rawValue: role) ?? .reviewer,
                login: login)
        }

        /// When and by whom the ranking was finalised, if it is.
        static func refuseIfFinal(_ session: PostgresSession, _ what: String) throws {
            if let final = try finalisation(session) {
                throw StoreError.invalid(
                    "the ranking was finalised by \(final.by) at \(final.at): \(what) can no longer change "
                        + "(the chair may reopen it: `shortlist rank reopen --reason …`)")
            }
        }

        static func rowID(of id: ApplicationID, _ session: PostgresSession) throws -> Int64 {
            guard
                let rowID = try session.value(
                    "SELECT id FROM candidates WHERE application_id = \(id.rawValue)",
                    as: Int64.self)
            else { throw StoreError.invalid("no application \(id) in this database") }
            return rowID
        }

        /// RosterRules (docs/roles.md) with the same context SQLite gives them; the server's
        /// `panel_rules` trigger and `bind_login` keep the same rules for any client.
        func requireRosterChange(
            _ change: RosterChange, by actor: Actor, _ session: PostgresSession
        ) throws {
            let roster = try session.rows(
                "SELECT name, display_name, role, login FROM panel WHERE removed_at IS NULL"
            ).map(Self.member)
            let role = roster.first { $0.name == actor.name }?.role
            func meta(_ key: String) throws -> String? {
                try session.value("SELECT value FROM meta WHERE key = \(key)", as: String.self)
            }
            let lock = try session.rows(
                "SELECT locked_by, locked_at FROM call_profile WHERE locked_at IS NOT NULL"
            ).first.map { try $0.decode((String, String).self) }
            let context = RosterContext(
                actor: actor.name, actorRole: role, actorLogin: login, roster: roster,
                creator: try meta("created_by"), sharedGroup: try meta("group"),
                gridLocked: lock.map { "by \($0.0) at \($0.1)" },
                rankingFinal: try Self.finalisation(session).map { "by \($0.by) at \($0.at)" }
            )
            switch RosterRules.refusal(change, in: context) {
            case nil: return
            case .permissionDenied?:
                throw PermissionDenied(actor: actor.name, role: role, action: .manageRoster)
            case .rule(let reason)?: throw StoreError.invalid(reason)
            }
        }
    }
#endif
