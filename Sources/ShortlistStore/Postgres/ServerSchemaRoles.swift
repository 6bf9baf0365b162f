/// The panel's roles, the database's and the schema's privileges, the extension: the first part
/// of the setup, run by a superuser on an empty database.
/// Placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let rolesPart = #"""
        -- Run by a superuser (the administrator) on an empty database made with `createdb`.
        DO $check$
        BEGIN
            IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                RAISE EXCEPTION 'shortlist server setup must be run by a superuser (the administrator), not by %', current_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'shortlist') THEN
                RAISE EXCEPTION 'database % is already set up for Shortlist (it has the schema shortlist)', current_database()
                    USING ERRCODE = 'duplicate_schema';
            END IF;
        END
        $check$;

        -- Owns every table and most functions; nobody logs in as it, nobody is a member of it.
        CREATE ROLE {{owner}} NOLOGIN;
        -- Owns only bind_login: the one place a role is created. Not a panel role and nobody's group.
        CREATE ROLE {{roles}} NOLOGIN CREATEROLE;
        -- Everyone on this panel: connecting and the reads every role shares.
        CREATE ROLE {{panel}} NOLOGIN;
        CREATE ROLE {{chair}} NOLOGIN IN ROLE {{panel}};
        CREATE ROLE {{member}} NOLOGIN IN ROLE {{panel}};
        CREATE ROLE {{secretary}} NOLOGIN IN ROLE {{panel}};
        CREATE ROLE {{reviewer}} NOLOGIN IN ROLE {{panel}};

        REVOKE ALL ON DATABASE {{database}} FROM PUBLIC;
        GRANT CONNECT ON DATABASE {{database}} TO {{panel}};
        REVOKE ALL ON SCHEMA public FROM PUBLIC;

        CREATE SCHEMA shortlist AUTHORIZATION {{owner}};
        GRANT USAGE ON SCHEMA shortlist TO {{panel}}, {{roles}};
        -- HMAC-SHA-256 of audit values, checked by audit_append.
        CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA shortlist;
        -- Diacritics folded out by search_fold, for administrators' own searches in psql.
        CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA shortlist;
        ALTER DATABASE {{database}} SET search_path = shortlist;
        """#
}
