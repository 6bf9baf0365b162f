#if Postgres
    import Foundation

    /// A PostgreSQL database as the command line names it:
    /// `postgresql://[ROLE[:PASSWORD]@]host[:port]/DB[?sslmode=…]` over TCP, or
    /// `postgresql://ROLE@/DB?host=/socket/dir` over a Unix socket.
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

        static let sslModes: Set<String> = [
            "disable", "allow", "prefer", "require", "verify-ca", "verify-full",
        ]

        /// `environment` gives PGUSER and PGPASSWORD, as libpq reads them; without a role the
        /// login name is used, as psql does.
        public init(_ text: String, environment: [String: String], login: String) throws(Invalid) {
            // The password never appears in a message.
            func invalid(_ reason: String) -> Invalid {
                var shown = text
                if let components = URLComponents(string: text), components.password != nil {
                    var copy = components
                    copy.password = "***"
                    shown = copy.string ?? "the URL"
                }
                return Invalid(text: shown, reason: reason)
            }
            guard let components = URLComponents(string: text),
                let scheme = components.scheme?.lowercased(),
                scheme == "postgresql" || scheme == "postgres"
            else { throw invalid("it must start with postgresql://") }
            var path = components.path
            if path.hasPrefix("/") { path.removeFirst() }
            guard !path.isEmpty, !path.contains("/") else {
                throw invalid("it names no database, as in postgresql://host/panel")
            }
            database = path
            role =
                components.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"]
                ?? login
            password = components.password ?? environment["PGPASSWORD"]
            host = components.host.flatMap { $0.isEmpty ? nil : $0 }
            port = components.port ?? 5432
            var parameters: [String: String] = [:]
            for item in components.queryItems ?? [] { parameters[item.name] = item.value ?? "" }
            socketDirectory = parameters["host"]
            if let socket = socketDirectory {
                guard socket.hasPrefix("/") else {
                    throw invalid("host=\(socket) must be the absolute path of the socket's folder")
                }
                guard host == nil else { throw invalid("it names both a host and a socket folder") }
            } else if host == nil {
                throw invalid("it names no host: postgresql://ROLE@HOST/DB, or ?host=/socket/dir")
            }
            sslMode = parameters["sslmode"] ?? (socketDirectory == nil ? "prefer" : "disable")
            guard Self.sslModes.contains(sslMode) else {
                throw invalid(
                    "sslmode=\(sslMode) is not one of \(Self.sslModes.sorted().joined(separator: ", "))"
                )
            }
            rootCertificate = parameters["sslrootcert"]
        }

        /// The socket file libpq would use in the folder.
        public var socketPath: String? {
            socketDirectory.map { $0 + "/.s.PGSQL.\(port)" }
        }
    }
#endif
