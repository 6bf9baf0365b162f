import Foundation
import ShortlistCore

/// Just enough transliteration for demo names: e-mail addresses must be ASCII, and some Greek,
/// Bulgarian, Ukrainian, Serbian, Chinese and Japanese candidates write their names in Latin
/// letters. Greek and Cyrillic go through Core's table (`Transliteration`), with each
/// country's own system written as its differences; the CJK readings cover the demo pools
/// only. Anything else passes through unchanged.
enum DemoTransliteration {
    /// `Παπαδόπουλος` → `papadopoulos`, `García López` → `garcialopez`, `O'Neill` → `oneill`.
    static func emailWord(_ text: String, script: DemoScript) -> String {
        let latin = script == .latin ? text : lowerLatin(text, script: script, ascii: true)
        var out = String.UnicodeScalarView()
        for s in SearchFolding.fold(latin).unicodeScalars {
            switch s {
            case "a"..."z", "0"..."9", "-": out.append(s)
            default: continue
            }
        }
        return String(out)
    }

    /// The name as its bearer would write it in Latin letters: `Ιωάννης` → `Ioannis`,
    /// `Ђорђевић` → `Đorđević`, `山田` → `Yamada`.
    static func latinDisplay(_ text: String, script: DemoScript) -> String {
        capitaliseWords(lowerLatin(text, script: script, ascii: false))
    }

    private static func lowerLatin(_ text: String, script: DemoScript, ascii: Bool) -> String {
        switch script {
        case .latin: return text.lowercased()
        case .greek: return Transliteration.officialLatin(text)
        case .bulgarian: return cyrillic(text.lowercased(), bulgarian, initial: [:])
        case .ukrainian: return cyrillic(text.lowercased(), ukrainian, initial: ukrainianInitial)
        case .serbian:
            return cyrillic(text.lowercased(), ascii ? serbianASCII : serbianLatin, initial: [:])
        case .chinese, .japanese: return cjk(text)
        }
    }

    private static func capitaliseWords(_ text: String) -> String {
        var out = ""
        var atStart = true
        for ch in text {
            if atStart {
                out += ch.uppercased()
            } else {
                out.append(ch)
            }
            atStart = ch == " " || ch == "-"
        }
        return out
    }

    // MARK: Cyrillic: each country's system, as it differs from Core's table

    private static func cyrillic(
        _ text: String, _ table: [Unicode.Scalar: String], initial: [Unicode.Scalar: String]
    ) -> String {
        var out = ""
        var wordStart = true
        for c in text.unicodeScalars {
            if wordStart, let special = initial[c] {
                out += special
            } else {
                out += table[c] ?? String(Character(c))
            }
            wordStart = c == " " || c == "-"
        }
        return out
    }

    /// Core's table is for folded text, where й has lost its breve: the systems name it.
    private static let bulgarian = Transliteration.cyrillicLetters.merging([
        "й": "y", "ь": "y",
    ]) { $1 }

    /// Ukraine's national system (2010): some letters are written differently at a word's start.
    private static let ukrainian = Transliteration.cyrillicLetters.merging([
        "г": "h", "и": "y", "ї": "i", "й": "i", "є": "ie", "х": "kh", "щ": "shch", "ю": "iu",
        "я": "ia", "'": "", "\u{2019}": "",
    ]) { $1 }

    private static let ukrainianInitial: [Unicode.Scalar: String] = [
        "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya",
    ]

    /// Serbian names in an e-mail address: Gaj's alphabet without its diacritics.
    private static let serbianASCII = Transliteration.cyrillicLetters.merging([
        "ж": "z", "ц": "c", "ч": "c", "ш": "s",
    ]) { $1 }

    /// Gaj's Latin alphabet, as Serbs write their names in Latin.
    private static let serbianLatin = serbianASCII.merging([
        "ђ": "đ", "ж": "ž", "ћ": "ć", "ч": "č", "џ": "dž", "ш": "š",
    ]) { $1 }

    // MARK: Chinese and Japanese

    /// Japanese names are read as whole words; Chinese names character by character (pinyin
    /// without tones).
    private static func cjk(_ text: String) -> String {
        var words: [String] = []
        for word in text.split(separator: " ") {
            if let reading = japanese[String(word)] {
                words.append(reading)
            } else {
                words.append(word.map { chinese[$0] ?? String($0) }.joined())
            }
        }
        return words.joined(separator: " ")
    }

    private static let chinese: [Character: String] = [
        "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang",
        "黄": "huang", "赵": "zhao", "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma",
        "朱": "zhu", "胡": "hu", "郭": "guo", "何": "he", "林": "lin", "高": "gao", "罗": "luo",
        "芳": "fang", "娜": "na", "敏": "min", "静": "jing", "丽": "li", "秀": "xiu", "英": "ying",
        "婷": "ting", "雪": "xue", "慧": "hui", "玲": "ling", "佳": "jia", "怡": "yi", "欣": "xin",
        "晓": "xiao", "梅": "mei", "伟": "wei", "强": "qiang", "磊": "lei", "军": "jun",
        "洋": "yang", "勇": "yong", "杰": "jie", "涛": "tao", "明": "ming", "浩": "hao", "然": "ran",
        "子": "zi", "轩": "xuan", "俊": "jun", "宇": "yu", "建": "jian", "华": "hua", "志": "zhi",
    ]

    private static let japanese: [String: String] = [
        "佐藤": "sato", "鈴木": "suzuki", "高橋": "takahashi", "田中": "tanaka", "伊藤": "ito",
        "渡辺": "watanabe", "山本": "yamamoto", "中村": "nakamura", "小林": "kobayashi",
        "加藤": "kato", "山田": "yamada", "吉田": "yoshida", "山口": "yamaguchi", "松本": "matsumoto",
        "井上": "inoue", "木村": "kimura", "清水": "shimizu", "陽子": "yoko", "花子": "hanako",
        "美咲": "misaki", "さくら": "sakura", "結衣": "yui", "愛": "ai", "由美": "yumi", "恵": "megumi",
        "直美": "naomi", "千尋": "chihiro", "太郎": "taro", "健太": "kenta", "翔": "sho",
        "大輔": "daisuke", "拓也": "takuya", "健一": "kenichi", "誠": "makoto", "直樹": "naoki",
        "浩二": "koji", "悠斗": "yuto",
    ]
}
