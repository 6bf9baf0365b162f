import Foundation
import ShortlistCore

/// A small, hand-written set of applications in every script the panel meets, for tests.
public enum FixtureCandidates {
    public static func make(
        _ n: Int, _ surname: String, _ given: String, nationality: String, fg: FunctionGroup = .iv,
        education: EducationLevel = .master, languages: String = "EN:C1;FR:B2",
        experience: Double = 5, cv: String = "Policy officer.",
        submitted: String = "2025-11-20T10:00:00+01:00"
    ) -> Candidate {
        Candidate(
            applicationID: ApplicationID(String(format: "APP-%07d", n)),
            castRegistrationID: String(format: "CAST%08d", 1_000_000 + n),
            surname: surname,
            givenNames: given,
            nationalities: .value(CountryCode.parseList(nationality) ?? []),
            email: "candidate\(n)@example.org",
            dateOfBirth: .value(
                CalendarDate(year: 1980 + n % 20, month: 1 + n % 12, day: 1 + n % 28)!),
            submittedAt: .value(Timestamp(iso: submitted)!),
            functionGroup: .value(fg),
            castProfile: "Political Affairs/EU Policies",
            castStatus: .value(.passed),
            educationLevel: .value(education),
            educationYears: .value(17),
            degreeField: "Computer Science",
            diplomaRecognised: .value(true),
            languages: .value(LanguageSkill.parseList(languages) ?? []),
            militaryService: .value(.notApplicable),
            yearsExperience: .value(experience),
            currentEmployer: "European Commission",
            cvText: cv,
            motivation: "I want to work on AI for societal good.")
    }

    /// Twelve candidates: Greek, Bulgarian Cyrillic, Polish, German, Irish, Czech, Hungarian,
    /// Spanish, Italian, Chinese and Japanese names, with different field values.
    public static let all: [Candidate] = [
        make(
            1, "Παπαδόπουλος", "Ιωάννης", nationality: "EL", languages: "EL:C2;EN:C1;FR:B1",
            cv: "Led the Local Digital Twin pilot for Athens.\n\nMachine learning for flood risk."),
        make(2, "Иванова", "Мария", nationality: "BG", fg: .iii, languages: "BG:C2;EN:B2;RU:C1"),
        make(
            3, "Żółć", "Łukasz", nationality: "PL", education: .bachelor, languages: "PL:C2;EN:C1"),
        make(
            4, "Müller", "Jürgen", nationality: "DE", experience: 12.5,
            cv: "Procurement and grants."),
        make(5, "Ó Súilleabháin", "Siobhán", nationality: "IE", languages: "EN:C2;GA:C1"),
        make(6, "Dvořák", "Jiří", nationality: "CZ", fg: .ii, education: .doctorate),
        make(7, "Szőke", "Árpád", nationality: "HU", languages: "HU:C2;DE:B2;EN:B2"),
        make(8, "Pérez de la Fuente", "Nuria", nationality: "ES", languages: "ES:C2;EN:C1;FR:C1"),
        make(9, "Dall'Ò", "Giuseppe", nationality: "IT;AR", education: .postSecondary),
        make(10, "王", "小明", nationality: "CN", languages: "ZH:C2;EN:C1"),
        make(11, "山田", "太郎", nationality: "JP", languages: "JA:C2;EN:B2"),
        make(
            12, "Weiß", "Straße-Anna", nationality: "AT", languages: "DE:C2;EN:C1", experience: 0.5),
    ]
}
