import Foundation
import ShortlistCore
import ShortlistStore
import ShortlistTestSupport

/// The panel's work on the fixture candidates, done through the store as the command line
/// would: screening marks that agree and disagree, an override, a conflict of interest.
enum PanelFixture {
    static let papadopoulos = ApplicationID("APP-0000001")
    static let ivanova = ApplicationID("APP-0000002")
    static let zolc = ApplicationID("APP-0000003")
    static let dvorak = ApplicationID("APP-0000006")

    static let castJustification = "FG IV CAST passed on 28.11.2025, certificate seen"
    static let conflictReason = "former colleague at JRC"

    static func prepare(_ store: SQLiteStore) throws {
        let chair = try store.acting(as: "chair")
        let member1 = try store.acting(as: "member1")
        let member3 = try store.acting(as: "member3")
        try store.screen(
            papadopoulos,
            marks: marks(A1: .met, A2: .met, A3: .partly, B1: .met, B2: .met, C1: .met, C2: .met),
            note: "Led a Local Digital Twin pilot: strong on B2", by: chair)
        try store.screen(
            papadopoulos, marks: marks(A1: .met, A2: .partly, B1: .met, B2: .met, C2: .unknown),
            note: "A2 only partly shown", by: member1)
        try store.screen(ivanova, marks: marks(A1: .notMet, B1: .partly), by: member1)
        try store.overrideEligibility(
            ivanova, rule: .cast, to: .pass, reason: castJustification, by: chair)
        try store.declareConflict(
            member: "member3", applicationID: zolc, reason: conflictReason, by: member3)
    }

    static func marks(
        A1: ScreeningMark? = nil, A2: ScreeningMark? = nil, A3: ScreeningMark? = nil,
        B1: ScreeningMark? = nil, B2: ScreeningMark? = nil, C1: ScreeningMark? = nil,
        C2: ScreeningMark? = nil
    ) -> [CriterionID: ScreeningMark] {
        var result: [CriterionID: ScreeningMark] = [:]
        for (id, mark) in [
            ("A1", A1), ("A2", A2), ("A3", A3), ("B1", B1), ("B2", B2), ("C1", C1), ("C2", C2),
        ] {
            if let mark { result[CriterionID(id)] = mark }
        }
        return result
    }
}
