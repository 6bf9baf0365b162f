import Foundation
import TOMLSupport
import Testing

/// Inputs the fuzz targets (Tests/Fuzz) found to crash, kept as regression tests: each must
/// now be refused with its line, never abort the program.
@Suite struct HostileInputTests {
    /// FuzzConfig: a table header whose first character cannot start a key made the toml++
    /// parser inside TOMLKit assert, aborting Shortlist at start-up (release builds too).
    @Test(arguments: [
        ("[{x]\n", 1, 2), ("a = 1\n  [ {x]\n", 2, 5), ("[[{x]]\n", 1, 3), ("[.a]\n", 1, 2),
        ("\n[\n[Wkt! \"h", 2, 2), ("[[\r\n", 1, 3), ("\u{FEFF}[(((_\t", 1, 3),
        ("\u{A0}[\u{A0}x]", 1, 3),
        ("x = \"\"\"\n[\n\"\"\"\n\n[\u{7B}y]\n", 5, 2),
    ])
    func aTableHeaderWithoutAKeyIsRefusedWithItsLine(_ text: String, _ line: Int, _ column: Int)
        throws
    {
        let error = try #require(throws: TOMLFileError.self) {
            try TOMLSource(text: text, file: "t.toml")
        }
        #expect(error.line == line)
        #expect(error.reason.hasPrefix("column \(column): a table header must begin with a key"))
    }

    /// FuzzConfig again: a '}' where an array element should start made toml++ assert.
    @Test(arguments: [
        ("x = [}", 1, 6), ("x = [1, }]", 1, 9), ("a = 1\nx = [\n  # c\n  }\n", 4, 3),
        ("x = [[[[}", 1, 9), ("x = [{ a = [}] }]", 1, 13),
    ])
    func aBraceClosingAnArrayIsRefusedWithItsLine(_ text: String, _ line: Int, _ column: Int)
        throws
    {
        let error = try #require(throws: TOMLFileError.self) {
            try TOMLSource(text: text, file: "t.toml")
        }
        #expect(error.line == line)
        #expect(
            error.reason
                == "column \(column): a '}' cannot close an array (a value or ']' was expected)")
    }

    /// FuzzProfile: a date whose T has no time after it made toml++ assert.
    @Test(arguments: [
        ("received_by = 2025-12-02T)23:00:00", 1, 25), ("a = 1\nd = 2025-12-02t", 2, 15),
        ("d = [2025-12-02T]", 1, 16),
    ])
    func aDateWithoutItsTimeIsRefusedWithItsLine(_ text: String, _ line: Int, _ column: Int)
        throws
    {
        let error = try #require(throws: TOMLFileError.self) {
            try TOMLSource(text: text, file: "t.toml")
        }
        #expect(error.line == line)
        #expect(error.reason.hasPrefix("column \(column): a date with a T needs a time"))
    }

    /// Every input a fuzz target found, as it found it (Fixtures/Hostile).
    @Test func theFuzzersInputsAreRefused() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Hostile")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count >= 2)
        for name in files where name.hasSuffix(".toml") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(throws: TOMLFileError.self, "\(name)") {
                try TOMLSource(text: String(decoding: data, as: UTF8.self), file: name)
            }
        }
    }

    /// What looks like a header inside a string or a value is not one.
    @Test(arguments: [
        "x = \"\"\"\n[{ not a header\n\"\"\"\n", "x = '''\n[{\n'''\n",
        "x = [\n  [1, 2],\n  [3],\n]\n",
        "x = [\n  { a = 1 },\n]\n", "# [{ a comment\n[t]\na = 1\n", "[\"quoted key\"]\na = 1\n",
        "[ t . u ]\na = 1\n", "s = \"\"\"a \\\n[{b\"\"\"\nt = 1\n",
        "d = 2025-12-02T23:00:00+01:00\n", "d = 2025-12-02\n", "d = 2025-12-02 23:00:00Z\n",
        "s = \"2025-12-02T\"\n", "k2025-12-02T = 1\n",
    ])
    func validDocumentsStillParse(_ text: String) throws {
        _ = try TOMLSource(text: text, file: "t.toml")
    }
}
