import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// The letter template is stored, changed by those who invite, audited, and stays editable
/// after the ranking is final (it is no part of the grid).
@Suite struct LetterTemplateStoreTests {
    @Test(arguments: StoreEngine.all) func changesAreAuditedAndAllowedAfterFinalising(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        #expect(try f.store.letterTemplate() == nil)
        #expect(throws: PermissionDenied.self) {
            try f.store.setLetterTemplate("Dear {{name}}", by: f.actor("member1"))
        }
        try f.store.setLetterTemplate("Dear {{name}}, see you.", by: f.actor("secretary"))
        #expect(try f.store.letterTemplate() == "Dear {{name}}, see you.")
        try f.store.invite([f.eligible[0]], by: f.actor("chair"))
        try f.scoreFully(f.eligible[0], [4, 4, 4, 4, 4, 4, 4])
        try f.store.finaliseRanking(by: f.actor("chair"))
        try f.store.setLetterTemplate(nil, by: f.actor("secretary"))
        #expect(try f.store.letterTemplate() == nil)
        let entries = try f.store.auditLog(by: f.actor("chair")).filter {
            $0.action == "invitation.template"
        }
        #expect(entries.count == 2)
        #expect(entries.allSatisfy { !($0.after ?? "").contains("see you") })
    }
}
