import ShortlistCore
import TerminalKit

/// One tab of a candidate's detail laid out as lines for a given width. Built once per
/// candidate, tab, width and change of data, then scrolled.
struct DetailDocument {
    struct Segment: Equatable {
        var text: String
        var style: Style
    }
    typealias Line = [Segment]

    /// Columns of one line.
    struct Span: Equatable {
        var line: Int
        var columns: Range<Int>
    }

    /// An evidence hit of the CV and where it shows.
    struct EvidenceMark: Equatable {
        var hit: EvidenceHit
        var spans: [Span]
    }

    /// What the document was built for: when any of it changes, it is built again.
    struct Key: Equatable {
        var applicationID: ApplicationID
        var tab: DetailTab
        var width: Int
        /// Counts changes the session made (a screening saved, an override), and theme switches.
        var version: Int
        /// The words of a CV search whose matches are highlighted.
        var searchWords: [String] = []
        /// Beside the scorecard: the acting member's own screening heads the document.
        var ownScreening = false
    }

    /// The acting member's own screening marks and note, and nobody else's: what the Details
    /// tab shows beside their scorecard, where the others' judgement must not lead theirs.
    struct OwnScreening {
        var member: String
        /// Every criterion in the profile's order, with the member's mark if they gave one.
        var marks: [(criterion: CriterionID, mark: String?)]
        var note: String?
    }

    let key: Key
    var lines: [Line]
    /// The CV's evidence hits, in the text's order (the Details tab only).
    var evidence: [EvidenceMark] = []

    var applicationID: ApplicationID { key.applicationID }

    /// Draws the words a search matched in the search-match role over their own style,
    /// leaving the layout as it was.
    func highlighting(_ words: [String], theme: Theme) -> DetailDocument {
        guard !words.isEmpty else { return self }
        var copy = self
        copy.lines = lines.map { line in
            line.flatMap { segment -> [Segment] in
                let ranges = SearchHighlight.ranges(in: segment.text, words: words)
                guard !ranges.isEmpty else { return [segment] }
                var pieces: [Segment] = []
                var at = segment.text.startIndex
                for range in ranges {
                    if at < range.lowerBound {
                        pieces.append(
                            Segment(
                                text: String(segment.text[at..<range.lowerBound]),
                                style: segment.style))
                    }
                    pieces.append(
                        Segment(
                            text: String(segment.text[range]),
                            style: theme[.searchMatch].over(segment.style)))
                    at = range.upperBound
                }
                if at < segment.text.endIndex {
                    pieces.append(Segment(text: String(segment.text[at...]), style: segment.style))
                }
                return pieces
            }
        }
        return copy
    }
    var width: Int { key.width }
}

extension DetailDocument {
    /// The Details tab: every field of the application, the CV with its evidence highlighted
    /// and a legend, then the motivation. In blind mode what is withheld says so.
    static func details(
        _ c: Candidate, slot: InterviewSlot? = nil, recruitment: [RecruitmentItem: String] = [:],
        own: OwnScreening? = nil, evidence report: EvidenceReport?, key: Key,
        theme: Theme,
        jumpKeys: (next: String?, previous: String?)
    ) -> DetailDocument {
        var w = DocumentWriter(width: key.width, theme: theme)
        let blind = c.isBlinded
        if let own { ownScreening(own, into: &w) }
        w.section("Candidate")
        w.field("Application", .normal(c.applicationID.rawValue))
        w.field("CAST number", c.castRegistrationID.map(FieldText.normal) ?? .missing)
        w.field("Surname", blind ? .withheld : .normal(c.surname))
        w.field("Given names", blind ? .withheld : .normal(c.givenNames))
        w.field(
            "Nationality",
            blind ? .withheld : FieldText(c.nationalities, CandidateFormat.nationalities))
        w.field("Born", blind ? .withheld : FieldText(c.dateOfBirth, \.description))
        w.field("E-mail", blind ? .withheld : c.email.map(FieldText.normal) ?? .missing)
        w.field("Submitted", FieldText(c.submittedAt, \.description))
        // The interview slot, once the chair or the secretary set one (`:slot`).
        if let slot { w.field("Interview", .normal(slot.summary)) }
        w.blank()
        // For recruitment: what the secretary has seen, each item with who and when.
        if slot != nil {
            w.section("Recruitment checklist")
            for item in RecruitmentItem.allCases {
                if let recorded = recruitment[item] {
                    w.field(item.title, .normal(recorded))
                } else {
                    w.field(item.title, .missing)
                }
            }
            w.blank()
        }
        w.section("Profile")
        w.field("Function group", FieldText(c.functionGroup) { "FG \($0)" })
        w.field("CAST status", FieldText(c.castStatus, \.description))
        w.field("CAST profile", c.castProfile.map(FieldText.normal) ?? .missing)
        w.field("Education", FieldText(c.educationLevel, \.description))
        w.field("Years", FieldText(c.educationYears) { "\($0) years of education" })
        w.field("Degree", c.degreeField.map(FieldText.normal) ?? .missing)
        w.field(
            "Diploma",
            FieldText(c.diplomaRecognised) {
                $0 ? "recognised by an EU member state" : "not recognised"
            })
        w.field("Languages", FieldText(c.languages, languages))
        w.field(
            "Military",
            FieldText(c.militaryService) { $0.rawValue.replacingOccurrences(of: "_", with: " ") })
        w.field("Experience", FieldText(c.yearsExperience) { "\(CandidateFormat.years($0)) years" })
        w.field("Employer", c.currentEmployer.map(FieldText.normal) ?? .missing)
        w.blank()
        w.section("Curriculum vitae")
        var marks: [EvidenceMark] = []
        if c.cvText.isEmpty {
            w.line(notGiven(theme))
        } else if let report {
            legend(report, into: &w, jumpKeys: jumpKeys)
            let text = EvidenceText(c.cvText, report: report, width: key.width, theme: theme)
            let offset = w.lines.count
            w.append(text.lines)
            marks = text.marks.map { mark in
                var moved = mark
                moved.spans = mark.spans.map { Span(line: $0.line + offset, columns: $0.columns) }
                return moved
            }
        } else {
            w.paragraph(c.cvText, style: theme[.row])
        }
        w.blank()
        w.section("Motivation")
        if c.motivation.isEmpty {
            w.line(notGiven(theme))
        } else {
            w.paragraph(c.motivation, style: theme[.row])
        }
        return DetailDocument(key: key, lines: w.lines, evidence: marks)
    }

    /// Which criterion each highlight stands for, how often, and the phrases behind it: the
    /// evidence is never shown without what matched.
    private static func legend(
        _ report: EvidenceReport, into w: inout DocumentWriter,
        jumpKeys: (next: String?, previous: String?)
    ) {
        let theme = w.theme
        let quiet = theme[.missingValue]
        guard !report.hits.isEmpty else {
            w.paragraph(
                "No evidence phrase of the call profile stands in this CV.", style: quiet)
            w.blank()
            return
        }
        var keys: [String] = []
        if let next = jumpKeys.next { keys.append("\(next) next") }
        if let previous = jumpKeys.previous { keys.append("\(previous) previous") }
        w.paragraph(
            "Evidence phrases of the call profile, highlighted as a reading aid, never a mark"
                + (keys.isEmpty ? ":" : " (\(keys.joined(separator: ", "))):"), style: quiet)
        let idWidth = report.criteria.map(\.rawValue.displayWidth).max() ?? 2
        for (index, criterion) in report.criteria.enumerated() {
            let count = report.count(criterion)
            guard count > 0 else { continue }
            let phrases = report.matchedPhrases(criterion).map {
                "\(theme.glyphs.openQuote)\($0.text)\(theme.glyphs.closeQuote) (\($0.language.rawValue))"
            }
            let first = [
                Segment(text: " ", style: .plain),
                Segment(
                    text: criterion.rawValue.padded(toWidth: idWidth),
                    style: theme[.evidence(index)]),
                Segment(
                    text: String(count).padded(toWidth: 4, alignRight: true) + "  ",
                    style: theme[.label]),
            ]
            w.wrapped(
                [Segment(text: phrases.joined(separator: ", "), style: theme[.row])],
                indent: idWidth + 7, first: first)
        }
        w.blank()
    }

    private static func ownScreening(_ own: OwnScreening, into w: inout DocumentWriter) {
        let theme = w.theme
        w.section("Your screening (\(own.member))")
        for (criterion, mark) in own.marks {
            if let mark, let badge = StatusBadge.screening(mark, glyphs: theme.glyphs) {
                w.labelled(
                    criterion.rawValue, [Segment(text: badge.text, style: theme[badge.role])])
            } else {
                w.field(criterion.rawValue, .missing)
            }
        }
        w.field("Your note", own.note.map(FieldText.normal) ?? .missing)
        w.blank()
    }

    private static func notGiven(_ theme: Theme) -> Line {
        [Segment(text: "\(theme.glyphs.missing) not given", style: theme[.missingValue])]
    }

    private static func languages(_ skills: [LanguageSkill]) -> String {
        skills.enumerated().map { i, s in
            "\(s.language.rawValue.uppercased()) \(s.level)\(i == 0 ? " (mother tongue)" : "")"
        }.joined(separator: ", ")
    }

    /// A document that says one thing: an error, a refusal, an empty state.
    static func message(_ text: String, title: String, key: Key, theme: Theme) -> DetailDocument {
        var w = DocumentWriter(width: key.width, theme: theme)
        w.section(title)
        w.paragraph(text, style: theme[.missingValue])
        return DetailDocument(key: key, lines: w.lines)
    }
}
