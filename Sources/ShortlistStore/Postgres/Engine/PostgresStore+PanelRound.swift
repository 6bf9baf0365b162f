#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// The gate before screening (the grid adopted, the declarations made) and the call's
    /// criteria, read from the server as SQLite's `requireOpenRound` reads them.
    extension PostgresStore {
        static func criteria(_ session: PostgresSession) throws -> [(CriterionID, CriterionGroup)] {
            try session.rows("SELECT id, grp FROM profile_criteria ORDER BY position").map { row in
                let (id, group) = try row.decode((String, String).self)
                return (CriterionID(id), CriterionGroup(rawValue: group) ?? .required)
            }
        }

        static func gridAdoption(_ session: PostgresSession) throws -> GridAdoption? {
            try session.rows(
                "SELECT locked_by, locked_at, grid_sha256 FROM call_profile WHERE locked_at IS NOT NULL"
            ).first.map { row in
                let (by, at, sha) = try row.decode((String?, String, String?).self)
                return GridAdoption(by: by ?? "?", at: at, gridSHA256: sha)
            }
        }

        static func adoptionRefusal(_ verb: String, _ session: PostgresSession) throws -> String {
            let chair = try session.value(
                "SELECT name FROM panel WHERE role = 'chair' AND removed_at IS NULL ORDER BY name LIMIT 1",
                as: String.self)
            return "the chair must adopt the panel's grid before anyone may \(verb):"
                + " `shortlist profile adopt --user \(chair ?? "CHAIR")` (review it first: `shortlist profile show`)"
        }

        static func declarationKinds(of name: String, _ session: PostgresSession) throws
            -> [DeclarationKind]
        {
            try session.rows("SELECT kind FROM declarations WHERE name = \(name)").compactMap {
                DeclarationKind(rawValue: try $0.decode(String.self))
            }
        }

        static func declarationRefusal(_ actor: Actor, _ verb: String, _ session: PostgresSession)
            throws -> String?
        {
            guard
                let role = try activeMember(actor.name, session)?.role,
                Role.declaring.contains(role),
                try declarationKinds(of: actor.name, session).count < DeclarationKind.allCases.count
            else { return nil }
            return
                "\(actor.name) must declare before they \(verb): `shortlist panel declare --user \(actor.name)`"
                + " (confidentiality, and no conflict of interest beyond those declared)"
        }

        static func requireOpenRound(_ actor: Actor, _ verb: String, _ session: PostgresSession)
            throws
        {
            if try gridAdoption(session) == nil {
                throw StoreError.invalid(try adoptionRefusal(verb, session))
            }
            if let refusal = try declarationRefusal(actor, verb, session) {
                throw StoreError.invalid(refusal)
            }
        }
    }
#endif
