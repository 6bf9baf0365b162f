#if Postgres
    import Foundation
    import ShortlistCore

    @testable import ShortlistStore

    /// The engine opened as a given roster entry of a `ServerPanel`, for the scoring, ranking,
    /// audit and notes suites.
    extension ServerPanel {
        /// The PostgreSQL store as `name`'s own login role sees the panel.
        func scoringEngine(_ name: String) throws -> PostgresStore {
            let address = try ServerAddress(
                parsing:
                    "postgresql://\(login(name))@/\(database)?host=\(ServerCluster.socket ?? "")")
            let store = try DatabaseEngines.open(.server(address))
            guard let postgres = store as? PostgresStore else {
                throw Refused(message: "\(address) did not open on the PostgreSQL engine")
            }
            return postgres
        }

        /// The call's scoring scheme (criteria A1 and A2 on a scale of 0 to 5, the grid adopted)
        /// stored by the secretary, and every scorer's declarations made by themselves: what
        /// scoring through the engine needs beyond the fixture's rows.
        func prepareScoring(commentAtEnds: Bool = false) throws {
            try run(
                "secretary",
                """
                INSERT INTO call_profile (id, toml, sha256, reference, locked_at, locked_by, grid_sha256)
                VALUES (1, '', 'profile', 'EPSO/AD/401/26', '2026-02-01T09:00:00Z', 'chair', 'grid');
                INSERT INTO profile_scoring (id, scale_minimum, scale_maximum, anchors, overall_pass_mark,
                    reserve_limit, divergence_threshold, comment_at_ends)
                VALUES (1, 0, 5, '["0","1","2","3","4","5"]', 50, 2, 3, \(commentAtEnds));
                INSERT INTO profile_criteria (id, grp, position, weight, pass_mark)
                VALUES ('A1', 'A', 1, 2, 2), ('A2', 'A', 2, 1, NULL);
                """)
            for name in ["chair", "member1", "member2", "member3", "member4"] {
                try run(
                    name,
                    """
                    INSERT INTO declarations VALUES ('\(name)', 'confidentiality', '2026-02-01T09:30:00Z'),
                        ('\(name)', 'no_undeclared_conflict', '2026-02-01T09:30:00Z')
                    """)
            }
        }

        /// An actor named `name` as another engine would pass it (to try acting as them).
        static func impersonating(_ name: String) -> Actor {
            Actor(name: name, member: PanelMember(name: name, displayName: name, role: .member))
        }

        /// The number of rows of `table` as the administrator (no row policy) counts them.
        func adminCount(_ sql: String) throws -> Int {
            Int(try admin(sql).out) ?? -1
        }
    }
#endif
