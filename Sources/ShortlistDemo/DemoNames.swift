import Foundation
import ShortlistCore

/// The script a name pool is written in; it decides how e-mail addresses are transliterated and
/// how a name looks when its bearer writes it in Latin letters.
enum DemoScript: Sendable {
    case latin, greek, bulgarian, ukrainian, serbian, chinese, japanese
}

/// How a language builds surnames beyond one word.
enum DemoSurnameStyle: Sendable {
    case single
    /// Spanish and Portuguese: usually two surnames, sometimes joined by a hyphen.
    case iberian
}

/// One name as the pools hold it: as written, as an e-mail word, and in Latin letters. The
/// last two are worked out once when the pools load, not for every candidate.
struct DemoNameForm: Sendable {
    let text: String
    let email: String
    /// The same as `text` for Latin-script pools.
    let latin: String

    init(_ text: String, script: DemoScript) {
        self.text = text
        email = DemoTransliteration.emailWord(text, script: script)
        latin = script == .latin ? text : DemoTransliteration.latinDisplay(text, script: script)
    }

    /// Two surnames joined by a space or a hyphen (García López, González-Páez).
    init(joining a: DemoNameForm, _ b: DemoNameForm, hyphen: Bool) {
        text = a.text + (hyphen ? "-" : " ") + b.text
        email = a.email + (hyphen ? "-" : "") + b.email
        latin = a.latin + (hyphen ? "-" : " ") + b.latin
    }
}

/// Given names and surnames of one language community, female and male forms apart.
struct DemoNamePool: Sendable {
    let script: DemoScript
    /// ISO 639-1 code of the mother tongue that goes with these names.
    let language: String
    let female: [DemoNameForm]
    let male: [DemoNameForm]
    let surnames: [(male: DemoNameForm, female: DemoNameForm)]
    let style: DemoSurnameStyle
    /// How often a second given name is written (Ιωάννης Γιώργος, Anna Maria).
    let secondGivenPerMille: Int

    /// Lists are `|`-separated so that names may hold spaces; `Kowalski/Kowalska` gives the
    /// male and female forms of a surname that has both.
    init(
        _ script: DemoScript = .latin, language: String, female: String, male: String,
        surnames: String, style: DemoSurnameStyle = .single, secondGivenPerMille: Int = 60
    ) {
        self.script = script
        self.language = language
        self.female = DemoList.entries(female).map { DemoNameForm($0, script: script) }
        self.male = DemoList.entries(male).map { DemoNameForm($0, script: script) }
        self.surnames = DemoList.entries(surnames).map { entry in
            let forms = entry.split(separator: "/", maxSplits: 1).map {
                DemoNameForm(String($0), script: script)
            }
            return (forms[0], forms.count > 1 ? forms[1] : forms[0])
        }
        self.style = style
        self.secondGivenPerMille = secondGivenPerMille
    }
}

/// A generated person's name as written in the application.
struct DemoName {
    var surname: String
    var givenNames: String
    /// The local part of an e-mail address, ASCII, e.g. `carmen.garcialopez`.
    var emailLocalPart: String
}

extension DemoNamePool {
    func name(female isFemale: Bool, latinPerMille: Int, _ random: inout DemoRandom) -> DemoName {
        let givenPool = isFemale ? female : male
        let first = random.pick(givenPool)
        var second: DemoNameForm?
        if random.chance(secondGivenPerMille) {
            let other = random.pick(givenPool)
            if other.text != first.text { second = other }
        }
        var surname = pickSurname(female: isFemale, &random)
        if style == .iberian, !surname.text.contains(" "), random.chance(820) {
            let other = pickSurname(female: isFemale, &random)
            if other.text != surname.text, !other.text.contains(" ") {
                surname = DemoNameForm(joining: surname, other, hyphen: random.chance(80))
            }
        }
        let local = first.email + "." + surname.email
        let inLatin = script != .latin && random.chance(latinPerMille)
        var given = inLatin ? first.latin : first.text
        if let second { given += " " + (inLatin ? second.latin : second.text) }
        return DemoName(
            surname: inLatin ? surname.latin : surname.text, givenNames: given,
            emailLocalPart: local)
    }

    private func pickSurname(female isFemale: Bool, _ random: inout DemoRandom) -> DemoNameForm {
        let entry = random.pick(surnames)
        return isFemale ? entry.female : entry.male
    }
}
