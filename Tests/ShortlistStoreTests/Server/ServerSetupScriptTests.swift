import Foundation
import Testing

@testable import ShortlistStore

/// The setup script as text, in every build: its statements, the rules each definer function
/// must follow, and the names it writes in. The server-side tests (`--traits Postgres`) run
/// it for real.
@Suite struct ServerSetupScriptTests {
    let script: ServerSetupScript

    init() throws {
        script = ServerSetupScript(roles: try ServerRoles(database: "cnect_441297"))
    }

    @Test func everyPlaceholderIsFilledAndEveryGroupIsNamedAfterTheDatabase() {
        #expect(!script.sql.contains("{{"))
        for role in ["owner", "roles", "panel", "chair", "member", "secretary", "reviewer"] {
            #expect(script.sql.contains("CREATE ROLE cnect_441297_\(role) NOLOGIN"), "\(role)")
        }
        #expect(script.sql.contains("REVOKE ALL ON DATABASE cnect_441297 FROM PUBLIC"))
    }

    @Test func databaseNamesThatCannotNameRolesAreRefused() {
        for bad in [
            "", "Panel", "1panel", "pa-nel", "panel; DROP ROLE x", "πάνελ",
            String(repeating: "a", count: 41),
        ] {
            #expect(throws: ServerRoles.InvalidName.self, "\(bad)") {
                try ServerRoles(database: bad)
            }
        }
        #expect((try? ServerRoles(database: "cnect_441297"))?.member == "cnect_441297_member")
    }

    @Test func statementsSplitOutsideQuotesCommentsAndFunctionBodies() {
        let statements = SQLStatements.split(
            """
            -- a comment; not a statement
            SELECT 'a;b', "odd;name";
            CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
            DO $tag$ BEGIN PERFORM 'x;'; END $tag$;
            /* block; comment */ SELECT $1;
            -- trailing comment only
            """)
        #expect(statements.count == 4)
        #expect(statements[1].hasSuffix("END $$"))
        #expect(statements[2].hasPrefix("DO $tag$") && statements[2].hasSuffix("END $tag$"))
        #expect(statements[3].hasSuffix("SELECT $1"))
    }

    @Test func everyDefinerFunctionPinsItsSearchPath() {
        let functions = script.statements.filter {
            $0.contains("CREATE FUNCTION") || $0.contains("CREATE OR REPLACE FUNCTION")
        }
        #expect(functions.count >= 14)
        for function in functions where function.contains("SECURITY DEFINER") {
            #expect(
                function.contains("SET search_path = shortlist, pg_temp"), "\(function.prefix(80))")
            #expect(
                function.contains("session_user") || function.contains("my_name()")
                    || function.contains("my_role()"),
                "\(function.prefix(80)) does not decide who is asking")
        }
    }

    @Test func onlyTheRoleMakerMayCreateRolesAndNoGroupWritesTheTrail() {
        let createRole = script.sql.split(separator: "\n").filter {
            $0.hasPrefix("CREATE ROLE") && $0.contains("CREATEROLE")
        }
        #expect(createRole.count == 1)
        #expect(createRole.first?.contains("cnect_441297_roles NOLOGIN CREATEROLE") == true)
        for grant in script.statements where grant.contains("GRANT") && !grant.contains("REVOKE") {
            let onAudit =
                grant.range(of: #"\bON\s+[^;]*\baudit\b(?!_)"#, options: .regularExpression) != nil
            if onAudit {
                #expect(
                    !grant.contains("UPDATE") && !grant.contains("DELETE")
                        && !grant.contains("TRUNCATE"),
                    "\(grant)")
            }
        }
    }
}
