/// What `shortlist server upgrade` does to bring a panel's server schema from one number to the
/// next, one step per number, run in order in one transaction as the owner. A new schema
/// number adds a step here; the setup's own SQL pieces are reused, never copied, so that an
/// upgraded panel and a new one hold the same functions and grants.
public struct ServerUpgradeStep: Sendable {
    /// One thing a step does: SQL (with `ServerRoles` placeholders), or the store's own work.
    public enum Action: Sendable {
        case sql(String)
        /// Every `candidate_texts.text_vector` built again by the store (`PostgresTextVector`).
        case rebuildTextVectors
    }

    /// The schema the step starts from; it ends at the next number.
    public let from: Int
    public var to: Int { from + 1 }
    /// A query answering true when the panel is the schema `from` this step knows, and the
    /// words of the refusal when it is not.
    let requirement: (query: String, refusal: String)?
    public let actions: [Action]
}

public enum ServerUpgradeSteps {
    /// Every step, by the number it starts from.
    public static let all: [ServerUpgradeStep] = [toTextVectorsOfTheStore, toLoadsThatDeferIndexes]

    /// The steps from `version` to the current schema, in order.
    public static func from(_ version: Int) -> [ServerUpgradeStep] {
        all.filter { $0.from >= version && $0.from < ServerSchemaVersion.current }
            .sorted { $0.from < $1.from }
    }

    /// 1 → 2 (7 December 2026): the texts' search vector is the store's to build (it was a
    /// column the server generated), and with it `settle_after_load()` and an erasure that
    /// clears the vector. `DROP EXPRESSION` keeps the stored vectors as plain values (PG 13);
    /// they are then built again as the store builds them, since the server's folded a few
    /// letters otherwise (ł, Greek tonos). `IF EXISTS` and the functions' `OR REPLACE` take a
    /// panel set up between the change and its number moving too.
    static let toTextVectorsOfTheStore = ServerUpgradeStep(
        from: 1,
        requirement: (
            // The last function schema 1 gained before its number was kept (10:03 that day).
            "SELECT to_regprocedure('shortlist.cards_open_to_me()') IS NOT NULL",
            "it is an early draft of schema 1 (set up before 7 December 2026 10:33: it has no cards_open_to_me()), which no upgrade knows: set the panel up again, or move it with `shortlist migrate` from a SQLite copy"
        ),
        actions: [
            .sql(
                "ALTER TABLE candidate_texts ALTER COLUMN text_vector DROP EXPRESSION IF EXISTS;"),
            .rebuildTextVectors,
            .sql("ALTER TABLE candidate_texts ALTER COLUMN text_vector SET NOT NULL;"),
            .sql(ServerSetupScript.settleAfterLoadFunction),
            .sql(ServerSetupScript.settleAfterLoadGrant),
            .sql(ServerSetupScript.purgeCandidatesFunction),
        ])
}

extension ServerUpgradeSteps {
    /// 2 → 3 (7 December 2026): a first load into an empty panel drops the texts' search
    /// index and the references to the candidates and makes them again before it commits
    /// (`defer_load_indexes`, `restore_after_load`, the `load_deferred` table and its guard).
    /// The table gets the change notification every table has (the setup's own last part).
    /// Written to run again on a panel that has them (`IF NOT EXISTS`, `OR REPLACE`), as 1 → 2.
    static let toLoadsThatDeferIndexes = ServerUpgradeStep(
        from: 2, requirement: nil,
        actions: [
            .sql(ServerSetupScript.loadDeferralObjects),
            .sql(ServerSetupScript.loadDeferralGrant),
            .sql(ServerSetupScript.notifyEveryTable),
        ])
}

extension ServerSetupScript {
    /// The SQL of `steps` as `server upgrade --print` shows it: each step headed by its numbers,
    /// the store's own work said in a comment with the statement it binds.
    public func upgradeSQL(_ steps: [ServerUpgradeStep]) -> String {
        var out = """
            -- shortlist server upgrade: one transaction, as the owner \(roles.owner); each step runs
            -- only on a panel at the schema it starts from.
            BEGIN;
            \(ServerUpgradeSteps.opening(owner: roles.owner).map { $0 + ";" }.joined(separator: "\n"))
            SELECT value FROM meta WHERE key = '\(ServerSchemaVersion.metaKey)' FOR UPDATE;

            """
        for step in steps {
            out += "\n-- From server schema \(step.from) to \(step.to).\n"
            if let requirement = step.requirement {
                out += "\(requirement.query); -- must be true\n"
            }
            for action in step.actions {
                switch action {
                case .sql(let part):
                    out += render(part) + "\n"
                case .rebuildTextVectors:
                    out += """
                        -- Every row's vector built by Shortlist (PostgresTextVector: the words cut and folded
                        -- as its SQLite index does), \(ServerUpgradeSteps.textVectorBatch) rows a statement, bound in tsvector's binary form:
                        -- \(ServerUpgradeSteps.rebuildStatement("$1", "$2"))

                        """
                }
            }
            out += "\(ServerUpgradeSteps.versionStatement(step.to));\n"
        }
        if let last = steps.last, let first = steps.first {
            out += """
                -- When the administrator's role is on the panel's roster (else no entry: every entry
                -- names a roster entry as its actor):
                -- SELECT audit_append('server.upgrade', NULL, '{"\(ServerSchemaVersion.metaKey)":"\(first.from)"}', '{"\(ServerSchemaVersion.metaKey)":"\(last.to)"}');

                """
        }
        return out + "COMMIT;\n"
    }
}

extension ServerUpgradeSteps {
    /// How many texts' vectors one statement writes, folded on every core before it is sent:
    /// overlapping the folding with the server's writing, as an import does, would gain
    /// little on a one-off.
    public static let textVectorBatch = 1000

    /// What the transaction starts with: the owner's rights, the schema, and a bound on the
    /// wait for a lock held by an open panel's transaction (whose readers would queue behind
    /// the upgrade meanwhile).
    static func opening(owner: String) -> [String] {
        [
            "SET LOCAL ROLE \(owner)", "SET LOCAL search_path = shortlist, pg_temp",
            "SET LOCAL lock_timeout = '30s'",
        ]
    }

    /// Writes the vectors `vectors` (a `tsvector[]`) of the rows `ids` (a `bigint[]`).
    static func rebuildStatement(_ ids: String, _ vectors: String) -> String {
        """
        UPDATE candidate_texts t SET text_vector = v.text_vector \
        FROM unnest(\(ids)::bigint[], \(vectors)::tsvector[]) AS v(candidate_id, text_vector) \
        WHERE t.candidate_id = v.candidate_id
        """
    }

    static func versionStatement(_ version: Int) -> String {
        "UPDATE meta SET value = '\(version)' WHERE key = '\(ServerSchemaVersion.metaKey)'"
    }
}
