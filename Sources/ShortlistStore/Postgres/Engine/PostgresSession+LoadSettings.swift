#if Postgres
    import PostgresNIO

    /// Server settings for the store's own connection. Measured on 100,000 demo texts
    /// (docs/performance.md, "The server import's settings"): storing the texts and their
    /// search vectors took 4.3 s compressed with the server's default pglz and 1.7 s with lz4;
    /// keeping their GIN index as rows arrive took 9.3 s more with the default 4 MB pending
    /// list merged in 4 MB of memory, 7.2 s with 64 MB merged in 256 MB.
    extension PostgresSession {
        /// lz4 where the server was built with it (PostgreSQL 14 and later, as Debian's):
        /// values already stored keep their compression, and reading either is transparent.
        func preferFastCompression() throws {
            try execute(
                """
                SELECT set_config('default_toast_compression', 'lz4', false) FROM pg_settings
                WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)
                """)
        }

        /// For one load's transaction only (`SET LOCAL`): a larger pending list for the GIN
        /// indexes, merged less often and in more memory, is fewer, larger merges.
        func useBulkLoadSettings() throws {
            try execute("SET LOCAL gin_pending_list_limit = '64MB'")
            try execute("SET LOCAL work_mem = '256MB'")
        }
    }
#endif
