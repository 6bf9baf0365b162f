import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// Forms beside the CV they judge (issue 23): the screening form, the override form and the
/// scorecard take a pane beside the candidate's detail (above it on a narrow terminal), the
/// list gives way, and the CV follows the criterion the screening form is on.
@Suite struct DockedFormTests {
    /// A sentence with no evidence phrase of the built-in profile: it makes the CV long.
    static let filler =
        "Managed the budget of the regional office and reported to the board every quarter on its spending and its staff."

    /// A CV long enough to scroll, with phrases for A1 (twice), A2, B1, B2 (twice) and C1,
    /// and none for A3 or C2.
    static let cv = [
        "Profile", filler, filler, filler,
        "Coordinated a network of 40 stakeholders for the flood pilot of Athens.",
        filler, filler, filler, filler,
        "Wrote the technical specification of the early-warning service.",
        filler, filler, filler,
        "Led the local digital twin of the city, with machine learning for flood risk.",
        filler, filler, filler, filler,
        "Works independently and as a team player.",
        filler, filler,
        "Chaired the steering committee of the second digital twin, in Thessaloniki.",
        filler, filler, filler,
    ].joined(separator: "\n\n")

    static let greek = FixtureCandidates.make(
        1, "Παπαδόπουλος", "Ιωάννης", nationality: "EL", languages: "EL:C2;EN:C1;FR:B1", cv: cv)
    static let polish = FixtureCandidates.make(
        3, "Żółć", "Łukasz", nationality: "PL", fg: .iii, education: .bachelor,
        languages: "PL:C2;EN:C1", cv: cv)

    static func harness(
        width: Int, height: Int, actor: String = "member1",
        prepare: (SQLiteStore) throws -> Void = { _ in }
    ) throws -> UIHarness {
        try UIHarness(
            width: width, height: height, candidates: [greek, polish], actor: actor,
            prepare: prepare)
    }

    /// The evidence phrases of one criterion in the document shown, by their place among all.
    static func marks(_ ui: UIHarness, _ criterion: String) -> [Int] {
        let marks = ui.app.detail?.evidence ?? []
        return marks.indices.filter { marks[$0].hit.criterion.rawValue == criterion }
    }

    static func line(_ ui: UIHarness, hit: Int) -> Int {
        ui.app.detail?.evidence[hit].spans.first?.line ?? -1
    }

    /// Whether the hit's first line is in the detail's view.
    static func inView(_ ui: UIHarness, hit: Int) -> Bool {
        let line = line(ui, hit: hit)
        let top = ui.app.state.detailScroll
        return line >= top && line < top + ui.app.layout.detailRows
    }

    // MARK: Golden screens

    @Test(arguments: [(80, 24), (120, 40), (200, 50)])
    func theScreeningFormBesideTheCV(width: Int, height: Int) throws {
        let ui = try Self.harness(width: width, height: height)
        // A1 marked met, the form moves to A2 and the CV to its phrase.
        ui.press(.character("m"), .character("m"))
        #expect(ui.app.state.form?.focused.name == "A2")
        #expect(ui.app.layout.list == nil, "the list gives way while a form is open")
        #expect(!ui.screen.contains("APP-0000003"), "no list row shows")
        Golden.check(ui.screen, "docked-screening-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 50)])
    func theOverrideFormBesideTheRules(width: Int, height: Int) throws {
        let ui = try Self.harness(width: width, height: height, actor: "chair")
        ui.press(.down, .character("o"))
        let form = try #require(ui.app.state.form)
        #expect(form.title == "Override an eligibility rule of APP-0000003")
        #expect(ui.app.state.detailTab == .eligibility, "the rules beside the justification")
        #expect(form.value("rule") == "cast", "the failing rule, chosen and in view")
        ui.press(.down, .down)
        ui.type("Certificate seen: FG IV passed in Kraków")
        #expect(ui.app.state.form?.value("reason") == "Certificate seen: FG IV passed in Kraków")
        Golden.check(ui.screen, "docked-override-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 50)])
    func theScorecardBesideTheCVAndOwnScreening(width: Int, height: Int) throws {
        let ui = try Self.harness(width: width, height: height, prepare: Self.screenAndInvite)
        ui.press(.character("c"))
        #expect(ui.app.state.scorecard != nil)
        Golden.check(ui.screen, "docked-scorecard-\(width)x\(height)")
    }

    // MARK: The document follows the form

    @Test func movingToACriterionScrollsTheCVToItsFirstPhrase() throws {
        let ui = try Self.harness(width: 120, height: 40)
        ui.press(.character("m"))
        #expect(ui.app.state.form?.focused.name == "A1")
        let a1 = Self.marks(ui, "A1")
        #expect(a1.count >= 2)
        #expect(ui.app.state.evidenceHit == a1.first)
        #expect(ui.screen.contains("A1: phrase 1/\(a1.count)"))

        // Down to B2, far below: the CV scrolls to its first phrase.
        ui.press(.down, .down, .down, .down)
        #expect(ui.app.state.form?.focused.name == "B2")
        let b2 = Self.marks(ui, "B2")
        let first = try #require(b2.first)
        #expect(ui.app.state.evidenceHit == first)
        #expect(Self.inView(ui, hit: first))
        #expect(ui.app.state.detailScroll > 0)
        #expect(ui.screen.contains("B2: phrase 1/\(b2.count)"))
    }

    @Test func bracketsJumpBetweenTheCriterionsPhrasesWithoutLeavingTheForm() throws {
        let ui = try Self.harness(width: 120, height: 40)
        ui.press(.character("m"), .down, .down, .down, .down)
        let b2 = Self.marks(ui, "B2")
        #expect(b2.count >= 2, "the local digital twin and the second: \(b2)")
        ui.press(.character("]"))
        #expect(ui.app.state.form?.focused.name == "B2", "the form keeps the focus")
        #expect(ui.app.state.evidenceHit == b2[1])
        #expect(Self.inView(ui, hit: b2[1]))
        for _ in 1..<b2.count { ui.press(.character("]")) }
        #expect(ui.app.state.evidenceHit == b2[0], "round again to the first")
        ui.press(.character("["))
        #expect(ui.app.state.evidenceHit == b2.last)
        #expect(Self.inView(ui, hit: b2[b2.count - 1]))
        #expect(ui.app.state.form?.value("B2") == nil, "a jump never sets a mark")
    }

    @Test func pageKeysScrollTheCVWhileTheFormKeepsTheFocus() throws {
        let ui = try Self.harness(width: 120, height: 40)
        ui.press(.character("m"))
        let page = ui.app.layout.detailRows - 1
        let start = ui.app.state.detailScroll
        ui.press(.pageDown)
        #expect(ui.app.state.detailScroll == start + page)
        #expect(ui.app.state.form?.focused.name == "A1")
        ui.press(.ctrl("u"))
        #expect(ui.app.state.detailScroll == start)
        ui.press(.ctrl("d"))
        #expect(ui.app.state.detailScroll == start + page)
        ui.press(.pageUp)
        #expect(ui.app.state.detailScroll == start)
        #expect(ui.app.state.form?.focused.name == "A1")
        #expect(ui.app.state.form?.value("A1") == nil)
    }

    @Test func withoutEvidenceTheCVStaysAndTheFormSaysSo() throws {
        let ui = try Self.harness(width: 120, height: 40)
        ui.press(.character("m"), .down)
        #expect(ui.app.state.form?.focused.name == "A2")
        ui.press(.pageDown)
        let scroll = ui.app.state.detailScroll
        ui.press(.down)
        #expect(ui.app.state.form?.focused.name == "A3")
        #expect(ui.app.state.detailScroll == scroll, "the CV stays where it was")
        #expect(ui.app.state.evidenceHit == nil)
        #expect(ui.screen.contains("no phrase of the profile for A3"))
        ui.press(.character("]"))
        #expect(ui.app.state.detailScroll == scroll)
        #expect(ui.app.state.form?.focused.name == "A3")
    }

    /// The criterion's phrases bold, the others' in the quiet style.
    @Test func theCriterionsPhrasesStandOutAndTheOthersDim() throws {
        let ui = try Self.harness(width: 200, height: 50)
        // Down the CV a little, where phrases of A1 and of other criteria are in view.
        ui.press(.character("m"))
        ui.press(.ctrl("d"))
        let area = try #require(ui.app.layout.detail)
        let document = try #require(ui.app.detail)
        let scroll = ui.app.state.detailScroll
        let quiet = ui.app.theme.onBase(ui.app.theme[.missingValue])
        var checked = (stressed: 0, dimmed: 0)
        for (index, mark) in document.evidence.enumerated() where index != ui.app.state.evidenceHit
        {
            for span in mark.spans {
                let y = area.y + DetailScreen.headerRows + span.line - scroll
                guard y < area.maxY, y >= area.y + DetailScreen.headerRows else { continue }
                let style = ui.backend.screen[area.x + span.columns.lowerBound, y].style
                if mark.hit.criterion.rawValue == "A1" {
                    #expect(style.attributes.contains(.bold))
                    checked.stressed += 1
                } else {
                    #expect(style == quiet, "\(mark.hit.phrase.text)")
                    checked.dimmed += 1
                }
            }
        }
        #expect(checked.stressed > 0)
        #expect(checked.dimmed > 0)
    }

    // MARK: Resizing

    @Test func resizingKeepsWhatWasTypedAndRelaysThePanes() throws {
        let ui = try Self.harness(width: 120, height: 40)
        ui.press(.character("m"), .character("m"), .character("p"))
        ui.press(.down, .down, .down, .down, .down)
        #expect(ui.app.state.form?.focused.name == "note")
        ui.type("Ζήτημα B2; zapytać o Łódź")
        let side = try #require(ui.app.layout.form)
        #expect(side.x == 0 && (ui.app.layout.detail?.x ?? 0) > side.maxX - 1)

        ui.backend.resize(width: 90, height: 40)
        ui.app.processPendingEvents()
        let above = try #require(ui.app.layout.form)
        let detail = try #require(ui.app.layout.detail)
        #expect(detail.y >= above.maxY, "below each other on a narrow terminal")
        #expect(ui.app.state.form?.value("note") == "Ζήτημα B2; zapytać o Łódź")
        #expect(ui.app.state.form?.value("A1") == "met")
        #expect(ui.app.state.form?.value("A2") == "partly")
        #expect(ui.screen.contains("zapytać o Łódź"))
        #expect(ui.app.detail?.width == detail.width, "the CV re-laid for the new width")

        ui.backend.resize(width: 200, height: 50)
        ui.app.processPendingEvents()
        #expect((ui.app.layout.detail?.x ?? 0) > 0)
        ui.press(.enter)
        #expect(ui.app.state.form == nil)
        let screening = try ui.store.screening(of: Self.greek.applicationID)
        #expect(screening.notes["member1"] == "Ζήτημα B2; zapytać o Łódź")
    }

    // MARK: The override form shows the rule's data

    @Test func theOverrideFormShowsTheValuesReadAndTheOtherRules() throws {
        let ui = try Self.harness(width: 200, height: 50, actor: "chair")
        ui.press(.down, .character("o"))
        let form = try #require(ui.app.state.form)
        let rule = try #require(form.value("rule"))
        let assessment = try #require(try ui.store.eligibility(of: Self.polish.applicationID))
        let outcome = try #require(assessment.outcomes.first { $0.rule.rawValue == rule })
        let formArea = try #require(ui.app.layout.form)
        let formText = ui.lines[formArea.y..<formArea.maxY].map {
            String($0.prefix(formArea.maxX))
        }.joined(separator: " ")
        #expect(formText.contains(String(outcome.check.reason.prefix(30))), "the values read")
        #expect(formText.contains("Other rules:"))
        for other in assessment.outcomes where other.rule != outcome.rule {
            #expect(formText.contains(other.rule.rawValue))
        }
    }

    // MARK: The scorecard: one's own screening, never another member's

    static func screenAndInvite(_ store: SQLiteStore) throws {
        let id = greek.applicationID
        try store.screen(
            id, marks: PanelFixture.marks(A1: .notMet, B2: .notMet),
            note: "CHAIR-ONLY: doubts on the twin", by: store.acting(as: "chair"))
        try store.screen(
            id, marks: PanelFixture.marks(A1: .met, B2: .partly),
            note: "Mine: ask about Thessaloniki", by: store.acting(as: "member1"))
        try store.screen(
            id, marks: PanelFixture.marks(C2: .met), note: "M2-ONLY: strong languages",
            by: store.acting(as: "member2"))
        try store.invite([id], by: store.acting(as: "chair"))
    }

    /// Hostile: the pane beside a sealed card shows the member's own screening and nobody
    /// else's, even when the detail was on the Screening tab, which shows the whole panel's.
    @Test func theScorecardShowsOnlyTheMembersOwnScreening() throws {
        let ui = try Self.harness(width: 200, height: 50, prepare: Self.screenAndInvite)
        ui.press(.enter, .character("3"))
        #expect(ui.screen.contains("CHAIR-ONLY"), "the Screening tab shows the panel's notes")
        ui.press(.character("c"))
        let card = try #require(ui.app.state.scorecard)
        #expect(card.card.own?.isSubmitted != true, "the card is sealed")
        #expect(ui.app.state.detailTab == .details)
        let text = ui.detailText
        #expect(text.contains("Your screening (member1)"))
        #expect(text.contains("Mine: ask about Thessaloniki"))
        #expect(text.contains("A1 ● met"))
        #expect(text.contains("B2 ◐ partly"))
        #expect(text.contains("C2 — not given"), "member2's C2 mark is not shown as anyone's")
        #expect(!text.contains("not met"), "the chair's A1 and B2 marks")
        for secret in ["CHAIR-ONLY", "M2-ONLY"] {
            #expect(!text.contains(secret), "\(secret)")
            #expect(!ui.screen.contains(secret), "\(secret)")
        }
        // Scrolling the CV beside the card keeps to it.
        ui.press(.pageDown)
        #expect(ui.app.state.detailScroll > 0)
        #expect(ui.app.state.scorecard != nil)
        ui.press(.character("]"))
        #expect(ui.app.state.evidenceHit != nil)
        for secret in ["CHAIR-ONLY", "M2-ONLY"] { #expect(!ui.screen.contains(secret)) }
    }

    /// `/` in the scorecard finds words in the CV beside it; the candidate never changes.
    @Test func slashFindsWordsInTheCVBesideTheCard() throws {
        let ui = try Self.harness(width: 120, height: 40, prepare: Self.screenAndInvite)
        ui.press(.character("c"))
        let id = try #require(ui.app.state.scorecard?.applicationID)
        let selected = ui.app.state.selected
        #expect(ui.app.state.detailScroll == 0)
        ui.press(.character("/"))
        #expect(ui.app.state.commandLine?.purpose == .find)
        ui.type("steer")
        #expect(ui.app.state.scorecard?.applicationID == id)
        #expect(ui.app.state.selected == selected)
        #expect(ui.app.state.detailScroll > 0, "scrolled to the line that holds the word")
        let area = try #require(ui.app.layout.detail)
        let shown = ui.lines[area.y..<area.maxY].map { String($0.dropFirst(area.x)) }
        #expect(shown.contains { $0.contains("steering") }, "\(shown)")
        ui.press(.enter)
        #expect(ui.app.state.commandLine == nil)
        #expect(ui.app.detail?.key.searchWords == ["steer"], "the highlight stays")
        #expect(ui.app.state.scorecard != nil)

        ui.press(.character("/"), .ctrl("u"))
        ui.type("Kraków")
        ui.press(.enter)
        #expect(ui.lines.last?.contains("is not in the CV") == true, "\(ui.lines.last ?? "")")
        ui.press(.character("/"), .escape)
        #expect(ui.app.detail?.key.searchWords == [])
        #expect(ui.app.state.scorecard?.applicationID == id)
    }

    /// In the note, C-d and C-u edit the line (they are the line's keys there); PgDn and PgUp
    /// still scroll the CV; the wheel over the CV scrolls it and leaves the form's focus.
    @Test func inTheNoteTheLineKeepsItsKeysAndTheWheelScrollsTheCV() throws {
        let ui = try Self.harness(width: 120, height: 40)
        ui.press(.character("m"))
        for _ in 0..<7 { ui.press(.down) }
        #expect(ui.app.state.form?.focused.name == "note")
        ui.type("Łódź, Θεσσαλονίκη")
        let scroll = ui.app.state.detailScroll
        ui.press(.ctrl("u"))
        #expect(ui.app.state.form?.value("note") == "", "C-u cut the line")
        #expect(ui.app.state.detailScroll == scroll)
        ui.press(.pageDown)
        #expect(ui.app.state.detailScroll > scroll)
        #expect(ui.app.state.form?.focused.name == "note")

        let area = try #require(ui.app.layout.detail)
        let before = ui.app.state.detailScroll
        ui.send(
            .mouse(MouseEvent(action: .wheelUp, position: Position(x: area.x + 5, y: area.y + 5))))
        #expect(ui.app.state.detailScroll == before - 3)
        #expect(ui.app.state.form?.focused.name == "note", "the wheel over the CV is the CV's")
    }

    /// Once the form closes the list comes back where it was.
    @Test func theListComesBackWhenTheFormCloses() throws {
        let ui = try Self.harness(width: 120, height: 40)
        ui.press(.down)
        ui.press(.character("m"))
        #expect(ui.app.layout.list == nil)
        ui.press(.escape)
        #expect(ui.app.state.form == nil)
        #expect(ui.app.layout.list != nil)
        #expect(ui.lines.contains { $0.hasPrefix("▶ APP-0000003 Żółć, Łukasz") })
    }

    /// The form's scroll and jump keys come from the command table: rebound, the new keys
    /// work, the old ones no longer do, and the hints say the new ones.
    @Test func theFormsScrollAndJumpKeysAreRebindable() throws {
        let keymap = Keymap(overrides: [
            KeyBinding(
                context: .form, command: .pageDown, keys: [.ctrl("n")], file: "config.toml",
                line: 1),
            KeyBinding(
                context: .form, command: .nextEvidence, keys: [.character(">")],
                file: "config.toml", line: 2),
        ])
        let ui = try UIHarness(
            width: 120, height: 40, candidates: [Self.greek], keymap: keymap, actor: "member1")
        ui.press(.character("m"))
        let a1 = Self.marks(ui, "A1")
        let scroll = ui.app.state.detailScroll
        ui.press(.pageDown)
        #expect(ui.app.state.detailScroll == scroll, "PgDn is no longer bound in forms")
        ui.press(.ctrl("n"))
        #expect(ui.app.state.detailScroll > scroll)
        ui.press(.character(">"))
        #expect(ui.app.state.evidenceHit == a1[1])
        let form = try #require(ui.app.state.form)
        let hints = FormScreen(form: form, keymap: keymap, theme: ui.app.theme, docked: true).hints
        #expect(hints.contains("C-n/PgUp scroll the CV"), "\(hints)")
        #expect(hints.contains(">[ phrases"), "\(hints)")
    }
}
