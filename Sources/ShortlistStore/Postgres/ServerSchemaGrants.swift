/// The least grants of each group role.
/// Placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let grantsPart = #"""
        -- Least grants per group. No UPDATE, DELETE or TRUNCATE on audit for anyone.
        REVOKE ALL ON ALL TABLES IN SCHEMA shortlist FROM PUBLIC;

        -- Every panel role: the applications (names as blind mode allows), the assessment, the
        -- roster, the trail (to verify it) and what sealing lets through.
        GRANT SELECT (id, application_id, cast_registration_id, submitted_at, submitted_epoch,
            function_group, cast_profile, cast_status, education_level, education_years, degree_field,
            diploma_recognised, languages, military_service, years_experience, current_employer,
            invalid_fields, fingerprint, purged_at, content_sha256, import_number, import_line,
            surname, given_names, name_key, name_search, name_latin, name_vector,
            email, date_of_birth, nationalities) ON candidates TO {{panel}};
        GRANT SELECT ON meta, candidate_texts, imports, panel, conflicts, audit, audit_head,
            audit_values, call_profile, profile_criteria, profile_scoring, eligibility, overrides,
            evidence, screening, screening_notes, invitations, scorecards, scorecard_marks, excusals,
            note_versions, note_supersedes, note_tags, saved_filters, ranking_finalisation, note_copies,
            declarations, letter_template, recruitment_checks, card_marks TO {{panel}};
        GRANT INSERT, UPDATE (is_head) ON note_versions TO {{panel}};
        GRANT INSERT ON note_supersedes, note_tags TO {{panel}};
        GRANT DELETE ON note_tags TO {{panel}};
        GRANT INSERT, UPDATE, DELETE ON saved_filters TO {{panel}};
        GRANT INSERT ON declarations TO {{panel}};
        GRANT EXECUTE ON FUNCTION my_name(), my_role(), card_visible(bigint, text), cards_open_to_me(),
            audit_value_visible(bigint, boolean), score_progress(), combined_results(),
            audit_append(text, text, text, text, jsonb) TO {{panel}};

        -- Scorers: their own screening, cards and marks (the policies keep them to their own).
        GRANT INSERT, UPDATE, DELETE ON screening, screening_notes, scorecards, scorecard_marks
            TO {{chair}}, {{member}};
        GRANT INSERT ON conflicts TO {{chair}}, {{member}}, {{secretary}};

        -- The chair: overrides, excusals, invitations, the grid, finalisation, blind mode.
        GRANT INSERT, UPDATE, DELETE ON overrides, excusals, ranking_finalisation TO {{chair}};
        GRANT UPDATE (result, reasons) ON eligibility TO {{chair}};
        GRANT EXECUTE ON FUNCTION set_blind_mode(boolean) TO {{chair}};

        -- The chair and the secretary: invitations, the call profile, recruitment checks, the roster
        -- (bound only through bind_login; panel_rules keeps the separation of duties).
        GRANT INSERT, UPDATE, DELETE ON invitations, call_profile, profile_criteria, profile_scoring,
            recruitment_checks TO {{chair}}, {{secretary}};
        GRANT INSERT (name, display_name, role, added_at), UPDATE (display_name, role, removed_at)
            ON panel TO {{chair}}, {{secretary}};
        GRANT EXECUTE ON FUNCTION bind_login(text, text), unbind_login(text) TO {{chair}}, {{secretary}};

        -- The secretary: imports, the letter, settings; purge rewrites applications.
        GRANT INSERT, UPDATE, DELETE ON candidates, candidate_texts, imports, eligibility, evidence,
            letter_template, note_copies TO {{secretary}};
        GRANT INSERT, UPDATE ON meta TO {{secretary}};
        GRANT EXECUTE ON FUNCTION init_panel(text, text) TO {{secretary}};
        \#(settleAfterLoadGrant)

        -- What bind_login reads and writes, as its owner.
        GRANT SELECT ON panel, ranking_finalisation, call_profile TO {{roles}};
        GRANT UPDATE (login) ON panel TO {{roles}};
        GRANT EXECUTE ON FUNCTION audit_append(text, text, text, text, jsonb) TO {{roles}};
        """#
}

extension ServerSetupScript {
    /// Who may ask for `settle_after_load()`: in the setup and in the upgrade to schema 2.
    static let settleAfterLoadGrant = #"""
        GRANT EXECUTE ON FUNCTION settle_after_load() TO {{secretary}};
        """#
}
