import Foundation
import ShortlistCore

/// Messages for people go to standard error; standard output is kept for data.
///
/// Every byte the command line prints passes through here, and through `VisibleText`: a name,
/// CV, note or comment holding an escape sequence, a C1 control or a bidi override shows it as
/// a marker, terminal or not (a pipe often ends at a terminal anyway).
enum Console {
    /// Text for standard output (tables, plain listings, CSV, single values).
    static func output(_ text: String, terminator: String = "\n") {
        write(VisibleText.visible(text) + terminator, to: .standardOutput)
    }

    /// A JSON document for standard output: hidden characters inside its strings are escaped
    /// as `\uXXXX`, so the value a program reads is unchanged.
    static func outputJSON(_ json: String, terminator: String = "\n") {
        write(JSONQuoting.escapingHidden(json) + terminator, to: .standardOutput)
    }

    static func message(_ text: String) {
        write(VisibleText.visible(text) + "\n", to: .standardError)
    }

    static func error(_ text: String) {
        message("shortlist: \(text)")
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Rewrites one progress line on a terminal; silent otherwise. The escape sequence is ours,
    /// the text is not: only the text is made visible.
    static func progress(_ text: String) {
        guard stderrIsTerminal else { return }
        write("\r\u{1B}[K" + VisibleText.visible(text, mode: .header), to: .standardError)
    }

    static func endProgress() {
        guard stderrIsTerminal else { return }
        write("\r\u{1B}[K", to: .standardError)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
