import ShortlistCore
import Testing

@testable import ShortlistDemo

/// The demo population must be deterministic and must show every case the panel's tools
/// distinguish; these tests read the generated records, not the generator's internals.
struct DemoPopulationTests {
    /// 2,000 candidates, generated once for all tests.
    static let sample: [Candidate] = {
        let population = DemoPopulation()
        return (0..<2_000).map(population.candidate(at:))
    }()

    static let deadline = Timestamp(iso: "2025-12-02T23:00:00+01:00")!

    /// Written independently of the generator's pools: the words a panel member would search
    /// for when looking for AI fundamentals and AI or Digital Twin projects.
    static func showsEvidence(_ text: String) -> Bool {
        let lower = text.lowercased()
        let phrases = [
            "artificial intelligence", "machine learning", "deep learning", "digital twin",
            "large language model", "intelligence artificielle", "jumeau numérique",
            "jumeaux numériques", "künstliche intelligenz", "künstlichen intelligenz",
            "digitaler zwilling", "digitalen zwilling", "digitale zwillinge",
        ]
        if phrases.contains(where: lower.contains) { return true }
        return lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains("ai")
    }

    // MARK: Determinism

    @Test func sameSeedGivesTheSameCandidates() {
        let a = DemoPopulation(seed: 7)
        let b = DemoPopulation(seed: 7)
        for i in 0..<300 {
            #expect(a.candidate(at: i) == b.candidate(at: i))
        }
        // Random access: a candidate does not depend on which were generated before it.
        #expect(a.candidate(at: 123_456) == b.candidate(at: 123_456))
        #expect(DemoPopulation().candidate(at: 5) == Self.sample[5])
    }

    /// Pinned values: the same (seed, index) gives the same person on every run and machine.
    /// Changing the pools changes these on purpose; update them then.
    @Test func knownCandidatesStayTheSame() {
        let first = DemoPopulation().candidate(at: 0)
        #expect(first.surname == "Żurawski")
        #expect(first.givenNames == "Bartłomiej")
        #expect(first.email == "bartlomiej.zurawski146@mail.example.com")
        #expect(first.dateOfBirth.value == CalendarDate(year: 1963, month: 2, day: 27))
        #expect(first.submittedAt.value?.description == "2025-11-26T13:14:44+01:00")
        let second = DemoPopulation().candidate(at: 1)
        #expect(second.surname == "Blanco Ortiz")
        #expect(second.givenNames == "Carmen Rocío")
        #expect(second.submittedAt.value?.description == "2025-10-28T13:36:34Z")
    }

    @Test func differentSeedsGiveDifferentCandidates() {
        let a = DemoPopulation(seed: 1)
        let b = DemoPopulation(seed: 2)
        let differing = (0..<200).filter {
            a.candidate(at: $0).cvText != b.candidate(at: $0).cvText
        }
        #expect(differing.count >= 195)
        let names = (0..<200).filter { a.candidate(at: $0).surname != b.candidate(at: $0).surname }
        #expect(names.count >= 150)
    }

    @Test func applicationIDsFollowTheIndex() {
        let population = DemoPopulation()
        #expect(population.candidate(at: 0).applicationID.rawValue == "APP-0000001")
        #expect(population.candidate(at: 41).applicationID.rawValue == "APP-0000042")
        #expect(population.candidate(at: 999_999).applicationID.rawValue == "APP-1000000")
    }

    // MARK: CV texts

    @Test func cvTextsAreDistinctAndOfRealisticLength() {
        let distinct = Set(Self.sample.map(\.cvText)).count
        #expect(
            distinct * 100 >= Self.sample.count * 95,
            "\(distinct) distinct CVs of \(Self.sample.count)")
        for c in Self.sample {
            #expect(
                (1_200...3_500).contains(c.cvText.count),
                "\(c.applicationID): \(c.cvText.count) characters")
            #expect(c.cvText.contains("\n\n"), "\(c.applicationID): one paragraph only")
            #expect(!c.motivation.isEmpty)
        }
    }

    @Test func evidenceShareIsBetweenFiveAndThirtyPercent() {
        let evidence = Self.sample.filter { Self.showsEvidence($0.cvText) }.count
        let share = Double(evidence) / Double(Self.sample.count)
        #expect(share >= 0.05 && share <= 0.30, "evidence share \(share)")
    }

    @Test func evidenceIsInTheTextExactlyWhereItWasPlanned() {
        let population = DemoPopulation()
        for (i, c) in Self.sample.enumerated() {
            #expect(
                Self.showsEvidence(c.cvText) == population.showsEvidence(at: i),
                "\(c.applicationID)")
        }
    }

    @Test func onlyEvidenceDomainsSpeakOfAIOrDigitalTwins() {
        func words(_ t: DemoTemplate) -> String {
            t.parts.map { part in
                switch part {
                case .text(let s): s
                case .choice(let options): options.joined(separator: " ")
                case .slot: " "
                }
            }.joined()
        }
        func fixedWords(_ t: DemoTemplate) -> String {
            t.parts.map { part in
                if case .text(let s) = part { return s }
                return " "
            }.joined()
        }
        let others = DemoDomain.graduateDomains + DemoDomain.supportDomains
        for domain in others {
            #expect(!domain.isEvidence)
            for text in domain.topics + domain.roles + domain.professions + domain.skills
                + domain.bullets.map(words)
            {
                #expect(!Self.showsEvidence(text), "\(domain.id): \(text)")
            }
        }
        for text in DemoCommonPhrases.bullets.map(words) + DemoCommonPhrases.summaryTails.map(words)
            + DemoCommonPhrases.extras.map(words) + DemoCommonPhrases.skills
        {
            #expect(!Self.showsEvidence(text), "common: \(text)")
        }
        for domain in DemoDomain.evidenceDomains {
            #expect(domain.isEvidence)
            for text in domain.topics + domain.bullets.map(fixedWords) {
                #expect(Self.showsEvidence(text), "\(domain.id): \(text)")
            }
        }
        for text in DemoDomain.evidenceAddOns.map(fixedWords) {
            #expect(Self.showsEvidence(text), "add-on: \(text)")
        }
    }

    @Test func someCVsAreInFrenchOrGerman() {
        let foreign = Self.sample.filter {
            $0.cvText.contains("Expérience professionnelle")
                || $0.cvText.contains("Berufserfahrung")
        }
        #expect(
            foreign.count >= 20 && foreign.count <= 150, "\(foreign.count) French or German CVs")
        #expect(foreign.contains { Self.showsEvidence($0.cvText) })
    }

    // MARK: Names and contact

    @Test func namesComeInEveryScript() {
        func has(_ range: ClosedRange<UInt32>) -> Bool {
            Self.sample.contains { c in
                (c.surname + c.givenNames).unicodeScalars.contains { range.contains($0.value) }
            }
        }
        #expect(has(0x0370...0x03FF), "Greek")
        #expect(has(0x0400...0x04FF), "Cyrillic")
        #expect(has(0x00C0...0x024F), "Latin with diacritics")
        #expect(has(0x4E00...0x9FFF) || has(0x3040...0x30FF), "CJK")
        #expect(Self.sample.contains { $0.surname.contains(" ") }, "compound surname with a space")
        #expect(Self.sample.contains { $0.surname.contains("-") }, "hyphenated surname")
        #expect(Self.sample.contains { $0.surname.contains("'") }, "surname with an apostrophe")
        #expect(Self.sample.contains { $0.surname.contains("ß") }, "German ß")
    }

    @Test func emailsAreASCII() {
        let emails = Self.sample.compactMap(\.email)
        #expect(emails.count >= 1_900)
        for e in emails {
            #expect(e.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " && $0 != "'" }, "\(e)")
            #expect(e.split(separator: "@").count == 2, "\(e)")
        }
    }

    @Test func transliterationForEmails() {
        #expect(DemoTransliteration.emailWord("Παπαδόπουλος", script: .greek) == "papadopoulos")
        #expect(DemoTransliteration.emailWord("Ευάγγελος", script: .greek) == "evangelos")
        #expect(DemoTransliteration.emailWord("Иванова", script: .bulgarian) == "ivanova")
        #expect(DemoTransliteration.emailWord("Олійник", script: .ukrainian) == "oliinyk")
        #expect(DemoTransliteration.emailWord("Ђорђевић", script: .serbian) == "djordjevic")
        #expect(DemoTransliteration.emailWord("山田", script: .japanese) == "yamada")
        #expect(DemoTransliteration.emailWord("秀英", script: .chinese) == "xiuying")
        #expect(DemoTransliteration.emailWord("García López", script: .latin) == "garcialopez")
        #expect(DemoTransliteration.emailWord("Dall'Ò", script: .latin) == "dallo")
        #expect(DemoTransliteration.emailWord("Ó Súilleabháin", script: .latin) == "osuilleabhain")
        #expect(DemoTransliteration.emailWord("Żółkiewski", script: .latin) == "zolkiewski")
        #expect(DemoTransliteration.emailWord("Nußbaum", script: .latin) == "nussbaum")
        #expect(DemoTransliteration.latinDisplay("Ђорђевић", script: .serbian) == "Đorđević")
        #expect(
            DemoTransliteration.latinDisplay("Ιωάννης Γιώργος", script: .greek) == "Ioannis Giorgos"
        )
    }

    @Test func surnamesTakeTheFormOfTheBearersSex() {
        var random = DemoRandom(seed: 1, index: 0, stream: 0)
        for _ in 0..<200 {
            #expect(
                !DemoNamePool.polish.name(female: true, latinPerMille: 0, &random).surname
                    .hasSuffix("ski"))
            #expect(
                !DemoNamePool.polish.name(female: false, latinPerMille: 0, &random).surname
                    .hasSuffix("ska"))
            #expect(
                !DemoNamePool.bulgarian.name(female: true, latinPerMille: 0, &random).surname
                    .hasSuffix("ов"))
            #expect(
                !DemoNamePool.irish.name(female: false, latinPerMille: 0, &random).surname
                    .hasPrefix("Ní "))
        }
    }

    // MARK: The cases eligibility distinguishes

    @Test func nationalities() {
        let lists = Self.sample.compactMap(\.nationalities.value)
        let seen = Set(lists.flatMap { $0 })
        for state in CountryCode.euMemberStates {
            #expect(seen.contains(state), "no candidate from \(state)")
        }
        #expect(lists.contains { $0.count > 1 }, "multiple nationalities")
        #expect(
            lists.contains { $0.allSatisfy { !CountryCode.euMemberStates.contains($0) } },
            "non-EU only")
        let nonEUOnly = lists.filter { $0.allSatisfy { !CountryCode.euMemberStates.contains($0) } }
            .count
        #expect(nonEUOnly >= 20 && nonEUOnly <= 200, "\(nonEUOnly) non-EU-only candidates")
    }

    @Test func castAndEducation() {
        #expect(Self.sample.contains { $0.functionGroup.value.map { $0 != .iv } ?? false })
        let groupIV = Self.sample.filter { $0.functionGroup.value == .iv }.count
        #expect(groupIV > 600 && groupIV < 1_000, "\(groupIV) in function group IV")
        #expect(Self.sample.contains { $0.castStatus.value == .registered })
        #expect(Self.sample.contains { $0.castStatus.value == .passed })
        #expect(Self.sample.contains { $0.educationLevel.value == .postSecondary })
        #expect(Self.sample.contains { $0.educationLevel.value == .secondary })
        #expect(Self.sample.contains { $0.educationLevel.value == .doctorate })
        #expect(Self.sample.contains { $0.diplomaRecognised.value == false })
        #expect(Self.sample.contains { $0.castRegistrationID?.hasPrefix("CAST") ?? false })
        for c in Self.sample {
            if let level = c.educationLevel.value, let years = c.educationYears.value {
                #expect(DemoCareer.yearsRange(level).contains(years), "\(c.applicationID)")
            }
        }
    }

    @Test func militaryService() {
        #expect(Self.sample.contains { $0.militaryService.value == .pending })
        #expect(Self.sample.contains { $0.militaryService.value == .fulfilled })
        #expect(Self.sample.contains { $0.militaryService.value == .exempt })
        let pending = Self.sample.filter { $0.militaryService.value == .pending }.count
        #expect(pending >= 10 && pending <= 60, "\(pending) pending")
    }

    @Test func submissionTimesAroundTheDeadline() {
        let times = Self.sample.compactMap(\.submittedAt.value)
        let late = times.filter { $0 > Self.deadline }.count
        #expect(late > 0 && late * 100 < times.count * 8, "\(late) late")
        let exact = times.filter { $0.secondsSinceEpoch == Self.deadline.secondsSinceEpoch }
        #expect(!exact.isEmpty, "a submission exactly at the deadline")
        #expect(
            Set(exact.map(\.utcOffsetMinutes)).count >= 2, "the deadline written in several offsets"
        )
        #expect(times.contains { $0.secondsSinceEpoch == Self.deadline.secondsSinceEpoch + 1 })
        #expect(times.contains { $0.secondsSinceEpoch == Self.deadline.secondsSinceEpoch - 1 })
        #expect(Set(times.map(\.utcOffsetMinutes)).isSuperset(of: [60, 120, 0, -300]))
        let mostlyEarly = times.filter {
            $0.secondsSinceEpoch < Self.deadline.secondsSinceEpoch - 86_400
        }.count
        #expect(mostlyEarly * 2 > times.count)
    }

    @Test func languageProfiles() {
        let profiles = Self.sample.compactMap(\.languages.value)
        func euLanguages(_ p: [LanguageSkill]) -> Set<LanguageCode> {
            Set(p.filter(\.language.isEUOfficial).map(\.language))
        }
        #expect(profiles.contains { euLanguages($0).count == 1 }, "only one EU language")
        // C1 in one EU language but nothing at B2 or better in another one.
        #expect(
            profiles.contains { p in
                let eu = p.filter(\.language.isEUOfficial)
                guard let strong = eu.first(where: { $0.level >= .c1 }) else { return false }
                return !eu.contains { $0.language != strong.language && $0.level >= .b2 }
            }, "fails the two-language rule")
        #expect(
            profiles.contains { $0.contains { !$0.language.isEUOfficial && $0.level >= .c1 } },
            "non-EU language at C1")
        #expect(profiles.allSatisfy { $0.first?.level == .c2 }, "mother tongue first")
        #expect(
            profiles.filter { p in Set(p.map(\.language)).count < p.count }.count < 40,
            "duplicates stay rare")
    }

    @Test func someFieldsAreMissingOrInvalid() {
        func defective(_ c: Candidate) -> Bool {
            !c.nationalities.isKnown || !c.dateOfBirth.isKnown || !c.submittedAt.isKnown
                || !c.functionGroup.isKnown || !c.castStatus.isKnown || !c.educationLevel.isKnown
                || !c.educationYears.isKnown || !c.diplomaRecognised.isKnown || !c.languages.isKnown
                || !c.militaryService.isKnown || !c.yearsExperience.isKnown
        }
        let count = Self.sample.filter(defective).count
        #expect(count >= 10 && count <= 80, "\(count) candidates with a missing or invalid field")
        #expect(
            Self.sample.contains {
                $0.languages.rawInvalidText != nil || $0.submittedAt.rawInvalidText != nil
                    || $0.dateOfBirth.rawInvalidText != nil
            })
        // What the generator calls invalid, the import's own parsers must refuse too.
        for c in Self.sample {
            if let raw = c.languages.rawInvalidText {
                #expect(LanguageSkill.parseList(raw) == nil, "\(raw)")
            }
            if let raw = c.dateOfBirth.rawInvalidText {
                #expect(CalendarDate(iso: raw) == nil, "\(raw)")
            }
            if let raw = c.submittedAt.rawInvalidText {
                #expect(Timestamp(iso: raw) == nil, "\(raw)")
            }
            if let raw = c.nationalities.rawInvalidText {
                #expect(CountryCode.parseList(raw) == nil, "\(raw)")
            }
            if let raw = c.militaryService.rawInvalidText {
                #expect(MilitaryService(text: raw) == nil, "\(raw)")
            }
            if let raw = c.diplomaRecognised.rawInvalidText {
                #expect(Bool(formatText: raw) == nil, "\(raw)")
            }
            if let raw = c.educationLevel.rawInvalidText {
                #expect(EducationLevel(text: raw) == nil, "\(raw)")
            }
            if let raw = c.functionGroup.rawInvalidText {
                #expect(FunctionGroup(text: raw) == nil, "\(raw)")
            }
        }
    }

    @Test func agesAndExperienceAgree() {
        for c in Self.sample {
            guard let birth = c.dateOfBirth.value else { continue }
            #expect((1960...2001).contains(birth.year), "\(c.applicationID)")
            if let years = c.yearsExperience.value {
                #expect(
                    years >= 0 && years <= Double(2025 - birth.year - 15),
                    "\(c.applicationID): \(years)")
                #expect((years * 10).rounded() == years * 10, "one decimal place")
            }
        }
    }
}
