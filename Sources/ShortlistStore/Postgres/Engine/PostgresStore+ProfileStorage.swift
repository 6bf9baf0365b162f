#if Postgres
    import Foundation
    import PostgresNIO
    import ShortlistCore

    /// The call profile's rows, as `SQLiteStore.writeProfile` writes them: shared by the
    /// creation and by whatever replaces the profile on a server.
    extension PostgresStore {
        static func writeProfile(_ profile: ProfileDocument, _ session: PostgresSession) throws {
            let sha = sha256Hex(profile.toml)
            try session.execute(
                """
                INSERT INTO call_profile (id, toml, sha256, reference) VALUES (1, \(profile.toml), \(sha), \(profile.reference))
                ON CONFLICT (id) DO UPDATE SET toml = excluded.toml, sha256 = excluded.sha256, reference = excluded.reference
                """)
            try session.execute("DELETE FROM profile_criteria")
            for (position, (id, group)) in profile.criteria.enumerated() {
                let rule = profile.scheme?.rule(id)
                let weight = rule?.weight ?? 1
                let passMark = rule?.passMark
                try session.execute(
                    "INSERT INTO profile_criteria (id, grp, position, weight, pass_mark) VALUES (\(id.rawValue), \(group.rawValue), \(position), \(weight), \(passMark))"
                )
            }
            try session.execute("DELETE FROM profile_scoring")
            if let rules = profile.scheme?.rules {
                let anchors = JSONText.array(rules.scale.anchors)
                try session.execute(
                    """
                    INSERT INTO profile_scoring (id, scale_minimum, scale_maximum, anchors, overall_pass_mark,
                        reserve_limit, divergence_threshold, comment_at_ends)
                    VALUES (1, \(rules.scale.minimum), \(rules.scale.maximum), \(anchors), \(rules.overallPassMark),
                        \(rules.reserveListLimit), \(rules.divergenceThreshold), \(rules.commentRequiredAtScaleEnds))
                    """)
            }
            try session.execute(
                "INSERT INTO meta (key, value) VALUES ('call_reference', \(profile.reference)) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            )
        }
    }
#endif
