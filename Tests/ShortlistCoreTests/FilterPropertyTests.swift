import PropertyBased
import ShortlistCore
import Testing

/// The filter language against random input: any expression written out canonically reads
/// back to itself, and no text, however garbled, crashes the parser or gets an error that
/// points outside it.
@Suite struct FilterPropertyTests {
    static let conditions = [
        "exp >= 5", "fg = IV", "nat = EL", "nat in (EL, CY)", "lang:fr >= C1", "edu > bachelor",
        "submitted < 2025-12-01", "military != pending", "cast = passed", "id = APP-0000001",
        "eligible", "needs_check", "rule:languages = fail", "A = all-met", "B >= 1",
        "evidence:B2 >= 1", "text:\"digital twin\"", "text:twin*", "invited", "total >= 70",
        "score:A1 < 3.5",
    ]

    /// Builds an expression from a list of choices, depth-first.
    static func expression(_ codes: inout [Int]) -> String {
        guard let code = codes.popLast() else { return conditions[0] }
        switch code % 8 {
        case 0: return "not " + expression(&codes)
        case 1: return "(" + expression(&codes) + " and " + expression(&codes) + ")"
        case 2: return "(" + expression(&codes) + " or " + expression(&codes) + ")"
        case 3: return expression(&codes) + " " + expression(&codes)
        default: return conditions[(code / 8) % conditions.count]
        }
    }

    @Test func canonicalFormsReadBackToThemselves() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...400).array(of: 1...30)) { codes in
            var remaining = codes
            let text = Self.expression(&remaining)
            let parsed = try #require(try? FilterParser.parse(text), "\(text)")
            let canonical = parsed.description
            let again = try #require(try? FilterParser.parse(canonical), "\(canonical)")
            #expect(again.description == canonical, "\(text)")
            #expect(again.conditions.count == parsed.conditions.count)
        }
    }

    static let pieces = [
        "(", ")", ",", "=", "!=", "<", ">=", "\"", "and", "or", "not", "in", "exp", "lang:fr",
        "C1", "5", "text:", "eligible", " ", "  ", "Ω", "ł", "王", ":", "!", "#", "A", "all-met",
    ]

    @Test func garbledTextNeverCrashesAndErrorsPointInsideIt() async {
        await propertyCheck(count: 1000, input: Gen.int(in: 0...27).array(of: 0...20)) { codes in
            let text = codes.map { Self.pieces[$0] }.joined()
            do throws(FilterSyntaxError) {
                _ = try FilterParser.parse(text)
            } catch {
                #expect(error.position >= 0 && error.position <= text.count, "\(text): \(error)")
                #expect(!error.message.isEmpty && !error.hint.isEmpty)
            }
        }
    }
}
