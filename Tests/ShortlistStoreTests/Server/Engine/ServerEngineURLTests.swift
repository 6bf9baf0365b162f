#if Postgres
    import Foundation
    import Testing

    @testable import ShortlistStore

    /// One parser of `postgresql://` URLs: the engine's connection settings come from the
    /// `ServerAddress` the command line parsed, filled in as libpq would.
    @Suite struct ServerEngineURLTests {
        @Test func theConnectionIsTheAddressFilledInAsLibpqWould() throws {
            let address = try ServerAddress(parsing: "postgresql://@/πάνελ?host=/run/pg")
            let url = try ServerURL(
                address, environment: ["PGUSER": "zielinski", "PGPASSWORD": "tajne"],
                login: "root")
            #expect(url.role == "zielinski")
            #expect(url.password == "tajne")
            #expect(url.port == 5432)
            #expect(url.database == "πάνελ")
            #expect(url.socketPath == "/run/pg/.s.PGSQL.5432")
            #expect(url.sslMode == "disable")
            let tcp = try ServerURL(
                "postgresql://ivanova:pa55@db.example.eu:6543/panel?sslmode=verify-full&sslrootcert=/ca.pem",
                environment: ["PGUSER": "other"], login: "root")
            #expect(tcp.role == "ivanova")
            #expect(tcp.password == "pa55")
            #expect(tcp.port == 6543)
            #expect(tcp.sslMode == "verify-full")
            #expect(tcp.rootCertificate == "/ca.pem")
            #expect(
                try ServerURL("postgresql://db/panel", environment: [:], login: "王").role == "王")
        }

        @Test func bothParsersRefuseTheSameAndHideThePassword() {
            for bad in [
                "postgresql://u:secret@db/panel?sslmode=sometimes",
                "postgresql://u:secret@db:99999/panel",
                "postgresql://u:secret@db/",
                "postgresql://u:secret@db/panel?host=relative/dir",
            ] {
                #expect(throws: StoreError.self, "\(bad)") { _ = try ServerAddress(parsing: bad) }
                do {
                    _ = try ServerURL(bad, environment: [:], login: "root")
                    Issue.record("accepted \(bad)")
                } catch {
                    #expect(!error.description.contains("secret"), "\(error)")
                }
            }
            // Libpq's compiled-in socket folder is not guessed: a URL names a host or a socket.
            #expect(throws: ServerURL.Invalid.self) {
                _ = try ServerURL("postgresql://u@/panel", environment: [:], login: "root")
            }
        }
    }
#endif
