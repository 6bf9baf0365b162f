import Foundation
import ShortlistTestSupport
import Testing

/// The built binary in a real terminal (tmux): what only a terminal shows.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TerminalSessionTests {
    let scratch = TemporaryDirectory("shortlist-e2e")
    var folder: URL { scratch.url }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var binary: String { BuiltBinary.url.path }

    @Test func browseDemoOpenDetailResizeAndQuit() throws {
        let tmux = try Tmux(width: 100, height: 30, environment: ["XDG_DATA_HOME": folder.path])
        try tmux.sendLine("\(binary) demo --count 300; echo EXIT=$?")
        var screen = try tmux.waitFor { $0.contains("Candidates") && $0.contains("/300") }
        #expect(screen.contains("1/300"), "\(screen)")
        #expect(screen.contains("Application"), "100 columns show the id column")

        try tmux.send("j", "j", "Down")
        screen = try tmux.waitFor { $0.contains(" 4/300") }
        #expect(screen.contains(" 4/300"), "\(screen)")

        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Curriculum vitae") }
        #expect(screen.contains("Curriculum vitae"), "\(screen)")
        #expect(screen.contains("APP-0000004"), "\(screen)")

        // Wide enough for the list and the detail side by side.
        try tmux.resize(width: 140, height: 35)
        screen = try tmux.waitFor {
            $0.contains("Curriculum vitae") && $0.contains("Languages") && $0.contains("Nat ")
        }
        #expect(screen.contains("Nat "), "the list is back beside the detail:\n\(screen)")

        try tmux.resize(width: 60, height: 20)
        screen = try tmux.waitFor { $0.contains("Terminal too small") }
        #expect(screen.contains("needs 80×24"), "\(screen)")
        try tmux.resize(width: 100, height: 30)
        try tmux.send("Escape")
        screen = try tmux.waitFor { !$0.contains("Curriculum vitae") && $0.contains("Nat ") }

        try tmux.send("q")
        screen = try tmux.waitFor { $0.contains("EXIT=0") && $0.contains("READY$") }
        #expect(screen.contains("EXIT=0"), "\(screen)")
    }

    @Test func greekCyrillicAndCJKNamesAlignInTheTerminal() throws {
        let tmux = try Tmux(width: 120, height: 40, environment: ["XDG_DATA_HOME": folder.path])
        try tmux.sendLine("\(binary) demo --count 2000; echo EXIT=$?")
        try tmux.waitFor { $0.contains("/2,000") }
        // Walk until the screen shows rows in several scripts, then check that the
        // nationality column starts at the same display column on every row.
        var checked = 0
        for _ in 0..<40 {
            let screen = try tmux.capture()
            let lines = screen.split(separator: "\n").map(String.init)
            guard let header = lines.first(where: { $0.contains("Nat ") && $0.contains("Name") })
            else { break }
            let natColumn = displayColumn(of: "Nat ", in: header)
            for line in lines where line.contains("APP-") {
                let text = columnText(line, from: natColumn, width: 2)
                // A code, or the marks of a missing ("—") or unreadable ("?") value.
                let aligned =
                    text.allSatisfy { $0.isUppercase && $0.isASCII } || text.hasPrefix("—")
                    || text.hasPrefix("?")
                #expect(aligned, "misaligned row: \(line)")
                checked += 1
            }
            try tmux.send("NPage")
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(checked > 500)
        try tmux.send("q")
    }

    @Test func mouseWheelAndClickInTheTerminal() throws {
        let tmux = try Tmux(width: 100, height: 30, environment: ["XDG_DATA_HOME": folder.path])
        try tmux.sendLine("\(binary) demo --count 300; echo EXIT=$?")
        try tmux.waitFor { $0.contains("1/300") }
        // X10 mouse reports, as tmux-256color's terminfo announces: button 1 press at
        // column 6, row 7 (1-based), i.e. the fifth candidate row.
        try tmux.sendLiteral("\u{1B}[M \u{26}\u{27}")
        var screen = try tmux.waitFor { $0.contains(" 5/300") }
        #expect(screen.contains(" 5/300"), "\(screen)")
        try tmux.sendLiteral("\u{1B}[Ma\u{26}\u{27}")  // wheel down
        screen = try tmux.waitFor { $0.contains(" 8/300") }
        #expect(screen.contains(" 8/300"), "\(screen)")
        try tmux.send("q")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try Tmux(width: 100, height: 30, environment: ["XDG_DATA_HOME": folder.path])
        let db = folder.appendingPathComponent("sigterm-demo.db").path
        try tmux.sendLine("\(binary) demo --count 100 --db \(db); echo EXIT=$?")
        try tmux.waitFor { $0.contains("1/100") }
        _ = try Spawn.run(["pkill", "-TERM", "-f", "demo --count 100 --db \(db)"])
        let screen = try tmux.waitFor { $0.contains("EXIT=143") }
        #expect(screen.contains("EXIT=143"), "\(screen)")
        #expect(!screen.contains("Candidates"), "the alternate screen is gone:\n\(screen)")
        // The terminal is back in cooked mode with echo: typed text shows up.
        try tmux.sendLine("echo typed-\("back")")
        let after = try tmux.waitFor { $0.contains("typed-back") }
        #expect(after.contains("echo typed-back"), "echo is on again:\n\(after)")
    }

    @Test func anImportShowsInTheInterfaceAndAMissingDatabaseIsExplained() throws {
        let tmux = try Tmux(width: 100, height: 30, environment: ["XDG_DATA_HOME": folder.path])
        let db = folder.appendingPathComponent("imported.db").path
        let csv = folder.appendingPathComponent("export.csv").path
        try tmux.sendLine(
            "\(binary) demo --csv \(csv) --count 30 && \(binary) import \(csv) --db \(db) && \(binary) --db \(db); echo QU\"\"IT=$?"
        )
        var screen = try tmux.waitFor { $0.contains("1/30") }
        #expect(screen.contains("APP-0000001"), "\(screen)")
        try tmux.send("q")
        // Typed before the interface has put the terminal back, a line would be discarded
        // with the interface's unread input.
        try tmux.waitFor { $0.contains("QUIT=0") }
        // Without a database, the message says how to make one.
        try tmux.sendLine(
            "clear; \(binary) --db \(folder.appendingPathComponent("missing.db").path); echo EX\"\"IT=$?"
        )
        screen = try tmux.waitFor { $0.contains("EXIT=") }
        let joined = screen.replacingOccurrences(of: "\n", with: "")
        #expect(joined.contains("no database at"), "\(screen)")
        #expect(joined.contains("shortlist import"), "\(screen)")
        #expect(screen.contains("EXIT=2"), "\(screen)")
    }

    @Test func aCrashRestoresTheTerminal() throws {
        let tmux = try Tmux(width: 100, height: 30, environment: ["XDG_DATA_HOME": folder.path])
        let db = folder.appendingPathComponent("crash-demo.db").path
        try tmux.sendLine("\(binary) demo --count 100 --db \(db); echo EX\"\"IT=$?")
        try tmux.waitFor { $0.contains("1/100") }
        // SIGSEGV is what a memory fault raises; the crash handler must give the terminal back
        // before the process dies.
        _ = try Spawn.run(["pkill", "-SEGV", "-f", "demo --count 100 --db \(db)"])
        let screen = try tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=139"), "\(screen)")
        #expect(screen.contains("the terminal has been restored"), "\(screen)")
        try tmux.sendLine("echo typed-\("back")")
        let after = try tmux.waitFor { $0.contains("typed-back") }
        #expect(after.contains("echo typed-back"), "echo is on again:\n\(after)")
        #expect(!after.contains("Candidates"), "\(after)")
    }

    @Test(arguments: ["env -u TERM", "env TERM=dumb", "env TERM=no-such-terminal"])
    func unusableTerminalTypesExitTwo(prefix: String) throws {
        let tmux = try Tmux(width: 100, height: 30, environment: ["XDG_DATA_HOME": folder.path])
        try tmux.sendLine("\(prefix) \(binary) demo --count 10; echo EX\"\"IT=$?")
        let screen = try tmux.waitFor { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=2"), "\(screen)")
        #expect(screen.contains("shortlist: "), "\(screen)")
        #expect(screen.contains("TERM"), "the message names the cause:\n\(screen)")
    }

    private func displayColumn(of needle: String, in line: String) -> Int {
        guard let range = line.range(of: needle) else { return -1 }
        return line[..<range.lowerBound].reduce(0) { $0 + width($1) }
    }

    private func columnText(_ line: String, from column: Int, width count: Int) -> String {
        var x = 0
        var out = ""
        for character in line {
            if x >= column && x < column + count { out.append(character) }
            x += width(character)
        }
        return out
    }

    private func width(_ c: Character) -> Int {
        guard let s = c.unicodeScalars.first else { return 0 }
        let v = s.value
        let wide =
            (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0x20000...0x3FFFD).contains(v)
        return wide ? 2 : 1
    }
}
