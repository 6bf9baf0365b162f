#if Postgres
    import Foundation
    import ShortlistCore

    /// RosterRecords on PostgreSQL.
    extension PostgresStore: RosterRecords {
        public func actor(named name: String, login: String) throws -> Actor {
            throw PostgresStore.unported("actor")
        }

        public func panelMembers() throws -> [PanelMember] {
            throw PostgresStore.unported("panelMembers")
        }

        public func panelMember(named name: String) throws -> PanelMember? {
            throw PostgresStore.unported("panelMember")
        }

        public func addPanelMember(_ member: PanelMember, by actor: Actor) throws {
            throw PostgresStore.unported("addPanelMember")
        }

        public func changePanelMember(
            named name: String, role: Role?, displayName: String?, login: String?, unbind: Bool,
            by actor: Actor
        ) throws {
            throw PostgresStore.unported("changePanelMember")
        }

        public func removePanelMember(named name: String, by actor: Actor) throws {
            throw PostgresStore.unported("removePanelMember")
        }

        public func isBlind() throws -> Bool {
            throw PostgresStore.unported("isBlind")
        }

        public func setBlindMode(_ on: Bool, reason: String, by actor: Actor) throws {
            throw PostgresStore.unported("setBlindMode")
        }

        public func declareConflict(
            member: String, applicationID: ApplicationID, reason: String, by actor: Actor
        ) throws {
            throw PostgresStore.unported("declareConflict")
        }

        public func conflicts(of member: String?) throws -> [ConflictOfInterest] {
            throw PostgresStore.unported("conflicts")
        }
    }
#endif
