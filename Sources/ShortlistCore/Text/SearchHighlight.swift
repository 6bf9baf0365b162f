/// Which words of a name a search matched, for highlighting: a word matches when its folded
/// spelling or one of its Latin spellings starts with a searched word ("papad" lights up
/// "Παπαδόπουλος", "zolc" lights up "Żółć").
public enum SearchHighlight {
    public static func ranges(in text: String, words: [String]) -> [Range<String.Index>] {
        guard !words.isEmpty else { return [] }
        var out: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        func close(at end: String.Index) {
            guard let s = start else { return }
            start = nil
            let token = String(text[s..<end])
            let folded = SearchFolding.fold(token)
            let latin = Transliteration.searchForms(token).split(separator: " ")
            if words.contains(where: { w in
                folded.hasPrefix(w) || latin.contains { $0.hasPrefix(w) }
            }) {
                out.append(s..<end)
            }
        }
        while index < text.endIndex {
            let c = text[index]
            if c.isLetter || c.isNumber {
                if start == nil { start = index }
            } else {
                close(at: index)
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        return out
    }
}
