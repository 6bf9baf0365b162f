import ShortlistCore
import ShortlistExchange
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The call profile's evidence phrases highlighted in the CV, per criterion, with a legend
/// and a gutter naming the criteria, and `]` / `[` jumping between them.
@Suite struct EvidenceHighlightTests {
    static let cv = """
        Profile
        - Coordinated a network of 40 stakeholders for the Local Digital Twin pilot of Athens, and chaired its steering committee.
        - Wrote the technical specification and the terms of reference of an AI project on flood risk, using machine learning for early warning.
        - Works independently and as a team player in interdisciplinary teams; English C1, French B2.

        Publications
        Jumeau numérique urbain : retour d'expérience (2023).
        """

    static var candidate: Candidate {
        FixtureCandidates.make(1, "Παπαδόπουλος", "Ιωάννης", nationality: "EL", cv: cv)
    }

    @Test func theCVWithItsHighlightsAndLegend() throws {
        let ui = try UIHarness(width: 80, height: 24, candidates: [Self.candidate])
        ui.press(.enter, .character("]"))
        Golden.check(
            StyledScreen.render(ui.backend.screen, theme: ui.app.theme), "evidence-styled-80x24")
        let text = ui.detailText
        // Where two phrases overlap ("coordinated a network" and "network of"), the first found
        // counts and the other is not counted again.
        #expect(
            text.contains(
                "A1 3 “coordinated a network” (en), “stakeholder” (en), “steering committee” (en)"))
        #expect(
            text.contains(
                "B2 3 “local digital twin” (en), “AI project” (en), “jumeau numérique” (fr)"))
        #expect(text.contains("reading aid, never a mark"))
    }

    @Test func theCVAt120x40() throws {
        let ui = try UIHarness(width: 120, height: 40, candidates: [Self.candidate])
        ui.press(.enter, .character("G"))
        Golden.check(ui.screen, "evidence-120x40")
    }

    /// Every hit's cells carry its criterion's highlight; the one jumped to, the search
    /// highlight and a marker in the gutter.
    @Test func highlightsSitOnThePhrases() throws {
        let ui = try UIHarness(width: 80, height: 24, candidates: [Self.candidate])
        ui.press(.enter)
        let theme = ui.app.theme
        let document = try #require(ui.app.detail)
        let criteria = CallProfile.builtIn.criteria.map(\.id)
        #expect(document.evidence.count == 14)
        for mark in document.evidence {
            let role = ThemeRole.evidence(criteria.firstIndex(of: mark.hit.criterion)!)
            let text = Self.cv[mark.hit.range(in: Self.cv)]
            var shown = ""
            for span in mark.spans {
                let line = document.lines[span.line]
                var column = 0
                for segment in line {
                    for character in segment.text {
                        if span.columns.contains(column) {
                            shown.append(character)
                            if character != " " {
                                // Where phrases of two criteria overlap, the first keeps it.
                                #expect(
                                    segment.style == theme[role]
                                        || mark.hit.phrase.text == "AI",
                                    "\(mark.hit.phrase.text)")
                            }
                        }
                        column += displayWidth(of: character)
                    }
                }
                shown.append(" ")
            }
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(shown.split(separator: " ").joined(separator: " ") == words)
        }
    }

    @Test func bracketsJumpBetweenHitsAndScroll() throws {
        let ui = try UIHarness(width: 80, height: 24, candidates: [Self.candidate])
        ui.press(.enter)
        #expect(ui.app.state.detailScroll == 0)
        ui.press(.character("]"))
        #expect(ui.app.state.evidenceHit == 0)
        #expect(ui.lines.last?.contains("evidence 1/14: A1 “coordinated a network” (en)") == true)
        let first = try #require(ui.app.currentEvidenceMark?.spans.first?.line)
        let rows = ui.app.layout.detailRows
        #expect(first >= ui.app.state.detailScroll && first < ui.app.state.detailScroll + rows)
        let marked = try #require(
            ui.lines.firstIndex { $0.hasPrefix(" ▶A1") }, "the gutter marks the hit")
        let current = DetailScreen.currentHitStyle(ui.app.theme)
        #expect(ui.backend.screen[1, marked].style == current)
        #expect(ui.backend.screen[8, marked].style == current, "“Coordinated” after the bullet")
        #expect(current != ui.app.theme[.evidence(0)])

        ui.press(.character("]"), .character("]"))
        #expect(ui.app.state.evidenceHit == 2)
        ui.press(.character("["))
        #expect(ui.app.state.evidenceHit == 1)
        for _ in 0..<13 { ui.press(.character("]")) }
        #expect(ui.app.state.evidenceHit == 0, "past the last, from the first again")
        #expect(ui.lines.last?.contains("from the top again") == true)
        ui.press(.character("["))
        #expect(ui.app.state.evidenceHit == 13)
        let last = try #require(ui.app.currentEvidenceMark)
        #expect(last.hit.phrase.text == "jumeau numérique")
        let line = try #require(last.spans.first?.line)
        #expect(line >= ui.app.state.detailScroll && line < ui.app.state.detailScroll + rows)
    }

    @Test func aJumpFromTheListOpensTheDetailsTab() throws {
        let other = FixtureCandidates.make(2, "Иванова", "Мария", nationality: "BG", cv: Self.cv)
        let ui = try UIHarness(width: 120, height: 40, candidates: [Self.candidate, other])
        ui.press(.character("3"), .tab)
        #expect(ui.app.state.focus == .list)
        ui.press(.character("]"))
        #expect(ui.app.state.detailTab == .details)
        #expect(ui.app.state.evidenceHit == 0)
        ui.press(.character("4"), .character("1"))
        #expect(ui.app.currentEvidenceMark != nil, "the jump is kept while the candidate is")
        #expect(ui.app.state.focus == .list)
        ui.press(.down)
        #expect(ui.app.state.selected == 1)
        #expect(ui.app.state.evidenceHit == nil, "another candidate starts afresh")
    }

    @Test func withoutAProfileThereIsNoEvidence() throws {
        let ui = try UIHarness(width: 80, height: 24, candidates: [Self.candidate], profile: nil)
        ui.press(.enter)
        #expect(!ui.detailText.contains("Evidence phrases"))
        ui.press(.character("]"))
        #expect(ui.app.state.message?.text.contains("no call profile") == true)
    }

    @Test func aCVWithoutPhrasesSaysSo() throws {
        let ui = try UIHarness(width: 80, height: 24)
        ui.press(.character("j"), .character("j"), .character("j"), .enter)
        #expect(ui.detailText.contains("No evidence phrase of the call profile stands in this CV."))
        ui.press(.character("]"))
        #expect(
            ui.app.state.message?.text == "no evidence phrase of the call profile stands in this CV"
        )
    }
}
