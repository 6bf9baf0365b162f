#if Postgres
    import Foundation
    import ShortlistCore
    import ShortlistTestSupport
    import Testing

    @testable import ShortlistStore

    /// Over the network a member connects with TLS and a SCRAM-SHA-256 password, to the test
    /// cluster `scripts/pg-test-cluster.sh` starts: its 127.0.0.1 port takes only TLS (a
    /// certificate for localhost and 127.0.0.1 from a throwaway CA) and passwords, and rejects
    /// a connection without TLS in pg_hba. The socket of the same cluster sets the panel up.
    @Suite(.enabled(if: ServerTLS.shouldRun, "no TLS test cluster: scripts/pg-test-cluster.sh"))
    struct ServerTLSTests {
        /// Non-ASCII and URL-reserved characters: the URL must carry it %-escaped, SCRAM
        /// must prepare it, and no error may repeat it.
        static let password = "Zażółć/γεια:пароль@秘密?#"

        /// A panel whose member1 has a SCRAM password, and the URL that member dials.
        struct Fixture {
            let panel: ServerPanel
            let port: Int
            let ca: String

            init() throws {
                panel = try ServerPanel()
                port = try ServerTLS.port()
                ca = try ServerTLS.ca()
                try panel.admin(
                    "ALTER ROLE \(panel.login("member1")) PASSWORD \(ServerPanel.literal(ServerTLSTests.password))"
                )
            }

            func url(
                host: String = "localhost", password: String? = ServerTLSTests.password,
                _ parameters: String
            ) -> String {
                let secret = password.map {
                    ":" + $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                }
                return
                    "postgresql://\(panel.login("member1"))\(secret ?? "")@\(host):\(port)/\(panel.database)?\(parameters)"
            }

            func open(_ text: String, environment: [String: String] = [:]) throws -> PostgresStore {
                let location = try DatabaseLocation.parse(text)
                guard case .server(let address) = location else {
                    throw ServerPanel.Refused(message: "\(text) is not a server")
                }
                return try PostgresStore(
                    location: location,
                    url: try ServerURL(address, environment: environment, login: "root"),
                    readOnly: false, blindViewer: false, clock: { Date() })
            }

            /// The error opening `text` gives, as the status line would show it.
            func refusal(_ text: String, environment: [String: String] = [:]) -> String {
                do {
                    let store = try open(text, environment: environment)
                    try? store.closeConnection()  // the connection should not have been made
                    return ""
                } catch {
                    return "\(error)"
                }
            }
        }

        @Test func aPasswordOverVerifiedTLSOpensThePanelAndReadsEncrypted() throws {
            let fixture = try Fixture()
            for host in ["localhost", "127.0.0.1"] {
                let store = try fixture.open(
                    fixture.url(host: host, "sslmode=verify-full&sslrootcert=\(fixture.ca)"))
                defer { try? store.closeConnection() }  // the checks below matter more
                #expect(store.acting?.name == "member1")
                #expect(try store.panelMembers().map(\.displayName).contains("Μαρία Κωνσταντίνου"))
                let encrypted = try store.withSession {
                    try $0.value(
                        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", as: Bool.self)
                }
                #expect(encrypted == true, "\(host)")
                let method = try fixture.panel.admin(
                    "SELECT count(*) FROM pg_authid WHERE rolname = '\(fixture.panel.login("member1"))' AND rolpassword LIKE 'SCRAM-SHA-256$%'"
                ).out
                #expect(method == "1", "the password is kept as a SCRAM verifier")
            }
        }

        @Test func thePasswordMayComeFromPGPASSWORDAsLibpqReadsIt() throws {
            let fixture = try Fixture()
            let store = try fixture.open(
                fixture.url(password: nil, "sslmode=verify-ca&sslrootcert=\(fixture.ca)"),
                environment: ["PGPASSWORD": ServerTLSTests.password])
            defer { try? store.closeConnection() }  // the check below matters more
            #expect(try store.panelMembers().count == ServerPanel.roster.count + 1)
        }

        @Test func requireAndPreferEncryptWithoutACertificateAuthority() throws {
            let fixture = try Fixture()
            for mode in ["require", "prefer", "allow"] {
                let store = try fixture.open(fixture.url("sslmode=\(mode)"))
                defer { try? store.closeConnection() }  // the check below matters more
                let encrypted = try store.withSession {
                    try $0.value(
                        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", as: Bool.self)
                }
                #expect(encrypted == true, "sslmode=\(mode)")
            }
        }

        @Test func aWrongPasswordIsRefusedInTheServersWords() throws {
            let fixture = try Fixture()
            let wrong = "Łódź-не-тот-密码"
            let message = fixture.refusal(
                fixture.url(password: wrong, "sslmode=verify-full&sslrootcert=\(fixture.ca)"))
            #expect(message.contains("password authentication failed"), "\(message)")
            #expect(message.contains(fixture.panel.login("member1")), "\(message)")
            #expect(!message.contains(wrong), "\(message)")
            #expect(!message.contains("Łódź"), "\(message)")
            let none = fixture.refusal(
                fixture.url(password: nil, "sslmode=verify-full&sslrootcert=\(fixture.ca)"))
            #expect(none.contains("asks for a password"), "\(none)")
            #expect(none.contains("PGPASSWORD"), "\(none)")
        }

        @Test func verifyFullRefusesACertificateFromAnotherAuthority() throws {
            let fixture = try Fixture()
            let folder = TemporaryDirectory("shortlist-tls")
            let stranger = try ServerTLS.makeCA(in: folder)
            for mode in ["verify-full", "verify-ca"] {
                let message = fixture.refusal(
                    fixture.url("sslmode=\(mode)&sslrootcert=\(stranger)"))
                #expect(
                    message.contains("certificate is not signed by an authority"),
                    "\(mode): \(message)")
                #expect(!message.contains(".build"), "no driver's source path: \(message)")
                #expect(!message.contains(ServerTLSTests.password), "\(message)")
                #expect(!message.contains("γεια"), "\(message)")
            }
        }

        /// The IPv4-mapped form of 127.0.0.1 reaches the same listener, but the certificate
        /// names 127.0.0.1 and localhost only: the authority is right, the name is not.
        @Test func verifyFullChecksTheAddressDialledWhereVerifyCADoesNot() throws {
            let fixture = try Fixture()
            let mapped = "[::ffff:127.0.0.1]"
            let address = try ServerAddress(parsing: fixture.url(host: mapped, "sslmode=require"))
            #expect(address.host == "::ffff:127.0.0.1")
            #expect(address.description.contains(":***@[::ffff:127.0.0.1]:\(fixture.port)/"))
            let store = try fixture.open(
                fixture.url(host: mapped, "sslmode=verify-ca&sslrootcert=\(fixture.ca)"))
            defer { try? store.closeConnection() }  // the checks below matter more
            #expect(try store.panelMembers().count == ServerPanel.roster.count + 1)
            let message = fixture.refusal(
                fixture.url(host: mapped, "sslmode=verify-full&sslrootcert=\(fixture.ca)"))
            #expect(message.contains("not made out to the host"), "\(message)")
            #expect(!message.contains("γεια"), "\(message)")
        }

        @Test func anUnreadableRootCertificateIsNamed() throws {
            let fixture = try Fixture()
            let missing = "/nonexistent/ca-\(UUID().uuidString).crt"
            let message = fixture.refusal(
                fixture.url("sslmode=verify-full&sslrootcert=\(missing)"))
            #expect(message.contains(missing), "\(message)")
            #expect(!message.contains("γεια"), "\(message)")
        }

        @Test func withoutTLSTheServersHostRulesRefuse() throws {
            let fixture = try Fixture()
            let message = fixture.refusal(fixture.url("sslmode=disable"))
            #expect(message.contains("pg_hba.conf rejects connection"), "\(message)")
            #expect(message.contains("no encryption"), "\(message)")
            #expect(!message.contains("γεια"), "\(message)")
        }

        @Test func theEngineOpensTheURLAsTheCommandLineGivesIt() throws {
            let fixture = try Fixture()
            let text = fixture.url("sslmode=verify-full&sslrootcert=\(fixture.ca)")
            let store = try DatabaseEngines.open(try DatabaseLocation.parse(text))
            defer { try? store.close() }  // the checks below matter more
            #expect(try store.panelMembers().contains { $0.displayName == "山田 花子" })
            #expect(!"\(store.location)".contains("γεια"))
        }
    }

    /// What the TLS tests need of the cluster: its TCP port and the CA that signed its
    /// certificate (`SHORTLIST_PG_TCP_PORT`, `SHORTLIST_PG_CA`, exported by the script).
    enum ServerTLS {
        static var environment: [String: String] { ProcessInfo.processInfo.environment }
        /// With the TLS cluster, or under CI=true (where its absence fails).
        static var shouldRun: Bool {
            (environment["SHORTLIST_PG_TCP_PORT"] != nil && ServerCluster.socket != nil)
                || ServerCluster.isCI
        }

        static func port() throws -> Int {
            guard let port = environment["SHORTLIST_PG_TCP_PORT"].flatMap({ Int($0) }) else {
                throw ServerPanel.Refused(
                    message: "SHORTLIST_PG_TCP_PORT is not set: scripts/pg-test-cluster.sh")
            }
            return port
        }

        static func ca() throws -> String {
            guard let ca = environment["SHORTLIST_PG_CA"],
                FileManager.default.fileExists(atPath: ca)
            else {
                throw ServerPanel.Refused(
                    message: "SHORTLIST_PG_CA names no file: scripts/pg-test-cluster.sh")
            }
            return ca
        }

        /// A certificate authority nobody signed the server's certificate with; its path.
        static func makeCA(in folder: TemporaryDirectory) throws -> String {
            let certificate = folder.file("stranger-ca.crt").path
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=Another CA", "-keyout", folder.file("stranger-ca.key").path,
                "-out", certificate,
            ]
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ServerPanel.Refused(message: "openssl could not make a CA")
            }
            return certificate
        }
    }
#endif
