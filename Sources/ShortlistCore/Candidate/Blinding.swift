/// Blind mode: for anonymised screening the panel sees application ids instead of names, and
/// nothing of name, e-mail, birth date or nationality. The store applies it to what it hands
/// out; these say what a blinded record looks like.
extension Candidate {
    public func blinded() -> Candidate {
        var copy = self
        copy.surname = applicationID.rawValue
        copy.givenNames = ""
        copy.email = nil
        copy.dateOfBirth = .missing
        copy.nationalities = .missing
        copy.isBlinded = true
        return copy
    }
}

extension CandidateSummary {
    public func blinded() -> CandidateSummary {
        var copy = self
        copy.surname = applicationID.rawValue
        copy.givenNames = ""
        copy.nationalities = .missing
        copy.isBlinded = true
        return copy
    }
}
