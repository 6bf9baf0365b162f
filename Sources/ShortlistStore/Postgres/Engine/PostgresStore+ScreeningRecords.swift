#if Postgres
    import Foundation
    import ShortlistCore

    /// ScreeningRecords on PostgreSQL.
    extension PostgresStore: ScreeningRecords {
        @discardableResult
        public func declare(by actor: Actor) throws -> [DeclarationKind] {
            throw PostgresStore.unported("declare")
        }

        public func hasDeclared(_ actor: Actor) throws -> Bool {
            throw PostgresStore.unported("hasDeclared")
        }

        public func declarationRefusal(for actor: Actor) throws -> String? {
            throw PostgresStore.unported("declarationRefusal")
        }

        public func declarations() throws -> [Declaration] {
            throw PostgresStore.unported("declarations")
        }

        public func roundRefusal(for actor: Actor, to verb: String) throws -> String? {
            throw PostgresStore.unported("roundRefusal")
        }

        public func screen(
            _ id: ApplicationID, marks: [CriterionID: ScreeningMark], note: String?, by actor: Actor
        ) throws {
            throw PostgresStore.unported("screen")
        }

        public func screening(of id: ApplicationID) throws -> CandidateScreening {
            throw PostgresStore.unported("screening")
        }
    }
#endif
