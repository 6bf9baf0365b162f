import Foundation
import PropertyBased
import Testing

@testable import ShortlistStore

/// Stored lists (a note's tags and parents, an assessment's reasons) are split by hand when
/// they are in the plain form the store writes: whatever the text, the answer must be the one
/// Foundation's decoder gives (an empty list for text it cannot read).
@Suite struct StoredListsTests {
    static func decoded(_ json: String) -> [String] {
        // The reference answer: nil from the decoder is the empty list, as the store reads it.
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }

    /// Pieces of JSON and of what may sit inside its strings, in any order.
    static let pieces = [
        "[", "]", "\"", ",", "\\", "\\\"", "\\u0041", "\\n", " ", "\n", "\u{1}", "a", "Ωμέγα",
        "Жанна", "Łódź", "王芳", "🙂", "null", "\"\"",
    ]

    @Test func anyTextReadsAsTheDecoderReadsIt() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...18).array(of: 0...10)) { codes in
            let json = codes.map { Self.pieces[$0] }.joined()
            #expect(StoredLists.strings(json) == Self.decoded(json), "\(json)")
        }
    }

    @Test func anyListTheStoreWritesReadsBack() async {
        let lists = Gen.int(in: 0...18).array(of: 0...4).array(of: 0...5)
        await propertyCheck(count: 1000, input: lists) { codes in
            let items = codes.map { $0.map { Self.pieces[$0] }.joined() }
            let json = JSONText.array(items)
            #expect(StoredLists.strings(json) == items)
            #expect(Self.decoded(json) == items)
        }
    }

    @Test func thePlainFormIsSplitByHandAndNothingElseIs() {
        #expect(StoredLists.plainStrings(#"[]"#) == [])
        #expect(StoredLists.plainStrings(#"[""]"#) == [""])
        #expect(
            StoredLists.plainStrings(#"["check-diploma","王芳","Łódź"]"#) == [
                "check-diploma", "王芳", "Łódź",
            ])
        // Valid JSON in another form goes to the decoder, which reads it the same.
        for json in [#"["a", "b"]"#, #"[ "a"]"#, #"["\u0041"]"#, #"["a\"b"]"#, "[\n]"] {
            #expect(StoredLists.plainStrings(json) == nil, "\(json)")
            #expect(StoredLists.strings(json) == Self.decoded(json))
            #expect(!Self.decoded(json).isEmpty || json == "[\n]")
        }
        // Not a list of strings: nothing, as the decoder says.
        for json in [#"["#, #"]"#, #"["a"]]"#, #"["a",]"#, #"["a""b"]"#, #"["a]"#, "", "null"] {
            #expect(StoredLists.plainStrings(json) == nil, "\(json)")
            #expect(StoredLists.strings(json) == Self.decoded(json), "\(json)")
        }
    }
}
