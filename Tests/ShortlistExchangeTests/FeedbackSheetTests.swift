import Foundation
import ShortlistCore
import Testing

@testable import ShortlistExchange

/// A feedback sheet promises nothing the call did not: a reserve list only when the call
/// announced one, and the weights and pass marks said to be the panel's (issue 18, items 1, 3).
@Suite struct FeedbackSheetTests {
    static func sheet(announced: Bool, panelSetGrid: Bool = true) -> FeedbackExport.Sheet {
        FeedbackExport.Sheet(
            applicationID: ApplicationID("APP-0000003"), name: "Mancini, Anna Maria",
            call: "EC/2025/CNECT/441297", callTitle: "Policy Officer",
            scale: CallProfile.builtIn.scoring.scale,
            lines: [
                .init(
                    criterion: CriterionID("A1"), text: "Steering", weight: 20, mean: 4.5,
                    passMark: 3, passed: true),
                .init(
                    criterion: CriterionID("C2"), text: "English", weight: 5, mean: 2,
                    passMark: nil, passed: nil),
            ],
            total: 85.75, overallPassMark: 60, passed: true, reservePlace: 1,
            reserveListAnnounced: announced, panelSetGrid: panelSetGrid, isFinal: true,
            created: Timestamp(iso: "2026-01-01T00:00:00Z")!)
    }

    @Test(arguments: FeedbackExport.Format.allCases)
    func noReserveListUnlessTheCallAnnouncedOne(format: FeedbackExport.Format) {
        let unannounced = FeedbackExport.render(Self.sheet(announced: false), format)
        #expect(!unannounced.lowercased().contains("reserve"))
        #expect(unannounced.contains("You reached every pass mark."))
        #expect(unannounced.contains("reached") && unannounced.contains("no pass mark"))
        let announced = FeedbackExport.render(Self.sheet(announced: true), format)
        #expect(announced.contains("You are on the reserve list, in place 1"))
    }

    @Test(arguments: FeedbackExport.Format.allCases)
    func thePanelsChoicesAreSaidToBeThePanels(format: FeedbackExport.Format) {
        let sentence = "The selection panel set these weights and pass marks before the interviews"
        #expect(FeedbackExport.render(Self.sheet(announced: false), format).contains(sentence))
        #expect(
            !FeedbackExport.render(Self.sheet(announced: false, panelSetGrid: false), format)
                .contains(sentence))
    }
}
