import Foundation

extension ApplicationParsing {
    /// The language list when it is ASCII and every entry reads: nil otherwise, for
    /// `readLanguageEntries`'s general path to read it and word its reasons. Splitting and
    /// trimming `String`s, Unicode case mapping and a hashed set cost about 30,000
    /// instructions a record at import; this reads the bytes. Only ASCII qualifies because
    /// Unicode case mapping takes some other letters to ASCII ones (`K`, Kelvin sign, to `k`).
    static func readAllReadableASCIILanguages(_ text: String) -> PartlyRead<LanguageSkill>? {
        var text = text
        return text.withUTF8 { bytes -> PartlyRead<LanguageSkill>? in
            var result = PartlyRead<LanguageSkill>(readable: [], unreadable: [])
            let count = bytes.count
            var start = 0
            while start <= count {
                var end = start
                while end < count, bytes[end] != UInt8(ascii: ";") {
                    if bytes[end] >= 0x80 { return nil }
                    end += 1
                }
                var first = start
                var last = end
                while first < last, isASCIISpace(bytes[first]) { first += 1 }
                while last > first, isASCIISpace(bytes[last - 1]) { last -= 1 }
                if first < last {
                    guard let skill = readASCIISkill(bytes, first, last) else { return nil }
                    result.readable.append(skill)
                }
                start = end + 1
            }
            return result
        }
    }

    /// `CODE:LEVEL` in `bytes[first..<last]` (trimmed, not empty), or nil.
    private static func readASCIISkill(
        _ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ last: Int
    ) -> LanguageSkill? {
        var colon = first
        while colon < last, bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        // A leading or trailing colon is an entry the general path splits its own way.
        guard colon > first, colon < last - 1 else { return nil }
        var codeFirst = first
        var codeLast = colon
        while codeLast > codeFirst, isASCIISpace(bytes[codeLast - 1]) { codeLast -= 1 }
        var levelFirst = colon + 1
        let levelLast = last
        while levelFirst < levelLast, isASCIISpace(bytes[levelFirst]) { levelFirst += 1 }
        while codeFirst < codeLast, isASCIISpace(bytes[codeFirst]) { codeFirst += 1 }
        guard codeLast - codeFirst == 2, levelLast - levelFirst == 2,
            let code = LanguageCode.known(bytes[codeFirst], bytes[codeFirst + 1]),
            let level = CEFRLevel.ascii(bytes[levelFirst], bytes[levelFirst + 1])
        else { return nil }
        return LanguageSkill(code, level)
    }
}

@inline(__always)
private func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

extension LanguageCode {
    /// Every code, by its two letters (lower case `a`–`z` as 0–25, first letter × 26).
    private static let byLetters: [LanguageCode?] = (0..<26 * 26).map { i in
        let letters = [UInt8(ascii: "a") + UInt8(i / 26), UInt8(ascii: "a") + UInt8(i % 26)]
        return LanguageCode(rawValue: String(decoding: letters, as: UTF8.self))
    }

    /// The code of two ASCII letters in either case, or nil.
    static func known(_ a: UInt8, _ b: UInt8) -> LanguageCode? {
        let x = Int(a | 0x20) - Int(UInt8(ascii: "a"))
        let y = Int(b | 0x20) - Int(UInt8(ascii: "a"))
        guard x >= 0, x < 26, y >= 0, y < 26 else { return nil }
        return byLetters[x * 26 + y]
    }
}

extension CEFRLevel {
    /// `A1`…`C2` from two ASCII bytes, the letter in either case, or nil.
    static func ascii(_ letter: UInt8, _ digit: UInt8) -> CEFRLevel? {
        let row: Int
        switch letter | 0x20 {
        case UInt8(ascii: "a"): row = 0
        case UInt8(ascii: "b"): row = 1
        case UInt8(ascii: "c"): row = 2
        default: return nil
        }
        guard digit == UInt8(ascii: "1") || digit == UInt8(ascii: "2") else { return nil }
        return CEFRLevel(rawValue: row * 2 + Int(digit - UInt8(ascii: "0")))
    }
}
