/// The order names are listed in, as a European reader expects rather than byte order: case
/// and diacritics ignored at first (Ä with A, Ł with L, ß as ss), punctuation and spaces
/// ignored (O'Brien with Obrien, "de la Fuente" with Delafuente), surname before given
/// names; Greek and Cyrillic names after Latin ones, each in its own alphabet's order. The
/// key is computed when a name is written and indexed, so that sorting a million names is an
/// index walk.
public enum NameCollation {
    public static func key(surname: String, givenNames: String) -> String {
        key(
            foldedSurname: SearchFolding.fold(surname),
            foldedGivenNames: SearchFolding.fold(givenNames))
    }

    /// The same from names already passed through `SearchFolding.fold`: an import folds each
    /// name once for all the columns that need it.
    public static func key(foldedSurname: String, foldedGivenNames: String) -> String {
        collate(folded: foldedSurname) + "\u{1}" + collate(folded: foldedGivenNames)
    }

    static func collate(folded: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar {
            case " ", "-", "'", ".", "\u{2010}", "\u{2011}", "\u{00A0}": continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
