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
}
