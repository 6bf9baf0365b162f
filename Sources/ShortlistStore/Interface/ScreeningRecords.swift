import ShortlistCore

/// Screening: the declarations a screener makes first, the refusals before them, and the
/// marks and note of a screening.
public protocol ScreeningRecords: Sendable {
    /// The acting person makes both declarations; the first declaration stands.
    @discardableResult
    func declare(by actor: Actor) throws -> [DeclarationKind]
    func hasDeclared(_ actor: Actor) throws -> Bool
    /// Why the actor may not open a candidate's record yet (declarations not made).
    func declarationRefusal(for actor: Actor) throws -> String?
    func declarations() throws -> [Declaration]
    /// Why the actor may not screen or score yet (grid not adopted, declarations not made).
    func roundRefusal(for actor: Actor, to verb: String) throws -> String?

    func screen(
        _ id: ApplicationID, marks: [CriterionID: ScreeningMark], note: String?, by actor: Actor
    ) throws
    func screening(of id: ApplicationID) throws -> CandidateScreening
}

extension ScreeningRecords {
    public func screen(
        _ id: ApplicationID, marks: [CriterionID: ScreeningMark], note: String? = nil,
        by actor: Actor
    ) throws {
        try screen(id, marks: marks, note: note, by: actor)
    }
}
