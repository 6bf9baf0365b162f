import TerminalKit

/// Where each part of the screen goes for a size and state. Wide terminals show the list and
/// the detail side by side; narrow ones show the focused one. A docked form or the scorecard
/// takes the list's place: beside the detail from `dockWidth` columns, above it below that.
struct Layout {
    static let minimum = Size(width: 80, height: 24)
    static let splitWidth = 120
    static let dockWidth = 100

    var size: Size
    var tooSmall: Bool
    var titleBar: Rect
    var list: Rect?
    var detail: Rect?
    /// The docked form's or the scorecard's pane.
    var form: Rect?
    var status: Rect
    /// Everything between the title bar and the status line.
    var body: Rect

    init(size: Size, state: AppState) {
        self.size = size
        tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        let full = Rect(size: size)
        let (title, rest) = full.splitTop(1)
        let (body, status) = rest.splitBottom(1)
        titleBar = title
        self.status = status
        self.body = body
        if let docked = state.dockedPane {
            (form, detail) = Self.dock(docked, in: body)
        } else if !state.detailOpen {
            list = body
        } else if size.width >= Self.splitWidth {
            // The list's scroll bar is the line between the two panes.
            let (left, right) = body.splitLeft(size.width * 55 / 100)
            list = left
            detail = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
        } else if state.focus == .detail {
            detail = Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: body.height)
        } else {
            list = body
        }
    }

    /// The docked pane and the detail: side by side when wide, else one above the other, the
    /// detail keeping at least a few lines of the CV.
    private static func dock(_ docked: DockedPane, in body: Rect) -> (Rect, Rect) {
        if body.width >= dockWidth {
            let wanted: Int
            switch docked {
            case .form(_, _, let width):
                // As wide as its options, within reason: the CV keeps the larger part.
                wanted = min(width, 96, body.width * 55 / 100)
            case .scorecard:
                // Room for the card's sentences and the panel's marks; the CV gets the rest.
                wanted = min(max(72, body.width / 2), body.width - 40)
            }
            // A column apart, and one for the scorecard's rule (a form has its frame).
            let (left, right) = body.splitLeft(wanted)
            return (
                left,
                Rect(x: right.x + 2, y: right.y, width: right.width - 3, height: right.height)
            )
        }
        let height = min(docked.preferredHeight, body.height - 7)
        let (top, bottom) = body.splitTop(height)
        return (
            top, Rect(x: bottom.x + 1, y: bottom.y, width: bottom.width - 2, height: bottom.height)
        )
    }

    /// Rows of candidates the list shows at once (its height less the column header).
    var listRows: Int { max(1, (list?.height ?? 1) - 1) }
    /// Lines of the detail's document shown at once (its height less the title and tabs).
    var detailRows: Int { max(1, (detail?.height ?? 1) - DetailScreen.headerRows) }
}
