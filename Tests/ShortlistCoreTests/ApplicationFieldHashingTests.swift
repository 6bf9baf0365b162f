import Testing

@testable import ShortlistCore

/// `ApplicationField` hashes its case, not its raw name (records look fields up dozens of
/// times each): every field is still found, and no two fields share a hash.
@Suite struct ApplicationFieldHashingTests {
    @Test func everyFieldIsFoundByItselfAndNoOther() {
        let fields = ApplicationField.allCases
        var byField: [ApplicationField: String] = [:]
        for field in fields { byField[field] = field.rawValue }
        #expect(byField.count == fields.count)
        for field in fields {
            #expect(byField[field] == field.rawValue)
            #expect(byField[ApplicationField(rawValue: field.rawValue)!] == field.rawValue)
        }
        #expect(Set(fields.map(\.hashValue)).count == fields.count)
        #expect(Set(fields).count == fields.count)
    }

    @Test func aFieldRemovedIsGoneAndOnlyIt() {
        var set = Set(ApplicationField.allCases)
        set.remove(.cvText)
        #expect(!set.contains(.cvText))
        #expect(set.count == ApplicationField.allCases.count - 1)
        #expect(set.contains(.motivation) && set.contains(.applicationID))
    }
}
