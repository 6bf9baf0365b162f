import TerminalKit

/// Styles by what they mean, not how they look. Screens ask for `theme.selectedRow`, never for
/// a colour; every status also carries a symbol or text, so no theme needs colour to be read.
public struct Theme: Sendable {
    public var name: String
    public var titleBar: Style
    public var columnHeader: Style
    public var row: Style
    public var selectedRow: Style
    /// The selected row of a pane that does not have the focus.
    public var selectedRowInactive: Style
    public var statusLine: Style
    public var paneTitle: Style
    public var paneTitleInactive: Style
    public var border: Style
    public var label: Style
    public var sectionTitle: Style
    public var missingValue: Style
    public var invalidValue: Style
    public var key: Style
    public var message: Style
    public var dialog: Style

    /// On the terminal's own background and palette.
    public static let `default` = Theme(
        name: "default",
        titleBar: Style(foreground: .default, background: .default, attributes: [.reverse, .bold]),
        columnHeader: Style(foreground: .cyan, attributes: [.bold, .underline]),
        row: .plain,
        selectedRow: Style(attributes: [.reverse, .bold]),
        selectedRowInactive: Style(attributes: [.underline]),
        statusLine: Style(attributes: [.reverse]),
        paneTitle: Style(foreground: .cyan, attributes: [.bold]),
        paneTitleInactive: Style(attributes: [.dim]),
        border: Style(attributes: [.dim]),
        label: Style(foreground: .cyan),
        sectionTitle: Style(foreground: .yellow, attributes: [.bold]),
        missingValue: Style(attributes: [.dim]),
        invalidValue: Style(foreground: .red, attributes: [.bold]),
        key: Style(foreground: .yellow, attributes: [.bold]),
        message: Style(attributes: [.reverse, .bold]),
        dialog: .plain)

    /// Bold, reverse, underline and dim only: for monochrome terminals and `NO_COLOR`.
    public static let mono = Theme(
        name: "mono",
        titleBar: Style(attributes: [.reverse, .bold]),
        columnHeader: Style(attributes: [.bold, .underline]),
        row: .plain,
        selectedRow: Style(attributes: [.reverse, .bold]),
        selectedRowInactive: Style(attributes: [.underline]),
        statusLine: Style(attributes: [.reverse]),
        paneTitle: Style(attributes: [.bold]),
        paneTitleInactive: Style(attributes: [.dim]),
        border: Style(attributes: [.dim]),
        label: Style(attributes: [.bold]),
        sectionTitle: Style(attributes: [.bold, .underline]),
        missingValue: Style(attributes: [.dim]),
        invalidValue: Style(attributes: [.bold, .underline]),
        key: Style(attributes: [.bold]),
        message: Style(attributes: [.reverse, .bold]),
        dialog: .plain)

    /// `NO_COLOR` (https://no-color.org) asks for no colour whatever its value.
    public static func forEnvironment(_ environment: [String: String]) -> Theme {
        environment["NO_COLOR"] != nil ? .mono : .default
    }
}
