import ShortlistCore

/// A member's own marks and comments on one card, by criterion, as either engine reads them.
typealias CardMarks = [CriterionID: (mark: Int, comment: String)]

/// The rules of writing a scorecard, once for both engines: what may be marked, when a card
/// may be submitted, the words of every refusal and what the trail records. The engines only
/// read and write the rows.
enum ScorecardRules {
    /// Every criterion named must be the call's, every mark on its scale.
    static func checkCriteria(
        marks: [CriterionID: Int], cleared: Set<CriterionID>, comments: [CriterionID: String],
        in scheme: ScoringScheme
    ) throws {
        for criterion in Set(marks.keys).union(cleared).union(comments.keys)
        where scheme.rule(criterion) == nil {
            throw StoreError.invalid(
                "“\(criterion)” is not a criterion of this call; the criteria are "
                    + scheme.criteria.map(\.id.rawValue).joined(separator: ", "))
        }
        for (criterion, mark) in marks where !scheme.scale.levels.contains(mark) {
            throw StoreError.invalid(
                "\(criterion)=\(mark) is outside the scale \(scheme.scale.minimum)–\(scheme.scale.maximum)"
            )
        }
    }

    /// Every criterion marked, and a comment beside every mark at either end of the scale
    /// when the profile asks for one.
    static func checkSubmittable(_ id: ApplicationID, _ marks: CardMarks, in scheme: ScoringScheme)
        throws
    {
        let missing = scheme.criteria.map(\.id).filter { marks[$0] == nil }
        guard missing.isEmpty else {
            throw StoreError.invalid(
                "\(id): mark every criterion before submitting; still to mark: "
                    + missing.map(\.rawValue).joined(separator: ", "))
        }
        if scheme.rules.commentRequiredAtScaleEnds {
            let ends = [scheme.scale.minimum, scheme.scale.maximum]
            let uncommented = scheme.criteria.map(\.id).filter {
                ends.contains(marks[$0]!.mark) && marks[$0]!.comment.isEmpty
            }
            guard uncommented.isEmpty else {
                throw StoreError.invalid(
                    "\(id): a mark at either end of the scale needs a comment (the profile asks for one): "
                        + uncommented.map { "\($0)=\(marks[$0]!.mark)" }.joined(separator: ", "))
            }
        }
    }

    /// What a submission records: every mark, and every comment, as sealed digests.
    static func submittedTrail(_ marks: CardMarks, _ audit: some AuditDigests) -> [String: String] {
        var after = Dictionary(
            uniqueKeysWithValues: marks.map { ($0.key.rawValue, audit.digest(mark: $0.value.mark)) }
        )
        for (criterion, entry) in marks where !entry.comment.isEmpty {
            after["\(criterion).comment"] = audit.digest(entry.comment, sealed: true)
        }
        return after
    }

    static func conflicted(_ member: String, _ id: ApplicationID, cannot verb: String)
        -> StoreError
    {
        .invalid(
            "\(member) declared a conflict of interest with \(id) and cannot \(verb) this candidate"
        )
    }

    static func excused(_ member: String, _ id: ApplicationID) -> StoreError {
        .invalid("\(member) was excused from \(id)'s interview and does not score it")
    }

    static func locked(_ member: String, _ id: ApplicationID) -> StoreError {
        .invalid(
            "\(member)'s scorecard for \(id) is submitted and locked; the chair may reopen it "
                + "(`shortlist score reopen \(id) --member \(member) --reason …`)")
    }

    static let noScheme = StoreError.invalid(
        "this database's call profile has no scoring scheme (`shortlist profile replace`)")

    static func notInvited(_ id: ApplicationID) -> StoreError {
        .invalid("\(id) is not invited to interview (`shortlist invite \(id)`)")
    }

    /// `outcome`: how the no-show or withdrawal reads (`InvitationOutcome.text`).
    static func notScorable(_ id: ApplicationID, _ outcome: String, recordedBy: String)
        -> StoreError
    {
        .invalid(
            "\(id) \(outcome) (recorded by \(recordedBy)) and cannot be scored; `shortlist invite \(id) --attended` undoes it"
        )
    }

    static let reopenNeedsReason = "reopening a scorecard needs a reason (--reason)"
    static let excuseNeedsReason = "excusing a member needs a reason (--reason)"
    static let withdrawExcuseNeedsReason = "withdrawing an excusal needs a reason (--reason)"

    static func notSubmitted(_ member: String, _ id: ApplicationID) -> StoreError {
        .invalid("\(member) has no submitted scorecard for \(id)")
    }

    static func notScoringMember(_ member: String) -> StoreError {
        .invalid("\(member) is not a scoring member of the panel (chair or member)")
    }

    static func alreadySubmitted(_ member: String, _ id: ApplicationID) -> StoreError {
        .invalid("\(member) has already submitted a scorecard for \(id)")
    }

    static func notExcused(_ member: String, _ id: ApplicationID) -> StoreError {
        .invalid("\(member) is not excused from \(id)'s interview")
    }

    /// Whether a panel role scores (the chair and members do).
    static func scores(_ role: String?) -> Bool {
        role == Role.chair.rawValue || role == Role.member.rawValue
    }

    /// The trail of the chair's reopening: the card goes back to a draft.
    static func reopenTrail(_ member: String, reason: String, _ audit: some AuditDigests)
        -> (before: [String: String], after: [String: String])
    {
        (
            ["member": member, "state": "submitted"],
            ["member": member, "state": "draft", "reason": audit.digest(reason: reason)]
        )
    }

    /// The trail of an excusal withdrawn: the member is expected again.
    static func excuseWithdrawnTrail(_ member: String, reason: String, _ audit: some AuditDigests)
        -> (before: [String: String], after: [String: String])
    {
        (
            ["member": member, "state": "excused"],
            ["member": member, "state": "expected", "reason": audit.digest(reason: reason)]
        )
    }
}

/// One change of the acting member's card, worked out before either engine writes it: the
/// marks to set, the ones to clear, the comments, and what the trail records of it. Marks
/// and comments enter the trail as salted digests, sealed like the card; comments may name
/// the candidate, so the trail keeps digests and erasable rows the text.
struct ScorecardEdit {
    var marks: [(CriterionID, Int)] = []
    var cleared: [CriterionID] = []
    var comments: [(CriterionID, String)] = []
    var before: [String: String] = [:]
    var after: [String: String] = [:]

    /// `old`: the card as it stands. Refuses a comment on a criterion with no mark.
    init(
        marks: [CriterionID: Int], cleared: Set<CriterionID>, comments: [CriterionID: String],
        note: String?, old: CardMarks, _ audit: some AuditDigests
    ) throws {
        let sealed = { (text: String) in audit.digest(text, sealed: true) }
        for (criterion, mark) in marks {
            if let was = old[criterion] {
                before[criterion.rawValue] = audit.digest(mark: was.mark)
            }
            after[criterion.rawValue] = audit.digest(mark: mark)
            self.marks.append((criterion, mark))
        }
        for criterion in cleared where marks[criterion] == nil {
            guard let was = old[criterion] else { continue }
            before[criterion.rawValue] = audit.digest(mark: was.mark)
            after[criterion.rawValue] = audit.digest(mark: nil)
            self.cleared.append(criterion)
        }
        for (criterion, comment) in comments {
            guard marks[criterion] != nil || old[criterion] != nil else {
                throw StoreError.invalid("give \(criterion) a mark before commenting on it")
            }
            if let was = old[criterion]?.comment, !was.isEmpty {
                before["\(criterion).comment"] = sealed(was)
            }
            after["\(criterion).comment"] = sealed(comment)
            self.comments.append((criterion, comment))
        }
        if let note { after["note"] = sealed(note) }
    }

    /// The trail's `before`, nil when the change replaced nothing.
    var trailBefore: [String: String]? { before.isEmpty ? nil : before }
}
