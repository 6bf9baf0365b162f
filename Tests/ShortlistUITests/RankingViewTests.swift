import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport
import TerminalKit
import Testing

@testable import ShortlistUI

/// The ranking view on the interview fixture: what the chair sees before and after scoring
/// the last candidate, in Unicode and in ASCII.
@Suite struct RankingViewTests {
    @Test func theRankingAt80x24() throws {
        let ui = try UIHarness(prepare: InterviewFixture.prepare)
        ui.press(.character("R"))
        #expect(ui.app.keyContext == .ranking)
        #expect(ui.lines[0].contains("Ranking"))
        #expect(ui.screen.contains("reserve list cut-off"))
        #expect(ui.screen.contains("Not fully scored (2)"))
        Golden.check(ui.screen, "ranking-80x24")
        ui.press(.character("G"))
        #expect(ui.screen.contains("Panel agreement"))
        Golden.check(ui.screen, "ranking-end-80x24")
        ui.press(.escape)
        #expect(ui.app.state.ranking == nil)
    }

    @Test func theRankingAt120x40() throws {
        let ui = try UIHarness(width: 120, height: 40, prepare: InterviewFixture.prepare)
        ui.type(":rank")
        ui.press(.enter)
        Golden.check(ui.screen, "ranking-120x40")
        #expect(ui.screen.contains("Kendall's W"))
        #expect(ui.screen.contains("chair"))
    }

    @Test func theRankingInMonoWithASCII() throws {
        var theme = try ThemeCatalog.builtIn.theme(named: "mono", depth: .indexed256)
        theme.glyphs = .ascii
        let ui = try UIHarness(
            width: 120, height: 40, theme: theme, prepare: InterviewFixture.prepare)
        ui.press(.character("R"))
        Golden.check(ui.screen, "ranking-ascii-120x40")
        for line in ui.lines {
            // Names are written as they are; everything else is ASCII.
            let frame = line.unicodeScalars.filter { !$0.isASCII && !$0.properties.isAlphabetic }
            #expect(frame.isEmpty, "\(line)")
        }
    }

    /// Issue 19: a candidate whose CAST is only registered is flagged on their own row.
    @Test func aRegisteredOnlyCandidateIsFlaggedOnTheirRow() throws {
        // The fixture's second eligible candidate (fully scored) is only registered in CAST.
        var candidates = FixtureCandidates.all
        let probe = try UIHarness(prepare: { _ in })
        let second = try InterviewFixture.invited(probe.store)[1]
        let index = try #require(candidates.firstIndex { $0.applicationID == second })
        candidates[index].castStatus = .value(.registered)
        let ui = try UIHarness(
            width: 160, height: 40, candidates: candidates, prepare: InterviewFixture.prepare)
        ui.press(.character("R"))
        let flagged = ui.lines.filter { $0.contains("CAST FG IV not yet passed") }
        #expect(flagged.count == 1, "\(ui.screen)")
        let name = candidates[index].surname
        #expect(flagged.first.map { $0.contains(name) } == true, "\(flagged)")
        Golden.check(ui.screen, "ranking-registered-only-160x40")
    }

    @Test func theSecretarySeesSealedWhereScoringIsIncomplete() throws {
        let ui = try UIHarness(actor: "secretary", prepare: InterviewFixture.prepare)
        ui.press(.character("R"))
        let pending = ui.lines.drop { !$0.contains("Not fully scored") }.dropFirst().prefix(2)
        #expect(pending.allSatisfy { $0.contains("sealed") }, "\(Array(pending))")
    }
}

@Suite struct RankingBlindTests {
    @Test func inBlindModeTheRankingNamesNobody() throws {
        let ui = try UIHarness(blindViewer: true, prepare: InterviewFixture.prepare)
        ui.press(.character("R"))
        let invited = try InterviewFixture.invited(ui.store)
        for id in invited { #expect(ui.screen.contains(id.rawValue), "\(id)") }
        #expect(!ui.screen.contains("Żółć"))
        #expect(!ui.screen.contains("Müller"))
        ui.press(.escape, .character("c"))
        #expect(ui.app.state.scorecard?.title == invited[0].rawValue)
    }
}
