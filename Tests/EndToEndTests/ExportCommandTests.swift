import Foundation
import ShortlistTestSupport
import Testing

/// `shortlist export` on the demo database, as a user runs it: the files, their modes, the
/// refusals, and the XLSX read by Python's openpyxl cell by cell against the CSV.
@Suite(.serialized) struct ExportCommandTests {
    let scratch = TemporaryDirectory("shortlist-export-e2e")
    var folder: URL { scratch.url }
    var db: String { folder.appendingPathComponent("demo.db").path }
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = try BuiltBinary.run(["demo", "--no-tui", "--count", "300", "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ arguments: [String], as user: String, environment: [String: String] = [:]) throws
        -> BuiltBinary.Result
    {
        try BuiltBinary.run(arguments + ["--db", db, "--user", user], environment: environment)
    }

    @Test func theSecretaryExportsEveryFormatDeterministically() throws {
        for format in ["csv", "xlsx", "json"] {
            let first = try run(
                ["export", "ranking", "--format", format, "-o", path("one.\(format)")],
                as: "secretary")
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stderr.contains("not final"))
            let second = try run(
                ["export", "ranking", "--format", format, "-o", path("two.\(format)")],
                as: "secretary")
            #expect(second.status == 0, "\(second.stderr)")
            #expect(
                FileManager.default.contents(atPath: path("one.\(format)"))
                    == FileManager.default.contents(atPath: path("two.\(format)")), "\(format)")
            let mode =
                try FileManager.default.attributesOfItem(atPath: path("one.\(format)"))[
                    .posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        let again = try run(
            ["export", "ranking", "--format", "csv", "-o", path("one.csv")], as: "secretary")
        #expect(again.status == 2 && again.stderr.contains("--force"))
        let audit = try run(["audit", "log"], as: "chair")
        #expect(audit.stdout.components(separatedBy: "export.ranking").count - 1 == 6)
    }

    @Test func reviewerAndMemberAreRefusedAndNothingIsWritten() throws {
        for user in ["reviewer", "member1"] {
            let refused = try run(
                ["export", "ranking", "--format", "csv", "-o", path("\(user).csv")], as: user)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("cannot export the ranking"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: path("\(user).csv")))
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasPrefix(".")
            }.isEmpty)
    }

    /// A tool .ci/run installs is missing: a developer is told and the test does nothing, but
    /// under CI (`CI=true`, as .ci/run runs) that is a failure, so that no test is skipped there.
    static func missingTool(
        _ text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("not run under CI: \(text)", sourceLocation: sourceLocation)
        } else {
            print("SKIPPED \(text)")
        }
    }

    /// What .ci/run installs (Debian's python3-openpyxl); a developer without it is told.
    static var pythonWithOpenpyxl: String? {
        for python in ["/usr/bin/python3", "/usr/local/bin/python3"] {
            guard FileManager.default.isExecutableFile(atPath: python),
                let result = try? BuiltBinary.run(
                    ["-c", "import openpyxl"], executable: URL(fileURLWithPath: python)),
                result.status == 0
            else { continue }
            return python
        }
        return nil
    }

    @Test func openpyxlReadsTheWorkbookCellForCellAsTheCSV() throws {
        guard let python = Self.pythonWithOpenpyxl else {
            Self.missingTool(
                "openpyxlReadsTheWorkbookCellForCellAsTheCSV: python3 with openpyxl is not installed here (apt-get install python3-openpyxl; .ci/run installs it)"
            )
            return
        }
        for format in ["csv", "xlsx"] {
            let result = try run(
                ["export", "ranking", "--format", format, "-o", path("ranking.\(format)")],
                as: "chair")
            #expect(result.status == 0, "\(result.stderr)")
        }
        let script = """
            import csv, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            assert book.sheetnames == ["Ranking", "Reserve list", "Call"], book.sheetnames
            sheet = book["Ranking"]
            assert sheet.freeze_panes == "A2", sheet.freeze_panes
            assert sheet["A1"].font.b
            rows = list(csv.reader(open(sys.argv[2], newline="", encoding="utf-8")))
            width = len(rows[0])
            def text(v):
                if v is None: return ""
                # People read yes/no in the workbook where the CSV keeps true/false.
                if v in ("yes", "no"): return "true" if v == "yes" else "false"
                if isinstance(v, bool): return "true" if v else "false"
                if isinstance(v, int): return str(v)
                if isinstance(v, float): return "%.2f" % v
                return v
            numbers = 0
            got = [[text(c.value) for c in r][:width] for r in sheet.iter_rows(max_col=width)]
            for r in sheet.iter_rows(min_row=2, max_col=width):
                numbers += sum(isinstance(c.value, (int, float)) for c in r)
            assert len(got) == len(rows), (len(got), len(rows))
            for i, (a, b) in enumerate(zip(got, rows)):
                assert a == b, (i + 1, a, b)
            assert numbers > 0
            reserve = list(book["Reserve list"].iter_rows(values_only=True))
            ranked = [r for r in rows[1:] if r[-4] == "true"]
            assert len(reserve) - 1 == len(ranked), (len(reserve), len(ranked))
            print("cells", len(rows) * width, "numbers", numbers)
            """
        let checked = try BuiltBinary.run(
            ["-c", script, path("ranking.xlsx"), path("ranking.csv")],
            executable: URL(fileURLWithPath: python))
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.hasPrefix("cells "))
    }

    /// The ranking sheet prints as a table a person reads: the header row repeated on every
    /// page, frozen on screen, filterable, landscape and one page wide; booleans in words.
    @Test func theRankingSheetPrintsOnePageWideWithItsHeaderOnEveryPage() throws {
        guard let python = Self.pythonWithOpenpyxl else {
            Self.missingTool(
                "theRankingSheetPrintsOnePageWideWithItsHeaderOnEveryPage: python3 with openpyxl is not installed here (apt-get install python3-openpyxl; .ci/run installs it)"
            )
            return
        }
        let result = try run(
            ["export", "ranking", "--format", "xlsx", "-o", path("print.xlsx")], as: "chair")
        #expect(result.status == 0, "\(result.stderr)")
        let script = """
            import sys, openpyxl
            from openpyxl.utils import get_column_letter
            book = openpyxl.load_workbook(sys.argv[1])
            assert book.sheetnames[0] == "Ranking", book.sheetnames
            sheet = book.worksheets[0]
            assert sheet.print_title_rows.replace("$", "") == "1:1", sheet.print_title_rows
            assert sheet.freeze_panes == "A2", sheet.freeze_panes
            table = "A1:%s%d" % (get_column_letter(sheet.max_column), sheet.max_row)
            assert sheet.auto_filter.ref == table, (sheet.auto_filter.ref, table)
            assert sheet.page_setup.orientation == "landscape", sheet.page_setup.orientation
            assert int(sheet.page_setup.fitToWidth) == 1, sheet.page_setup.fitToWidth
            assert int(sheet.page_setup.fitToHeight) == 0, sheet.page_setup.fitToHeight
            assert sheet.sheet_properties.pageSetUpPr.fitToPage
            header = [c.value for c in sheet[1]]
            words = set()
            for column in ("passed", "reserve"):
                i = header.index(column)
                words |= {r[i] for r in sheet.iter_rows(min_row=2, values_only=True)}
            words.discard(None)
            assert words and words <= {"yes", "no", "sealed"}, words
            groups = {r[1] for r in book["Call"].iter_rows(min_row=10, values_only=True)}
            assert "personal qualities" in groups, groups
            print("printable", table)
            """
        let checked = try BuiltBinary.run(
            ["-c", script, path("print.xlsx")], executable: URL(fileURLWithPath: python))
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.hasPrefix("printable A1:"))
    }

    /// The JSON export against its documented schema (docs/schemas/ranking.schema.json), with
    /// Debian's python3-jsonschema, which .ci/run installs.
    @Test func theJSONExportMatchesItsSchema() throws {
        let python = "/usr/bin/python3"
        guard
            (try? BuiltBinary.run(
                ["-c", "import jsonschema"], executable: URL(fileURLWithPath: python)))?.status
                == 0
        else {
            Self.missingTool(
                "theJSONExportMatchesItsSchema: python3 with jsonschema is not installed here (apt-get install python3-jsonschema; .ci/run installs it)"
            )
            return
        }
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/schemas/ranking.schema.json").path
        for user in ["chair", "secretary"] {
            let result = try run(
                ["export", "ranking", "--format", "json", "-o", path("\(user).json")], as: user)
            #expect(result.status == 0, "\(result.stderr)")
            let checked = try BuiltBinary.run(
                [
                    "-c",
                    """
                    import json, sys, jsonschema
                    schema = json.load(open(sys.argv[1]))
                    jsonschema.Draft202012Validator.check_schema(schema)
                    document = json.load(open(sys.argv[2]))
                    jsonschema.Draft202012Validator(schema).validate(document)
                    print("valid", len(document["candidates"]))
                    """, schema, path("\(user).json"),
                ], executable: URL(fileURLWithPath: python))
            #expect(checked.status == 0, "\(user): \(checked.stderr)")
            #expect(checked.stdout.hasPrefix("valid 300"))
        }
    }
}
