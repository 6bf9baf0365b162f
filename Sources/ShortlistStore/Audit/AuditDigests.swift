import ShortlistCore

/// What both engines' trail writers hand out: the digest under which an entry commits to a
/// value, the value itself waiting beside it until the entry that carries the digest is
/// appended. One set of rules for what is a text, a reason or a mark, whichever engine
/// writes the entry.
protocol AuditDigests: AnyObject {
    /// Keeps `item` until an appended entry carries its digest; returns the digest.
    func hold(_ item: AuditValues.Pending) -> String
}

extension AuditDigests {
    /// The digest under which an entry commits to free text that may name a candidate (a
    /// note, a comment, a filter's expression): put it in `before` or `after` of the next
    /// append, which stores the text and its salt in `audit_values`, erasable, in the same
    /// transaction. `audit log` shows only the digest, as it showed a hash before.
    func digest(_ text: String, sealed: Bool = false) -> String {
        hold(AuditValues.Pending(value: text, kind: .text, sealed: sealed))
    }

    /// The same for a justification or a name that `audit log` shows as written until it is
    /// erased: the reason of an override, a conflict, an excusal, a reopening, a purge.
    func digest(reason: String) -> String {
        hold(AuditValues.Pending(value: reason, kind: .reason, sealed: false))
    }

    /// The same for an interview mark ("" when cleared): sealed like its card, and kept by a
    /// purge (marks are pseudonymous and the ranking rests on them).
    func digest(mark: Int?) -> String {
        hold(AuditValues.Pending(value: mark.map(String.init) ?? "", kind: .mark, sealed: true))
    }
}
