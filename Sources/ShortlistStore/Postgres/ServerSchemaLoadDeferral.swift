/// A first load into an empty panel builds the texts' search index and the references to the
/// candidates once, after its rows, instead of updating and checking them row by row
/// (docs/performance.md, "The first load builds its indexes after its rows"). Server schema 3.
/// Placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let loadDeferralPart = #"""
        SET ROLE {{owner}};
        SET search_path = shortlist;

        \#(loadDeferralObjects)
        \#(loadDeferralGrant)

        RESET ROLE;
        """#

    /// The table, its commit-time guard and the two functions: in the setup and in the
    /// upgrade to schema 3.
    static let loadDeferralObjects = #"""
        -- What a load into an empty panel dropped, to be made again from these definitions (the
        -- server's own, read before the drop) before its transaction commits. Only the owner
        -- writes it (the definitions are run as the owner); the secretary, whose load it is,
        -- reads it (what pg_indexes shows anyway).
        CREATE TABLE IF NOT EXISTS load_deferred (
            name text PRIMARY KEY,
            table_name text NOT NULL,
            kind text NOT NULL CHECK (kind IN ('index', 'constraint')),
            definition text NOT NULL
        );

        -- A transaction that dropped them cannot commit without making them again: checked at
        -- commit, so that no panel is ever left without its index or its references.
        CREATE OR REPLACE FUNCTION load_deferred_restored() RETURNS trigger
        LANGUAGE plpgsql SET search_path = shortlist, pg_temp AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM load_deferred) THEN
                RAISE EXCEPTION 'a load dropped the panel''s search index and references and did not make them again: nothing of it is kept'
                    USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN NULL;
        END
        $$;
        DROP TRIGGER IF EXISTS load_deferred_restored ON load_deferred;
        CREATE CONSTRAINT TRIGGER load_deferred_restored AFTER INSERT ON load_deferred
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION load_deferred_restored();

        -- Called by the secretary's load after its lock: when the panel holds no candidate, the
        -- texts', eligibility's and evidence's secondary indexes and their references to the
        -- candidates are dropped (unique keys stay: they refuse a duplicate as rows arrive).
        -- True when it dropped them; restore_after_load() must then run before the commit.
        CREATE OR REPLACE FUNCTION defer_load_indexes() RETURNS boolean
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        DECLARE
            d record;
        BEGIN
            IF my_role() IS DISTINCT FROM 'secretary' THEN
                RAISE EXCEPTION '% is not the secretary: only the secretary loads applications', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- Another writer's rows would make the panel not empty: writers wait, readers go on.
            LOCK TABLE candidates IN SHARE ROW EXCLUSIVE MODE;
            IF EXISTS (SELECT 1 FROM candidates) OR EXISTS (SELECT 1 FROM load_deferred) THEN
                RETURN false;
            END IF;
            -- Dropping takes the tables whole: readers of the empty panel wait for the load.
            LOCK TABLE candidates, candidate_texts, eligibility, evidence IN ACCESS EXCLUSIVE MODE;
            FOR d IN
                SELECT c.conname::text AS name, t.relname::text AS table_name, 'constraint' AS kind,
                    pg_get_constraintdef(c.oid) AS definition
                FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                WHERE c.contype = 'f' AND c.confrelid = 'candidates'::regclass
                    AND c.conrelid IN ('candidate_texts'::regclass, 'eligibility'::regclass, 'evidence'::regclass)
                UNION ALL
                SELECT x.relname::text, t.relname::text, 'index', pg_get_indexdef(i.indexrelid)
                FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
                WHERE i.indrelid IN ('candidate_texts'::regclass, 'eligibility'::regclass, 'evidence'::regclass)
                    AND NOT i.indisunique
            LOOP
                INSERT INTO load_deferred (name, table_name, kind, definition)
                VALUES (d.name, d.table_name, d.kind, d.definition);
                IF d.kind = 'constraint' THEN
                    EXECUTE format('ALTER TABLE shortlist.%I DROP CONSTRAINT %I', d.table_name, d.name);
                ELSE
                    EXECUTE format('DROP INDEX shortlist.%I', d.name);
                END IF;
            END LOOP;
            RETURN true;
        END
        $$;
        REVOKE EXECUTE ON FUNCTION defer_load_indexes() FROM PUBLIC;

        -- The indexes built in one pass over the loaded rows and the references checked in one
        -- join, as they were defined before the drop.
        CREATE OR REPLACE FUNCTION restore_after_load() RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = shortlist, pg_temp AS $$
        DECLARE
            d record;
        BEGIN
            IF my_role() IS DISTINCT FROM 'secretary' THEN
                RAISE EXCEPTION '% is not the secretary: only the secretary loads applications', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            FOR d IN SELECT * FROM load_deferred ORDER BY kind DESC, name LOOP
                IF d.kind = 'index' THEN
                    EXECUTE d.definition;
                ELSE
                    EXECUTE format('ALTER TABLE shortlist.%I ADD CONSTRAINT %I %s', d.table_name, d.name,
                        d.definition);
                END IF;
            END LOOP;
            DELETE FROM load_deferred;
        END
        $$;
        REVOKE EXECUTE ON FUNCTION restore_after_load() FROM PUBLIC;
        """#

    /// Who may defer and restore: in the setup and in the upgrade to schema 3.
    static let loadDeferralGrant = #"""
        GRANT EXECUTE ON FUNCTION defer_load_indexes(), restore_after_load() TO {{secretary}};
        GRANT SELECT ON load_deferred TO {{secretary}};
        """#
}
