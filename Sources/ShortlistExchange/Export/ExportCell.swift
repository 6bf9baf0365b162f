import ShortlistCore

/// One cell of a tabular export: text, or a number that a spreadsheet keeps as a number.
public enum ExportCell: Sendable, Equatable {
    case text(String)
    /// Shown with two decimals (totals and means are rounded to hundredths).
    case decimal(Double)
    case integer(Int)
    /// Written `true`/`false` for machines (CSV, JSON), `yes`/`no` for people (XLSX, report).
    case boolean(Bool)
    case empty

    /// What a person reads for a boolean.
    public static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    /// Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
    /// return, hide one behind them). A candidate's name is attacker-controlled text.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The text with a leading apostrophe when it could be read as a formula (OWASP's advice):
    /// spreadsheets show it as text, and a person sees at once that it was neutralised.
    /// Control and bidi characters become the same visible markers as on the terminal
    /// (`VisibleText`): the CSV and XLSX exports share this one function.
    public static func neutralised(_ text: String) -> String {
        let text = VisibleText.visible(text)
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The cell as CSV text: decimals with a point, or with a comma for `--excel`; text
    /// neutralised against formula injection.
    public func csvText(decimalComma: Bool = false) -> String {
        switch self {
        case .text(let text): Self.neutralised(text)
        case .decimal(let value):
            decimalComma
                ? ScoreText.decimal(value).replacingOccurrences(of: ".", with: ",")
                : ScoreText.decimal(value)
        case .integer(let value): String(value)
        case .boolean(let value): String(value)
        case .empty: ""
        }
    }
}
