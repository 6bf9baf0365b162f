import Foundation
import ShortlistCore
import ShortlistTestSupport
import Testing

@testable import ShortlistStore

/// Saved filters in the store, and what blind mode refuses.
@Suite struct SavedFilterTests {
    @Test(arguments: StoreEngine.all) func savedFiltersAreCheckedSharedAndAudited(
        engine: StoreEngine
    ) throws {
        let f = try ScoringFixture(engine)
        let member = try f.actor("member1")
        try f.store.saveFilter(
            name: "fr-senior", expression: "eligible and lang:fr >= C1", by: member)
        try f.store.saveFilter(name: "fr-senior", expression: "lang:fr >= C2", by: f.actor("chair"))
        let saved = try f.store.savedFilters()
        #expect(saved.map(\.expression) == ["lang:fr >= C2"])
        #expect(saved.first?.savedBy == "chair")
        #expect(throws: FilterSyntaxError.self) {
            try f.store.saveFilter(name: "bad", expression: "exp >= five", by: member)
        }
        #expect(throws: FilterSyntaxError.self) {
            try f.store.saveFilter(name: "bad", expression: "Z >= 1", by: member)
        }
        #expect(throws: StoreError.self) {
            try f.store.saveFilter(name: "list", expression: "eligible", by: member)
        }
        #expect(throws: StoreError.self) {
            try f.store.saveFilter(name: "a b", expression: "eligible", by: member)
        }
        try f.store.deleteFilter(name: "fr-senior", by: member)
        #expect(try f.store.savedFilters().isEmpty)
        let actions = try f.store.auditLog(by: f.actor("chair")).map(\.action)
        #expect(actions.filter { $0 == "filter.save" }.count == 2)
        #expect(actions.contains("filter.delete"))
    }

    @Test(arguments: StoreEngine.all) func blindModeRefusesFiltersOnNationality(engine: StoreEngine)
        throws
    {
        let f = try ScoringFixture(engine)
        try f.store.setBlindMode(true, reason: "anonymous screening", by: f.actor("chair"))
        let chair = try f.actor("chair")
        #expect(throws: FilterSyntaxError.self) { try f.store.compile("nat = EL", for: chair) }
        #expect(throws: FilterSyntaxError.self) {
            try f.store.compile("eligible or nat in (EL, CY)", for: chair)
        }
        _ = try f.store.compile("eligible and exp >= 5", for: chair)
    }
}
