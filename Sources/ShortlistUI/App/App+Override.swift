import ShortlistCore
import ShortlistStore

extension App {
    /// Opens the chair's override form on the selected candidate: the rule (the first that
    /// does not pass, to begin with), pass or fail, and the justification the audit trail
    /// keeps.
    func openOverrideForm() {
        guard let id = selectedID, let assessment = assessment(of: id) else { return }
        let g = theme.glyphs
        let rules = assessment.outcomes.map { outcome in
            FormState.Option(
                value: outcome.rule.rawValue, label: outcome.rule.rawValue,
                help: Self.ruleData(outcome, among: assessment.outcomes, glyphs: g))
        }
        let start = assessment.outcomes.firstIndex { $0.result != .pass } ?? 0
        let decisions = EligibilityOverride.Decision.allCases.map { decision in
            let badge = StatusBadge.rule(decision.ruleResult, glyphs: g)
            return FormState.Option(value: decision.rawValue, label: badge.text, role: badge.role)
        }
        let opposite = assessment.outcomes[start].result == .pass ? 1 : 0
        var rule = FormState.Field(
            name: "rule", label: "Rule", kind: .choice(rules, selected: start))
        rule.helpStays = true
        state.form = FormState(
            title: "Override an eligibility rule of \(id)", purpose: .override(id),
            fields: [
                rule,
                FormState.Field(
                    name: "result", label: "Result", kind: .choice(decisions, selected: opposite),
                    help: "The result that counts from now on, whatever the data give."),
                FormState.Field(
                    name: "reason", label: "Justification", kind: .text(CommandLineState()),
                    help:
                        "Why the panel decides otherwise than the data: the audit trail keeps it with the override.",
                    isRequired: true),
            ], focus: 0)
        showBeside(.eligibility)
    }

    /// What the chair decides on, beside the justification: what the rule gives now and the
    /// values it read (its reason quotes them, and any override in force), then the others.
    static func ruleData(_ outcome: RuleOutcome, among all: [RuleOutcome], glyphs g: Glyphs)
        -> String
    {
        var lines = [
            "\(outcome.rule) now gives \(StatusBadge.rule(outcome.result, glyphs: g).text): \(outcome.reason)"
        ]
        let others = all.filter { $0.rule != outcome.rule }.map {
            "\($0.rule) \(StatusBadge.rule($0.result, glyphs: g).text)"
        }
        if !others.isEmpty { lines.append("Other rules: \(others.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }

    /// Opens the form that withdraws one of the candidate's overrides, with a reason.
    func openWithdrawForm() {
        guard let id = selectedID, let assessment = assessment(of: id) else { return }
        let g = theme.glyphs
        let overridden = assessment.outcomes.filter(\.isOverridden)
        guard !overridden.isEmpty else {
            show("\(id) has no override to withdraw", isError: true)
            return
        }
        let rules = overridden.map { outcome in
            FormState.Option(
                value: outcome.rule.rawValue, label: outcome.rule.rawValue,
                help:
                    "\(outcome.rule): \(outcome.reason). Withdrawn, it gives \(StatusBadge.rule(outcome.check.result, glyphs: g).text) again."
            )
        }
        var rule = FormState.Field(name: "rule", label: "Rule", kind: .choice(rules, selected: 0))
        rule.helpStays = true
        state.form = FormState(
            title: "Withdraw an override of \(id)", purpose: .withdrawOverride(id),
            fields: [
                rule,
                FormState.Field(
                    name: "reason", label: "Reason", kind: .text(CommandLineState()),
                    help: "Why the override no longer holds: the audit trail keeps it.",
                    isRequired: true),
            ])
        showBeside(.eligibility)
    }

    private func assessment(of id: ApplicationID) -> EligibilityAssessment? {
        guard let panel else {
            show("the panel's work is not available here", isError: true)
            return nil
        }
        do {
            guard let assessment = try panel.eligibility(of: id) else {
                show("\(id) was never assessed: this database has no call profile", isError: true)
                return nil
            }
            return assessment
        } catch {
            report(error)
            return nil
        }
    }

    func saveOverride(_ form: FormState, _ id: ApplicationID) {
        guard let panel, let actor = context.actor,
            let rule = form.value("rule").flatMap(EligibilityRule.init(rawValue:)),
            let decision = form.value("result").flatMap(
                EligibilityOverride.Decision.init(rawValue:)),
            let reason = form.value("reason")
        else { return }
        writeFromForm(form) {
            try $0.overrideEligibility(id, rule: rule, to: decision, reason: reason, by: actor)
        } done: { [self] in
            panelChanged()
            guard let verdict = read({ try panel.eligibility(of: id) }) else { return }
            let now = verdict?.result.rawValue ?? "not assessed"
            show("\(id): \(rule) overridden to \(decision); now \(now)")
        }
    }

    func saveWithdrawal(_ form: FormState, _ id: ApplicationID) {
        guard let panel, let actor = context.actor,
            let rule = form.value("rule").flatMap(EligibilityRule.init(rawValue:)),
            let reason = form.value("reason")
        else { return }
        writeFromForm(form) {
            try $0.withdrawOverride(id, rule: rule, reason: reason, by: actor)
        } done: { [self] in
            panelChanged()
            guard let verdict = read({ try panel.eligibility(of: id) }) else { return }
            let now = verdict?.result.rawValue ?? "not assessed"
            show("\(id): the override of \(rule) is withdrawn; now \(now)")
        }
    }
}
