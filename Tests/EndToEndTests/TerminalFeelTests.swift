import Foundation
import ShortlistTestSupport
import Testing

/// The interface in real terminals of several kinds and sizes (tmux): resizes, mouse,
/// colours and the lack of them, symbols and the locale, themes and configuration.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TerminalFeelTests {
    let scratch = TemporaryDirectory("shortlist-feel")
    var folder: URL { scratch.url }

    init() throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("config/shortlist"),
            withIntermediateDirectories: true)
    }

    var binary: String { BuiltBinary.url.path }
    var database: String { folder.appendingPathComponent("demo.db").path }

    func session(width: Int, height: Int, _ environment: [String: String] = [:]) throws -> Tmux {
        // Whatever the test runner's own environment says about colour and locale.
        var env = [
            "XDG_DATA_HOME": folder.path,
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            "LANG": "C.UTF-8", "LC_ALL": "", "NO_COLOR": "",
        ]
        for (k, v) in environment { env[k] = v }
        return try Tmux(width: width, height: height, environment: env)
    }

    /// Starts the demo (built once, then reused) and waits for its first screen.
    func startDemo(in tmux: Tmux, prefix: String = "", options: String = "") throws -> String {
        try tmux.sendLine(
            "\(prefix) \(binary) demo --count 300 --db \(database) \(options); echo EX\"\"IT=$?")
        return try tmux.waitFor { $0.contains("/300") }
    }

    func quit(_ tmux: Tmux) throws -> String {
        try tmux.send("q")
        return try tmux.waitFor { $0.contains("EXIT=") }
    }

    func captureWithEscapes(_ tmux: Tmux) throws -> String {
        try tmux.tmux(["capture-pane", "-t", tmux.session, "-p", "-e"])
    }

    /// The colour parameters of the SGR sequences in a capture: 30–38, 40–48, 90–97, 100–107.
    func colourCodes(in capture: String) -> [String] {
        var codes: [String] = []
        var rest = Substring(capture)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { $0.isLetter }) else { break }
            let parameters = rest[..<end]
            if rest[end] == "m" {
                for p in parameters.split(separator: ";") {
                    guard let n = Int(p) else { continue }
                    if (30...38).contains(n) || (40...48).contains(n) || (90...97).contains(n)
                        || (100...107).contains(n)
                    {
                        codes.append(String(parameters))
                        break
                    }
                }
            }
            rest = rest[end...]
        }
        return codes
    }

    /// The frame is whole for its size: the title on the first line, the status line on the
    /// last with its hints at the right edge, the scroll bar in the last column.
    func expectWholeFrame(
        _ screen: String, width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count >= height, "\(screen)", sourceLocation: sourceLocation)
        guard lines.count >= height else { return }
        #expect(lines[0].hasPrefix(" Shortlist · "), "\(screen)", sourceLocation: sourceLocation)
        #expect(lines[1].contains("Name"), "\(screen)", sourceLocation: sourceLocation)
        #expect(
            lines[height - 1].hasSuffix("? help  q quit"), "\(screen)",
            sourceLocation: sourceLocation)
        #expect(
            lines[height - 1].count == width - 1, "the status line spans the width:\n\(screen)",
            sourceLocation: sourceLocation)
        for y in 2..<(height - 1) {
            #expect(
                lines[y].hasSuffix("│") || lines[y].hasSuffix("█"), "line \(y):\n\(screen)",
                sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func aBurstOfResizesEndsInACorrectScreen(width: Int, height: Int) throws {
        let tmux = try session(width: width, height: height)
        var screen = try startDemo(in: tmux)
        expectWholeFrame(screen, width: width, height: height)
        // Nineteen other sizes, some below the minimum, then back: twenty changes.
        for i in 0..<19 {
            let small = i % 3 == 0
            let w: Int = small ? 50 + i * 7 : 90 + (i * 37) % 130
            let h: Int = small ? 15 + i : 24 + (i * 11) % 40
            try tmux.resize(width: w, height: h)
        }
        try tmux.resize(width: width, height: height)
        screen = try tmux.waitFor(timeout: 10) { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= height && lines[height - 1].hasSuffix("? help  q quit")
                && lines[height - 1].count == width - 1 && lines[0].hasPrefix(" Shortlist")
        }
        // Whatever was still on its way has arrived by now.
        Thread.sleep(forTimeInterval: 0.5)
        screen = try tmux.capture()
        expectWholeFrame(screen, width: width, height: height)
        #expect(screen.contains(" 1/300"), "\(screen)")
        try tmux.send("j")
        screen = try tmux.waitFor { $0.contains(" 2/300") }
        #expect(screen.contains(" 2/300"), "still answers keys:\n\(screen)")
        #expect(try quit(tmux).contains("EXIT=0"))
    }

    @Test func belowTheMinimumItSaysWhatItNeedsAndComesBack() throws {
        let tmux = try session(width: 80, height: 24)
        _ = try startDemo(in: tmux)
        try tmux.resize(width: 79, height: 24)
        // The frame may be captured half drawn: wait for the line that says what it needs.
        var screen = try tmux.waitFor {
            $0.contains("Terminal too small") && $0.contains("79×24, needs 80×24")
        }
        #expect(screen.contains("79×24, needs 80×24"), "\(screen)")
        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor { $0.contains("? help  q quit") }
        expectWholeFrame(screen, width: 80, height: 24)
        _ = try quit(tmux)
    }

    @Test func shrunkToTenByThreeAndBackItStillAnswers() throws {
        let tmux = try session(width: 80, height: 24)
        _ = try startDemo(in: tmux)
        try tmux.send("j", "j")
        try tmux.waitFor { $0.contains(" 3/300") }
        try tmux.resize(width: 10, height: 3)
        let tiny = try tmux.waitFor { !$0.contains("? help") }
        let lines = tiny.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(3).allSatisfy { $0.count <= 10 }, "\(tiny)")
        try tmux.send("j")  // a key while too small is harmless
        try tmux.resize(width: 80, height: 24)
        let screen = try tmux.waitFor { $0.contains("? help  q quit") }
        expectWholeFrame(screen, width: 80, height: 24)
        #expect(screen.contains(" 3/300"), "the selection survived: \(screen)")
        #expect(try quit(tmux).contains("EXIT=0"))
    }

    @Test func aMouseClickSelectsARowAt80x24() throws {
        let tmux = try session(width: 80, height: 24)
        _ = try startDemo(in: tmux, prefix: "env TERM=tmux-256color")
        // tmux-256color's terminfo announces X10 reports: ESC [ M, then 32 + button (3 for a
        // release), 33 + column, 33 + row (0-based). Row 9 is the eighth candidate.
        let at = "\(Character(UnicodeScalar(33 + 10)))\(Character(UnicodeScalar(33 + 9)))"
        let click = "\u{1B}[M \(at)\u{1B}[M#\(at)"
        try tmux.sendLiteral(click)
        var screen = try tmux.waitFor { $0.contains(" 8/300") }
        #expect(screen.contains(" 8/300"), "\(screen)")
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines[9].hasPrefix("▶ "), "\(screen)")
        // Clicking the selected row again opens it.
        try tmux.sendLiteral(click)
        screen = try tmux.waitFor { $0.contains("APP-0000008") }
        #expect(screen.contains(" · APP-0000008"), "the detail of the row clicked:\n\(screen)")
        try tmux.send("Escape")
        _ = try quit(tmux)
    }

    @Test func noColorShowsNoColourCodes() throws {
        let coloured = try session(width: 100, height: 30)
        _ = try startDemo(in: coloured)
        let withColour = try captureWithEscapes(coloured)
        #expect(!colourCodes(in: withColour).isEmpty, "the check can see colours:\n\(withColour)")
        _ = try quit(coloured)

        let tmux = try session(width: 100, height: 30, ["NO_COLOR": "1"])
        _ = try startDemo(in: tmux)
        try tmux.send("Enter")
        _ = try tmux.waitFor { $0.contains("Curriculum vitae") }
        let capture = try captureWithEscapes(tmux)
        #expect(colourCodes(in: capture).isEmpty, "\(colourCodes(in: capture))")
        #expect(
            capture.contains("\u{1B}[7m") || capture.contains(";7m") || capture.contains("[1;7m"),
            "mono still shows the selection in reverse:\n\(capture)")
        try tmux.send("Escape")
        _ = try quit(tmux)
    }

    @Test func aThemeNamedOnTheCommandLineWinsOverNoColor() throws {
        let tmux = try session(width: 100, height: 30, ["NO_COLOR": "1"])
        _ = try startDemo(in: tmux, options: "--theme high-contrast")
        let capture = try captureWithEscapes(tmux)
        #expect(!colourCodes(in: capture).isEmpty, "\(capture)")
        // And `:theme mono` takes the colour away at once.
        try tmux.sendLiteral(":theme mono")
        try tmux.send("Enter")
        _ = try tmux.waitFor { $0.contains("theme mono") && !$0.contains(":theme mono") }
        #expect(colourCodes(in: try captureWithEscapes(tmux)).isEmpty)
        _ = try quit(tmux)
    }

    @Test(arguments: ["xterm-256color", "tmux-256color", "screen", "xterm", "linux"])
    func correctUnderEachTerminalType(term: String) throws {
        let tmux = try session(width: 100, height: 30)
        var screen = try startDemo(in: tmux, prefix: "env TERM=\(term)")
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix(" Shortlist · "), "\(screen)")
        #expect(lines.contains { $0.hasPrefix("\(term == "linux" ? "►" : "▶") ") }, "\(screen)")
        #expect(!colourCodes(in: try captureWithEscapes(tmux)).isEmpty, "colours under \(term)")
        try tmux.send("j", "j", "Enter")
        screen = try tmux.waitFor { $0.contains("Curriculum vitae") }
        #expect(screen.contains("APP-0000003"), "\(screen)")
        try tmux.send("Escape")
        screen = try quit(tmux)
        #expect(screen.contains("EXIT=0"), "\(screen)")
    }

    @Test func aLocaleWithoutUTF8GetsASCIISymbols() throws {
        let tmux = try session(width: 100, height: 30, ["LANG": "C"])
        let screen = try startDemo(in: tmux, prefix: "env LC_ALL= LC_CTYPE=")
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix(" Shortlist - "), "\(screen)")
        #expect(lines.contains { $0.hasPrefix("> ") }, "\(screen)")
        #expect(!screen.contains("▶") && !screen.contains("│") && !screen.contains("█"))
        #expect(lines[2].hasSuffix("#") || lines[2].hasSuffix("|"), "\(screen)")
        _ = try quit(tmux)
    }

    @Test func theCommandLineCompletesAndRunsInTheTerminal() throws {
        let tmux = try session(width: 100, height: 30)
        _ = try startDemo(in: tmux)
        try tmux.sendLiteral(":so")
        try tmux.send("Tab")
        var screen = try tmux.waitFor { $0.contains(":sort") }
        // "n" alone offers name and nat: "nam" completes to name.
        try tmux.sendLiteral("nam")
        try tmux.send("Tab", "Enter")
        screen = try tmux.waitFor { $0.contains("sorted by name") }
        #expect(screen.contains("sorted by name"), "\(screen)")
        try tmux.sendLiteral(":nonsense")
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("unknown command") }
        #expect(screen.contains("unknown command “nonsense”"), "\(screen)")
        _ = try quit(tmux)
    }

    @Test func configuredKeysAndABrokenConfigurationAreReported() throws {
        try """
        colour = "red"
        [keys.global]
        quit = ["Q"]
        """.write(
            to: folder.appendingPathComponent("config/shortlist/config.toml"), atomically: true,
            encoding: .utf8)
        let tmux = try session(width: 120, height: 30)
        var screen = try startDemo(in: tmux)
        #expect(screen.contains("config.toml:1: colour: unknown key"), "\(screen)")
        try tmux.send("j", "q")
        screen = try tmux.waitFor { $0.contains(" 2/300") }
        #expect(!screen.contains("EXIT="), "q is not quit any more:\n\(screen)")
        #expect(screen.contains("? help  Q quit"), "\(screen)")
        try tmux.send("Q")
        screen = try tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("shortlist: "), "said again on the terminal:\n\(screen)")
    }
}
