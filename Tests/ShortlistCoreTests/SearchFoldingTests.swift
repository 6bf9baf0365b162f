import Testing

@testable import ShortlistCore

@Suite struct SearchFoldingTests {
    @Test(arguments: [
        ("Müller", "muller"), ("Łukasz Żółć", "lukasz zolc"), ("Weiß", "weiss"),
        ("Bækgaard", "baekgaard"), ("Søren", "soren"), ("Đorđević", "dordevic"),
        ("Œuvre", "oeuvre"), ("Yıldız", "yildiz"), ("Ó Súilleabháin", "o suilleabhain"),
        ("Παπαδόπουλος", "παπαδοπουλοσ"), ("ΙΩΆΝΝΗΣ", "ιωαννησ"), ("Иванова", "иванова"),
        ("Ёлкин", "елкин"), ("Dall’Ò", "dall'o"), ("王小明", "王小明"),
    ])
    func foldsCaseDiacriticsAndSpecialLetters(text: String, folded: String) {
        #expect(SearchFolding.fold(text) == folded)
    }

    /// An import folds surname and given names once each and takes the search column and the
    /// Latin forms from "surname given" folded that way: folding must not depend on what
    /// stands beside a letter (final sigma, an ASCII half beside a non-ASCII one).
    @Test(arguments: [
        ("Παπαδόπουλος", "ΓΙΏΡΓΟΣ"), ("ΣΤΑΥΡΟΣ", "Σ"), ("Иванова", "Мария"),
        ("Łukasiewicz", "Zoë"), ("O'Brien", "Ιωάννης"), ("de la Fuente", "Дмитрий"),
        ("王", "小明"), ("MÜLLER-ŁOŚ", "İlkay"), ("Smith", "John"), ("Weiß", "ǅemal"),
    ])
    func foldingANameWholeIsFoldingItsParts(surname: String, given: String) {
        let parts = SearchFolding.fold(surname) + " " + SearchFolding.fold(given)
        #expect(SearchFolding.fold(surname + " " + given) == parts)
        #expect(
            Transliteration.searchForms(folded: parts)
                == Transliteration.searchForms(surname + " " + given))
        #expect(
            NameCollation.key(
                foldedSurname: SearchFolding.fold(surname),
                foldedGivenNames: SearchFolding.fold(given))
                == NameCollation.key(surname: surname, givenNames: given))
    }
}
