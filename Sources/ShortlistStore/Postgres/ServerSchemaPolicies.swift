/// Row-level security: the permission matrix row by row, and sealing.
/// Placeholders in double braces are the names of `ServerRoles`.
extension ServerSetupScript {
    static let policiesPart = #"""
        -- Row-level security: the permission matrix row by row, and sealing. Table owners are not
        -- subject to it, and the owner is nobody's role.
        ALTER TABLE scorecards ENABLE ROW LEVEL SECURITY;
        ALTER TABLE scorecard_marks ENABLE ROW LEVEL SECURITY;
        ALTER TABLE audit_values ENABLE ROW LEVEL SECURITY;
        ALTER TABLE screening ENABLE ROW LEVEL SECURITY;
        ALTER TABLE screening_notes ENABLE ROW LEVEL SECURITY;
        ALTER TABLE conflicts ENABLE ROW LEVEL SECURITY;
        ALTER TABLE declarations ENABLE ROW LEVEL SECURITY;
        ALTER TABLE note_versions ENABLE ROW LEVEL SECURITY;
        ALTER TABLE saved_filters ENABLE ROW LEVEL SECURITY;
        ALTER TABLE meta ENABLE ROW LEVEL SECURITY;

        -- Cards and their marks: read as sealing allows; written by their author alone, only while a
        -- draft, only for an invited candidate the author has no conflict with.
        -- card_visible's rule, written so that the planner asks cards_open_to_me() once per
        -- statement rather than a definer function once per row.
        CREATE POLICY read_sealed ON scorecards FOR SELECT USING (member = (SELECT my_name())
            OR (submitted_at IS NOT NULL AND candidate_id IN (SELECT cards_open_to_me())));
        CREATE POLICY write_own_draft ON scorecards FOR INSERT WITH CHECK (
            member = (SELECT my_name()) AND (SELECT my_role()) IN ('chair', 'member')
            AND EXISTS (SELECT 1 FROM invitations i WHERE i.candidate_id = scorecards.candidate_id AND i.outcome IS NULL)
            AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.candidate_id = scorecards.candidate_id AND c.member = scorecards.member));
        CREATE POLICY change_own_draft ON scorecards FOR UPDATE
            USING (member = (SELECT my_name()) AND submitted_at IS NULL)
            WITH CHECK (member = (SELECT my_name()));
        CREATE POLICY delete_own_draft ON scorecards FOR DELETE
            USING (member = (SELECT my_name()) AND submitted_at IS NULL);

        CREATE POLICY read_sealed ON scorecard_marks FOR SELECT USING (member = (SELECT my_name())
            OR (candidate_id IN (SELECT cards_open_to_me()) AND EXISTS (SELECT 1 FROM scorecards a
                WHERE a.candidate_id = scorecard_marks.candidate_id AND a.member = scorecard_marks.member
                AND a.submitted_at IS NOT NULL)));
        CREATE POLICY write_own_draft ON scorecard_marks FOR ALL
            USING (member = (SELECT my_name()) AND EXISTS (SELECT 1 FROM scorecards s
                WHERE s.candidate_id = scorecard_marks.candidate_id AND s.member = scorecard_marks.member
                AND s.submitted_at IS NULL))
            WITH CHECK (member = (SELECT my_name()) AND EXISTS (SELECT 1 FROM scorecards s
                WHERE s.candidate_id = scorecard_marks.candidate_id AND s.member = scorecard_marks.member
                AND s.submitted_at IS NULL));

        CREATE POLICY read_as_its_entry ON audit_values FOR SELECT USING (audit_value_visible(seq, sealed));

        -- Screening marks are open to the panel (not sealed), written by each scorer for themselves.
        CREATE POLICY read_all ON screening FOR SELECT USING (true);
        CREATE POLICY write_own ON screening FOR ALL
            USING (member = (SELECT my_name()))
            WITH CHECK (member = (SELECT my_name()) AND NOT EXISTS (SELECT 1 FROM conflicts c
                WHERE c.candidate_id = screening.candidate_id AND c.member = screening.member));
        CREATE POLICY read_all ON screening_notes FOR SELECT USING (true);
        CREATE POLICY write_own ON screening_notes FOR ALL
            USING (member = (SELECT my_name()))
            WITH CHECK (member = (SELECT my_name()));

        -- Conflicts: one's own, declared by oneself; the chair and the secretary record anyone's.
        CREATE POLICY read_all ON conflicts FOR SELECT USING (true);
        CREATE POLICY declare ON conflicts FOR INSERT WITH CHECK (
            declared_by = (SELECT my_name())
            AND (member = (SELECT my_name()) OR (SELECT my_role()) IN ('chair', 'secretary')));

        CREATE POLICY read_all ON declarations FOR SELECT USING (true);
        CREATE POLICY declare_own ON declarations FOR INSERT WITH CHECK (name = (SELECT my_name()));

        -- Notes: anyone annotates in their own name; the chair and the secretary merge others'.
        CREATE POLICY read_all ON note_versions FOR SELECT USING (true);
        CREATE POLICY write_own ON note_versions FOR INSERT WITH CHECK (
            author = (SELECT my_name()) OR (SELECT my_role()) IN ('chair', 'secretary'));
        CREATE POLICY mark_heads ON note_versions FOR UPDATE USING (true) WITH CHECK (true);

        CREATE POLICY read_all ON saved_filters FOR SELECT USING (true);
        CREATE POLICY save_own ON saved_filters FOR INSERT WITH CHECK (saved_by = (SELECT my_name()));
        CREATE POLICY replace_any ON saved_filters FOR UPDATE USING (true) WITH CHECK (saved_by = (SELECT my_name()));
        CREATE POLICY delete_any ON saved_filters FOR DELETE USING (true);

        -- Settings: read by all; written by the secretary, except blind mode (set_blind_mode).
        CREATE POLICY read_all ON meta FOR SELECT USING (true);
        CREATE POLICY secretary_writes ON meta FOR ALL USING (key NOT IN ('blind_mode', 'server_schema'))
            WITH CHECK (key NOT IN ('blind_mode', 'server_schema'));

        -- Each mark with its card's state, as the reader may see it. A view runs with its
        -- owner's rights unless it says otherwise; this one runs with the reader's, so the
        -- policies above apply to whoever reads it.
        CREATE VIEW card_marks WITH (security_invoker = true) AS
            SELECT c.application_id, m.member, m.criterion, m.mark, m.comment, s.submitted_at
            FROM scorecard_marks m
            JOIN scorecards s ON s.candidate_id = m.candidate_id AND s.member = m.member
            JOIN candidates c ON c.id = m.candidate_id;
        """#
}
