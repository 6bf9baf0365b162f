#if Postgres
    import Foundation
    import Testing

    @testable import ShortlistStore

    /// The roster and the roles on the server: binding only through `bind_login`, by the chair
    /// or the secretary, never to one's own login or a privileged role; no panel role can
    /// create roles; definer functions refuse whoever the rules refuse.
    @Suite(.enabled(if: ServerCluster.shouldRun)) struct ServerRosterTests {
        @Test func onlyTheChairOrTheSecretaryBindsAndNeverToTheirOwnLogin() throws {
            let panel = try ServerPanel()
            try panel.run(
                "secretary",
                "INSERT INTO panel (name, display_name, role, added_at) VALUES ('reviewer2', 'Αλέξης Γεωργίου', 'reviewer', 'x')"
            )
            for name in ["member1", "reviewer"] {
                #expect(
                    try panel.refused(
                        name, "SELECT bind_login('reviewer2', 'r2_\(panel.database)')"
                    )
                    .contains("permission denied"))
            }
            #expect(
                try panel.refused(
                    "secretary", "SELECT bind_login('reviewer2', '\(panel.login("secretary"))')"
                )
                .contains("their own login"))
            #expect(
                try panel.refused(
                    "secretary", "SELECT bind_login('reviewer2', '\(ServerCluster.admin)')"
                )
                .contains("privileged"))
            #expect(
                try panel.refused(
                    "secretary", "SELECT bind_login('reviewer2', '\(panel.roles.owner)')"
                )
                .contains("cannot bind"))
            #expect(
                try panel.refused(
                    "secretary",
                    "UPDATE panel SET login = 'r2_\(panel.database)' WHERE name = 'reviewer2'"
                )
                .contains("permission denied"))
            try panel.run("secretary", "SELECT bind_login('reviewer2', 'r2_\(panel.database)')")
            #expect(
                try ServerCluster.psql(
                    "r2_\(panel.database)", panel.database, "SELECT my_name(), my_role()"
                ).out
                    == "reviewer2|reviewer")
        }

        @Test func theSecretaryCannotMakeAChairNorTouchTheirOwnEntry() throws {
            let panel = try ServerPanel()
            #expect(
                try panel.refused(
                    "secretary",
                    "INSERT INTO panel (name, display_name, role, added_at) VALUES ('chair2', 'X', 'chair', 'x')"
                )
                .contains("only the chair"))
            #expect(
                try panel.refused(
                    "secretary", "UPDATE panel SET role = 'member' WHERE name = 'secretary'"
                )
                .contains("their own login"))
            #expect(
                try panel.refused(
                    "secretary", "UPDATE panel SET role = 'chair' WHERE name = 'member1'"
                )
                .contains("unbind"))
            #expect(
                try panel.refused("secretary", "DELETE FROM panel WHERE name = 'member4'") != "")
            #expect(
                try panel.admin("SELECT count(*) FROM panel WHERE removed_at IS NULL").out == "7")
        }

        @Test func noRoleAPanelLoginCanBecomeMayCreateRoles() throws {
            let panel = try ServerPanel()
            for name in ServerPanel.everyone {
                #expect(
                    try panel.rows(
                        name,
                        "SELECT rolname FROM pg_roles WHERE (rolcreaterole OR rolsuper OR rolbypassrls) AND pg_has_role(session_user, oid, 'MEMBER')"
                    ).isEmpty, "\(name)")
                #expect(
                    try panel.refused(name, "CREATE ROLE intruder").contains("permission denied"))
            }
            // The one role with CREATEROLE cannot log in and has no members.
            #expect(
                try panel.admin(
                    "SELECT rolcanlogin, (SELECT count(*) FROM pg_auth_members WHERE roleid = r.oid) FROM pg_roles r WHERE rolname = '\(panel.roles.roleMaker)'"
                ).out == "f|0")
        }

        @Test func everyDefinerFunctionPinsItsSearchPathAndIsNotPublic() throws {
            let panel = try ServerPanel()
            let functions = try panel.admin(
                """
                SELECT p.proname, p.prosecdef, array_to_string(p.proconfig, ','), coalesce(array_to_string(p.proacl, ','), 'DEFAULT')
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
                WHERE n.nspname = 'shortlist' AND r.rolname IN ('\(panel.roles.owner)', '\(panel.roles.roleMaker)')
                """
            ).rows
            #expect(functions.filter { $0[1] == "t" }.count >= 10)
            for function in functions where function[1] == "t" {
                #expect(function[2] == "search_path=shortlist, pg_temp", "\(function[0])")
                // An ACL entry for PUBLIC reads "=X/owner"; no ACL at all means PUBLIC may run it.
                #expect(
                    function[3] != "DEFAULT"
                        && !function[3].split(separator: ",").contains { $0.hasPrefix("=") },
                    "\(function[0])")
            }
            let views = try panel.admin(
                "SELECT c.relname, array_to_string(c.reloptions, ',') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shortlist' AND c.relkind = 'v'"
            ).rows
            #expect(!views.isEmpty)
            for view in views { #expect(view[1].contains("security_invoker=true"), "\(view[0])") }
        }

        @Test func definerFunctionsCheckWhoIsConnectedThemselves() throws {
            let panel = try ServerPanel()
            // Even with EXECUTE granted by mistake, set_blind_mode refuses a non-chair, and
            // init_panel a second roster.
            try panel.admin(
                "GRANT EXECUTE ON FUNCTION shortlist.set_blind_mode(boolean) TO \(panel.roles.member)"
            )
            #expect(
                try panel.refused("member1", "SELECT set_blind_mode(true)").contains(
                    "not the chair"))
            try panel.admin(
                "GRANT EXECUTE ON FUNCTION shortlist.init_panel(text, text) TO \(panel.roles.panel)"
            )
            #expect(
                try panel.refused("member1", "SELECT init_panel('x', 'y')").contains(
                    "not in the group"))
            #expect(
                try panel.refused("secretary", "SELECT init_panel('x', 'y')").contains(
                    "already has a roster"))
            #expect(
                try panel.refused("member1", "SELECT unbind_login('member2')").contains(
                    "permission denied"))
        }

        @Test func setupRefusesANonSuperuserAndASecondRun() throws {
            let panel = try ServerPanel()
            let again = try ServerURL(
                "postgresql://\(ServerCluster.admin)@/\(panel.database)?host=\(ServerCluster.socket ?? "")",
                environment: [:], login: "root")
            #expect(throws: ServerFailure.self) { _ = try ServerSetup.run(again) }
            let asMember = try ServerURL(
                "postgresql://\(panel.login("member1"))@/\(panel.database)?host=\(ServerCluster.socket ?? "")",
                environment: [:], login: "root")
            do {
                _ = try ServerSetup.run(asMember)
                Issue.record("a member ran the setup")
            } catch let failure as ServerFailure {
                #expect(failure.description.contains("superuser"))
            }
        }
    }
#endif
