#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// A new panel on a database where `shortlist server setup` ran: the roster, the meta rows
    /// and the profile the SQLite engine's creation writes, each written by the connected
    /// secretary through what the server grants that role.
    extension PostgresStore {
        func initialise(_ setup: NewDatabase) throws {
            guard let secretary = setup.roster.first(where: { $0.role == .secretary }) else {
                throw StoreError.invalid(
                    "on a PostgreSQL server the panel is created by its secretary: the roster names none"
                )
            }
            let at = Timestamp(
                secondsSinceEpoch: Int64(clock().timeIntervalSince1970.rounded(.down))
            ).description
            try transaction { session in
                // Bound to the connected role by the server, whatever login the roster says.
                try session.execute(
                    "SELECT init_panel(\(secretary.name), \(secretary.displayName))")
                try Self.append(
                    session, action: "database.create", object: nil,
                    after: ["call_reference": setup.callReference])
                let meta = [
                    ("format", "shortlist"),
                    ("database_id", UUID().uuidString.lowercased()),
                    ("created_at", at),
                    ("call_reference", setup.callReference),
                ]
                for (key, value) in meta {
                    try session.execute(
                        "INSERT INTO meta (key, value) VALUES (\(key), \(value)) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                    )
                }
                for member in setup.roster where member.name != secretary.name {
                    try session.execute(
                        "INSERT INTO panel (name, display_name, role, added_at) VALUES (\(member.name), \(member.displayName), \(member.role.rawValue), \(at))"
                    )
                    var values = [
                        "name": member.name, "display_name": member.displayName,
                        "role": member.role.rawValue,
                    ]
                    if let login = member.login { values["login"] = login }
                    try Self.append(
                        session, action: "panel.add", object: member.name, after: values)
                    if let login = member.login {
                        try session.execute("SELECT bind_login(\(member.name), \(login))")
                    }
                }
                if let profile = setup.profile {
                    try Self.writeProfile(profile, session)
                    try Self.append(
                        session, action: "profile.set", object: nil,
                        after: ["reference": profile.reference, "sha256": sha256Hex(profile.toml)])
                }
            }
        }

        /// An audit entry without sealed values; the server names the actor and the time.
        static func append(
            _ session: PostgresSession, action: String, object: String?,
            before: [String: String]? = nil, after: [String: String]?
        ) throws {
            try PostgresAuditAppend(session).append(
                action: action, object: object, before: before, after: after)
        }
    }
#endif
