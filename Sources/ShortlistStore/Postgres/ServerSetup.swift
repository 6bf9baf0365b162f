#if Postgres
    import Foundation
    import PostgresNIO

    /// What the server said when it refused or failed, without the driver's noise.
    public struct ServerFailure: Error, CustomStringConvertible {
        public var description: String

        init(_ error: any Error) {
            if let psql = error as? PSQLError, let info = psql.serverInfo,
                let message = info[.message]
            {
                let detail = info[.detail].map { " (\($0))" } ?? ""
                let state = info[.sqlState].map { " [SQLSTATE \($0)]" } ?? ""
                description = message + detail + state
            } else if let psql = error as? PSQLError {
                description =
                    Self.connecting(psql)
                    ?? "could not talk to the server: \(psql.code)"
                    + (psql.underlying.map { ": \($0)" } ?? "")
            } else {
                description = "\(error)"
            }
        }

        /// A refusal before the server said anything, in the words of what to fix: the
        /// driver's own names it by a code and a TLS library's source line.
        private static func connecting(_ psql: PSQLError) -> String? {
            if psql.code == .authMechanismRequiresPassword {
                return
                    "the server asks for a password and none was given: put it in the URL (postgresql://ROLE:PASSWORD@HOST/DB) or in PGPASSWORD"
            }
            if psql.code == .sslUnsupported {
                return "the server does not take TLS, which the URL's sslmode requires"
            }
            guard let underlying = psql.underlying else { return nil }
            if let extra = underlying as? NIOSSLExtraError, extra == .failedToValidateHostname {
                return
                    "the server's certificate is not made out to the host in the URL (sslmode=verify-full checks the name; verify-ca does not)"
            }
            if "\(underlying)".contains("CERTIFICATE_VERIFY_FAILED") {
                return
                    "the server's certificate is not signed by an authority this connection trusts (CERTIFICATE_VERIFY_FAILED): sslrootcert=FILE names the one that signed it"
            }
            return nil
        }
    }

    /// `shortlist server setup`: runs the setup script on an empty database, as one
    /// transaction, over one connection.
    public enum ServerSetup {
        /// Sets up `url`'s database; returns the roles it created.
        public static func run(_ url: ServerURL) throws -> ServerRoles {
            let roles = try ServerRoles(database: url.database)
            let statements = ServerSetupScript(roles: roles).statements
            try ServerSession.with(url) { session in
                try session.execute("BEGIN")
                do {
                    for statement in statements { try session.execute(statement) }
                    try session.execute("COMMIT")
                } catch {
                    // The failed transaction is rolled back: nothing of the setup remains.
                    try session.execute("ROLLBACK")
                    throw error
                }
            }
            return roles
        }
    }

    /// One connection, used synchronously: the command line is not async, and the setup is a
    /// list of statements in order.
    public final class ServerSession {
        private let connection: PostgresConnection
        private let logger = Logger(label: "shortlist.server")

        private init(connection: PostgresConnection) {
            self.connection = connection
        }

        /// Connects, runs `body`, and closes the connection whatever happened.
        @discardableResult
        public static func with<T>(_ url: ServerURL, _ body: (ServerSession) throws -> T) throws
            -> T
        {
            let session: ServerSession
            do {
                let connection = try PostgresConnection.connect(
                    on: PostgresConnection.defaultEventLoopGroup.any(),
                    configuration: try configuration(url), id: 1,
                    logger: Logger(label: "shortlist.server")
                ).wait()
                session = ServerSession(connection: connection)
            } catch {
                throw ServerFailure(error)
            }
            defer { _ = try? session.connection.close().wait() }  // closing can only fail on a dead connection
            return try body(session)
        }

        /// Runs one statement; returns its rows' first columns as text.
        @discardableResult
        public func execute(_ sql: String) throws -> [String?] {
            do {
                let result = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
                    .wait()
                return result.rows.map { row in
                    row.first.flatMap { cell in try? cell.decode(String?.self) } ?? nil  // a non-text column reads as nil
                }
            } catch {
                throw ServerFailure(error)
            }
        }

        static func configuration(_ url: ServerURL) throws -> PostgresConnection.Configuration {
            if let socket = url.socketPath {
                return .init(
                    unixSocketPath: socket, username: url.role, password: url.password,
                    database: url.database)
            }
            return .init(
                host: url.host ?? "localhost", port: url.port, username: url.role,
                password: url.password, database: url.database, tls: try tls(url))
        }

        /// TLS as libpq's sslmode says: require encrypts without checking who answers (but,
        /// as libpq, checks the authority when `sslrootcert` names one); verify-ca checks the
        /// certificate's authority; verify-full also the host name, or the IP address dialled.
        /// `allow` tries TLS first where libpq tries without: a server that takes both is
        /// then spoken to encrypted, one that takes either still answers.
        static func tls(_ url: ServerURL) throws -> PostgresConnection.Configuration.TLS {
            var tls = TLSConfiguration.makeClientConfiguration()
            if let root = url.rootCertificate {
                // Otherwise the driver's complaint names neither the file nor the parameter.
                guard FileManager.default.isReadableFile(atPath: root) else {
                    throw UnreadableRootCertificate(path: root)
                }
                tls.trustRoots = .file(root)
            }
            switch url.sslMode {
            case "disable":
                return .disable
            case "allow", "prefer":
                tls.certificateVerification = .none
                return .prefer(try NIOSSLContext(configuration: tls))
            case "require":
                tls.certificateVerification =
                    url.rootCertificate == nil ? .none : .noHostnameVerification
                return .require(try NIOSSLContext(configuration: tls))
            case "verify-ca":
                tls.certificateVerification = .noHostnameVerification
                return .require(try NIOSSLContext(configuration: tls))
            default:
                tls.certificateVerification = .fullVerification
                return .require(try NIOSSLContext(configuration: tls))
            }
        }

        struct UnreadableRootCertificate: Error, CustomStringConvertible {
            var path: String
            var description: String {
                "sslrootcert=\(path) cannot be read: name the file of the certificate authority that signed the server's certificate"
            }
        }
    }
#endif
