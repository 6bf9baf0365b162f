import TerminalKit

/// Where each part of the screen goes for a size and state. Wide terminals show the list and
/// the detail side by side; narrow ones show the focused one.
struct Layout {
    static let minimum = Size(width: 80, height: 24)
    static let splitWidth = 120

    var size: Size
    var tooSmall: Bool
    var titleBar: Rect
    var list: Rect?
    var detail: Rect?
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
        if !state.detailOpen {
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

    /// Rows of candidates the list shows at once (its height less the column header).
    var listRows: Int { max(1, (list?.height ?? 1) - 1) }
    /// Lines of the detail's document shown at once (its height less the title and tabs).
    var detailRows: Int { max(1, (detail?.height ?? 1) - DetailScreen.headerRows) }
}
