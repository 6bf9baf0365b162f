import Foundation
import Testing

@testable import ShortlistExchange

/// Files written by another CSV implementation (Python's csv module, as a spreadsheet and a
/// Unix tool would write them) parse to the fields spelled out here.
///
/// Regenerate with Python 3: `csv.writer(f).writerows(rows)` for python-csv-module.csv,
/// `encoding="utf-8-sig"` and `quoting=csv.QUOTE_ALL` for spreadsheet-export.csv, and
/// `lineterminator="\n"` for python-lf.csv, with the rows below.
@Suite struct CSVFixtureTests {
    static let expected: [[String]] = [
        ["application_id", "surname", "given_names", "cv_text"],
        ["APP-1", "Παπαδόπουλος", "Ιωάννης", "Said \"hello\", then left.\nSecond line"],
        ["APP-2", "Иванова", "Мария", "Comma, inside\r\nand CRLF inside"],
        ["APP-3", "Żółć", "Łukasz", ""],
        ["APP-4", "O'Neill", " leading and trailing ", "\"\""],
        ["APP-5", "王", "小明", "tab\there; semicolon"],
    ]

    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    @Test(arguments: ["python-csv-module.csv", "spreadsheet-export.csv", "python-lf.csv"])
    func readsAnotherImplementationsFiles(name: String) throws {
        let handle = try FileHandle(forReadingFrom: Self.fixture(name))
        let read = Array(CSVReader(fileHandle: handle))
        #expect(read.map(\.fields) == Self.expected)
        #expect(read.map(\.line) == [1, 2, 4, 6, 7, 8])
    }
}
