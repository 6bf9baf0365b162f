#if Postgres
    import Foundation

    /// A PostgreSQL database as the engine connects to it: a `ServerAddress` (the one parser of
    /// `postgresql://` URLs) with what libpq would fill in — the role from PGUSER or the login
    /// name, the password from PGPASSWORD, port 5432, an SSL mode.
    public struct ServerURL: Sendable, Equatable {
        public var role: String
        public var password: String?
        public var host: String?
        public var port: Int
        public var database: String
        public var socketDirectory: String?
        /// libpq's words: disable, allow, prefer, require, verify-ca, verify-full.
        public var sslMode: String
        /// `sslrootcert=FILE`: the certificate authority that verify-ca and verify-full trust.
        public var rootCertificate: String?

        public struct Invalid: Error, Equatable, CustomStringConvertible {
            public var text: String
            public var reason: String
            public var description: String {
                "“\(text)” is not a PostgreSQL URL Shortlist can use: \(reason)"
            }
        }

        /// Parses `text` as `ServerAddress` does, then fills it in.
        public init(_ text: String, environment: [String: String], login: String) throws(Invalid) {
            let address: ServerAddress
            do {
                address = try ServerAddress(parsing: text)
            } catch {
                if case .badLocation(let shown, let reason) = error {
                    throw Invalid(text: shown, reason: reason)
                }
                throw Invalid(text: ServerAddress.redacted(text), reason: error.description)
            }
            try self.init(address, environment: environment, login: login)
        }

        /// `environment` gives PGUSER and PGPASSWORD, as libpq reads them; without a role the
        /// login name is used, as psql does.
        public init(_ address: ServerAddress, environment: [String: String], login: String)
            throws(Invalid)
        {
            database = address.database
            role = address.role ?? environment["PGUSER"].flatMap { $0.isEmpty ? nil : $0 } ?? login
            password = address.password ?? environment["PGPASSWORD"]
            host = address.host
            port = address.port ?? 5432
            socketDirectory = address.socketDirectory
            // Libpq would fall back to its compiled-in socket folder; Shortlist asks for it.
            guard host != nil || socketDirectory != nil else {
                throw Invalid(
                    text: address.description,
                    reason: "it names no host: postgresql://ROLE@HOST/DB, or ?host=/socket/dir")
            }
            sslMode = address.sslMode ?? (socketDirectory == nil ? "prefer" : "disable")
            rootCertificate = address.parameters["sslrootcert"]
        }

        /// The socket file libpq would use in the folder.
        public var socketPath: String? {
            socketDirectory.map { $0 + "/.s.PGSQL.\(port)" }
        }
    }
#endif
