/// Live news across machines: every committed change to a panel's tables notifies the
/// `shortlist_changes` channel, which each open interface listens on (LISTEN/NOTIFY). Run
/// last, so that every table of the schema gets its trigger.
extension ServerSetupScript {
    /// The channel the triggers notify; channels are per database, so one per panel.
    public static let changeChannel = "shortlist_changes"

    static let notifyPart = #"""
        SET ROLE {{owner}};
        SET search_path = shortlist;

        -- The notification says only that something was committed: no table, no row, no actor,
        -- so that nothing sealed can leak through it, and a member who forges one (anyone may
        -- NOTIFY) only makes the others read again what they may read anyway. The server sends
        -- it at commit, so a rolled-back write notifies nobody, and folds a transaction's many
        -- into one. Per statement, not per row: a bulk load costs one call, not one per row.
        CREATE FUNCTION notify_change() RETURNS trigger
        LANGUAGE plpgsql SET search_path = shortlist, pg_temp AS $$
        BEGIN
            PERFORM pg_notify('shortlist_changes', '');
            RETURN NULL;
        END
        $$;

        \#(notifyEveryTable)

        RESET ROLE;
        """#

    /// The trigger on every table of the schema that lacks it: the setup's last step, and an
    /// upgrade's that adds a table.
    static let notifyEveryTable = #"""
        -- On every table, audited or not: a write that leaves no audit entry is news too.
        DO $$
        DECLARE
            t text;
        BEGIN
            FOR t IN SELECT tablename FROM pg_tables p WHERE schemaname = 'shortlist'
                AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgname = 'notify_change'
                    AND g.tgrelid = ('shortlist.' || quote_ident(p.tablename))::regclass) LOOP
                EXECUTE format('CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                    || 'ON shortlist.%I FOR EACH STATEMENT EXECUTE FUNCTION shortlist.notify_change()', t);
            END LOOP;
        END
        $$;
        """#
}
