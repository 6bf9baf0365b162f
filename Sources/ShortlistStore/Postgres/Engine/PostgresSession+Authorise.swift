#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    extension PostgresStore {
        /// The check SQLite's `Authorisation.require` makes, against the roster as the server
        /// holds it now, for the connected role; the server's grants refuse the same again.
        /// `writing: false` asks only whether the actor may (an export about to be written).
        func authorise(
            _ action: PanelAction, _ actor: Actor, in session: PostgresSession, writing: Bool = true
        ) throws {
            if writing || actor.name != acting?.name { try requireActing(actor, for: action) }
            let text = try session.value("SELECT my_role()", as: String?.self) ?? nil
            let role = text.flatMap(Role.init(rawValue:))
            guard let role, Permissions.allows(role, action) else {
                throw PermissionDenied(actor: actor.name, role: role, action: action)
            }
        }

        /// Now, as the store writes it: UTC, to the second (as SQLite's `now()`).
        func now() -> String {
            Timestamp(secondsSinceEpoch: Int64(clock().timeIntervalSince1970.rounded(.down)))
                .description
        }

    }
#endif
