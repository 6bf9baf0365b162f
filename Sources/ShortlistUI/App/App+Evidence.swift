import ShortlistCore

extension App {
    /// Jumps to the next or previous evidence phrase of the CV, showing the Details tab and
    /// scrolling so that the phrase is in view; past the last it continues from the first.
    func jumpToEvidence(forward: Bool) {
        guard window.total > 0 else { return }
        guard matcher != nil else {
            show("this database has no call profile, so no evidence phrases", isError: true)
            return
        }
        showTab(.details)
        guard let area = layout.detail else { return }
        loadDetail(width: area.width)
        guard let marks = detail?.evidence, !marks.isEmpty else {
            show("no evidence phrase of the call profile stands in this CV")
            return
        }
        let rows = layout.detailRows
        let top = state.detailScroll
        var index: Int
        if let current = state.evidenceHit, marks.indices.contains(current) {
            index = current + (forward ? 1 : -1)
        } else if forward {
            index = marks.firstIndex { ($0.spans.first?.line ?? 0) >= top } ?? marks.count
        } else {
            index = marks.lastIndex { ($0.spans.first?.line ?? 0) < top + rows } ?? -1
        }
        var wrapped = false
        if index >= marks.count {
            index = 0
            wrapped = true
        } else if index < 0 {
            index = marks.count - 1
            wrapped = true
        }
        state.evidenceHit = index
        let line = marks[index].spans.first?.line ?? 0
        if line < top || line >= top + rows {
            scrollDetail(to: line - rows / 3)
        }
        let hit = marks[index].hit
        let g = theme.glyphs
        var text =
            "evidence \(index + 1)/\(marks.count): \(hit.criterion) \(g.openQuote)\(hit.phrase.text)\(g.closeQuote) (\(hit.phrase.language.rawValue))"
        if wrapped { text += forward ? ", from the top again" : ", from the end again" }
        show(text)
    }

    /// The hit last jumped to, while the Details tab shows the document it belongs to.
    var currentEvidenceMark: DetailDocument.EvidenceMark? { scene.currentEvidenceMark }
}
