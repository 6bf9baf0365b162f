import ShortlistCore
import Testing

/// The filter language: every construct, precedence, and malformed filters with the position
/// a caret points at.
@Suite struct FilterParserTests {
    /// The tree the text parses to, every `and` and `or` in parentheses.
    func parsed(_ text: String) throws -> String {
        try FilterParser.parse(text).fullyParenthesized
    }

    @Test(arguments: [
        ("exp >= 5", "exp >= 5"),
        ("experience > 2.5", "exp > 2.5"),
        ("fg = IV", "fg = IV"),
        ("fg >= iii", "fg >= III"),
        ("nat = el", "nat = EL"),
        ("nat = GR", "nat = EL"),
        ("nat != DE", "nat != DE"),
        ("nat in (EL, CY)", "nat in (EL, CY)"),
        ("lang:fr >= C1", "lang:fr >= C1"),
        ("lang:GA < b2", "lang:ga < B2"),
        ("edu >= master", "edu >= master"),
        ("education = post-secondary", "edu = post-secondary"),
        ("military = pending", "military = pending"),
        ("cast != registered", "cast != registered"),
        ("id = CAST-2025-000001", "id = CAST-2025-000001"),
        ("id in (A1, A2)", "id in (A1, A2)"),
        ("eligible", "eligibility = eligible"),
        ("ineligible", "eligibility = ineligible"),
        ("needs_check", "eligibility = needs_check"),
        ("eligibility != eligible", "eligibility != eligible"),
        ("rule:languages = fail", "rule:languages = fail"),
        ("rule:cast != needs_check", "rule:cast != needs_check"),
        ("A = all-met", "A = all-met"),
        ("B >= 1", "B >= 1"),
        ("c = none-met", "C = none-met"),
        ("evidence:B2 >= 1", "evidence:B2 >= 1"),
        ("evidence:b1 = 0", "evidence:B1 = 0"),
        ("text:\"digital twin\"", "text:\"digital twin\""),
        ("text:twin*", "text:twin*"),
        ("\"digital twin\"", "text:\"digital twin\""),
        ("invited", "invited"),
        ("total >= 70", "total >= 70"),
        ("score > 55.5", "total > 55.5"),
        ("score:A1 >= 4", "score:A1 >= 4"),
        ("exp == 5", "exp = 5"),
        ("exp <> 5", "exp != 5"),
    ])
    func everyConstruct(text: String, canonical: String) throws {
        #expect(try parsed(text) == canonical)
    }

    @Test func aDateIsItsFirstSecondInBrussels() throws {
        // 1 December 2025 00:00 CET is 30 November 23:00 UTC.
        let expression = try FilterParser.parse("submitted < 2025-12-01")
        #expect(expression == .condition(.submitted(.less, 1_764_543_600)))
        let stamp = try FilterParser.parse("submitted <= 2025-12-02T23:00:00+01:00")
        #expect(stamp == .condition(.submitted(.lessOrEqual, 1_764_712_800)))
    }

    @Test func notBindsTighterThanAndWhichBindsTighterThanOr() throws {
        #expect(
            try parsed("eligible or invited and exp >= 5")
                == "(eligibility = eligible or (invited and exp >= 5))")
        #expect(
            try parsed("not eligible and invited") == "(not eligibility = eligible and invited)")
        #expect(
            try parsed("not (eligible and invited)")
                == "not (eligibility = eligible and invited)")
        #expect(
            try parsed("(eligible or invited) and exp >= 5")
                == "((eligibility = eligible or invited) and exp >= 5)")
        #expect(
            try parsed("a = 1 or b = 1 or c = 1") == "((A = 1 or B = 1) or C = 1)")
        #expect(try parsed("not not invited") == "not not invited")
    }

    @Test func adjacentConditionsAreJoinedByAnd() throws {
        #expect(
            try parsed("eligible lang:fr >= C1 exp >= 5")
                == "((eligibility = eligible and lang:fr >= C1) and exp >= 5)")
        #expect(
            try parsed("eligible AND exp >= 5 OR invited")
                == "((eligibility = eligible and exp >= 5) or invited)")
    }

    /// Ten malformed filters and where the caret points.
    @Test(arguments: [
        ("", 0, "empty"),
        ("exp >=", 6, "expected a value"),
        ("exp >= five", 7, "not a number"),
        ("colour = red", 0, "unknown field"),
        ("(eligible and invited", 0, "never closed"),
        ("eligible and", 12, "needs a condition"),
        ("lang:fr >= C3", 11, "not a CEFR level"),
        ("nat in (EL, XX)", 12, "not a country code"),
        ("text:\"digital twin", 5, "never closed"),
        ("eligible)", 8, "without its '('"),
        ("exp ! 5", 4, "'!' alone"),
        ("fg = V", 5, "not a function group"),
        // Found by FuzzFilter: a bare empty phrase was taken, though text:"" was refused.
        ("eligible and \"  \"", 13, "the phrase is empty"),
        ("rule:colour = fail", 5, "not a rule"),
        ("nat > EL", 0, "only be compared with = or !="),
        ("edu >= phd", 7, "not a level of education"),
        ("submitted < 2025-13-01", 12, "not a date"),
        ("eligible or or invited", 12, "needs a condition"),
        ("()", 1, "empty parentheses"),
        ("exp 5", 4, "expected an operator"),
        ("A >= lots", 5, "not a count"),
    ])
    func malformedFiltersPointAtTheirFault(text: String, position: Int, message: String) {
        #expect(throws: FilterSyntaxError.self) { try FilterParser.parse(text) }
        do {
            _ = try FilterParser.parse(text)
        } catch {
            #expect(error.position == position, "\(text): \(error)")
            #expect(error.message.contains(message), "\(text): \(error)")
            #expect(!error.hint.isEmpty)
        }
    }

    /// Found by FuzzFilter: a chain of seventy `and`s printed with a parenthesis per `and`,
    /// which the parser then refused as nested too deep. Printing now needs no more
    /// parentheses than the grammar does, and reads back to the same expression.
    @Test func printingNeedsNoMoreParenthesesThanTheGrammar() throws {
        let chain = (1...70).map { "exp >= \($0)" }.joined(separator: " and ")
        let parsed = try FilterParser.parse(chain)
        #expect(parsed.description == chain)
        for text in [
            "a = 1 and (b = 1 or c = 1)", "(a = 1 or b = 1) and c = 1", "a = 1 or b = 1 and c = 1",
            "not (a = 1 and b = 1)", "not not a = 1", "a = 1 and (b = 1 and c = 1)",
            "a = 1 or (b = 1 or c = 1)", "not (a = 1 or b = 1) or c = 1",
        ] {
            let expression = try FilterParser.parse(text)
            let again = try FilterParser.parse(expression.description)
            #expect(again.description == expression.description, "\(text)")
            #expect(
                expression.description
                    == text.replacingOccurrences(of: "a = 1", with: "A = 1")
                    .replacingOccurrences(of: "b = 1", with: "B = 1")
                    .replacingOccurrences(of: "c = 1", with: "C = 1"), "\(text)")
        }
    }

    /// Found by FuzzFilter in CI: `iD=" t"` printed as `id =  t`, which reads back as "t".
    @Test func aQuotedValuePrintsQuoted() throws {
        for text in [
            "iD=\" t\"", "id != \"x,y\"", "id = \"\u{1C}a\"", "id in (*neligible2,+02)", "id = *x",
        ] {
            let expression = try FilterParser.parse(text)
            let again = try FilterParser.parse(expression.description)
            #expect(again.description == expression.description, "\(text)")
        }
        #expect(try FilterParser.parse("id = APP-0000001").description == "id = APP-0000001")
    }

    /// Found by FuzzFilter: 1,788 opening parentheses overflowed the parser's stack.
    @Test func nestingDeeperThanSixtyFourIsRefusedNotACrash() throws {
        let deep = String(repeating: "(", count: 1_788) + "eligible"
        #expect(throws: FilterSyntaxError.self) { try FilterParser.parse(deep) }
        do {
            _ = try FilterParser.parse(String(repeating: "not ", count: 5_000) + "eligible")
        } catch {
            #expect(error.message == "nested more than 64 deep")
            #expect(error.position == 64 * 4)
        }
        let fine =
            String(repeating: "(", count: 64) + "eligible" + String(repeating: ")", count: 64)
        #expect(try FilterParser.parse(fine) == FilterParser.parse("eligible"))
    }

    @Test func theCaretStandsUnderThePosition() {
        let error = FilterSyntaxError(position: 7, message: "'five' is not a number", hint: "5")
        let lines = error.pointing(into: "exp >= five").split(separator: "\n")
        #expect(lines[0] == "exp >= five")
        #expect(lines[1] == "       ^")
        #expect(lines[2].contains("column 8"))
    }

    @Test func sortKeys() throws {
        #expect(try SortKey.parseList("name") == [SortKey(.name)])
        #expect(
            try SortKey.parseList("-exp, name")
                == [SortKey(.experience, descending: true), SortKey(.name)])
        #expect(
            try SortKey.parseList("submitted:desc,id:asc")
                == [SortKey(.submitted, descending: true), SortKey(.id)])
        #expect(throws: FilterSyntaxError.self) { try SortKey.parseList("name,colour") }
        do {
            _ = try SortKey.parseList("name,colour")
        } catch {
            #expect(error.position == 5)
        }
    }
}
