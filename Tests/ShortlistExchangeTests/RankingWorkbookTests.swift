import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The XLSX export: a real workbook whose parts are well-formed XML, numbers as numbers,
/// the header bold and frozen, the reserve list and the call on sheets 2 and 3.
@Suite struct RankingWorkbookTests {
    let fixture: RankingExportTests

    init() throws { fixture = try RankingExportTests() }

    func parts(_ url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }

    @Test func everyPartIsWellFormedXML() throws {
        let parts = try parts(try fixture.export(.xlsx))
        #expect(
            Set(parts.keys) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
            ])
        for (name, data) in parts {
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(name): \(String(describing: parser.parserError))")
        }
    }

    @Test func numbersAreNumericCellsAndTheHeaderIsFrozenAndBold() throws {
        let parts = try parts(try fixture.export(.xlsx))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"]).utf8Text
        #expect(
            sheet.contains(
                "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            ))
        #expect(
            sheet.contains(
                "<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">status</t>"))
        #expect(sheet.contains("<c r=\"B2\"><v>1</v></c>"), "rank 1 is a number")
        #expect(
            sheet.range(of: #"<c r="F2" s="2"><v>\d+\.\d\d</v></c>"#, options: .regularExpression)
                != nil)
        #expect(sheet.contains("<col min=\"4\" max=\"4\" width=\"32.00\" customWidth=\"1\"/>"))
        #expect(sheet.contains("&apos;") == false)
        #expect(
            sheet.contains("'=HYPERLINK(&quot;http://evil.example&quot;"), "neutralised and escaped"
        )
        let reserve = try #require(parts["xl/worksheets/sheet2.xml"]).utf8Text
        #expect(reserve.contains(">rank<") && reserve.contains("<c r=\"A2\"><v>1</v></c>"))
        let call = try #require(parts["xl/worksheets/sheet3.xml"]).utf8Text
        #expect(call.contains("EC/2025/CNECT/441297"))
        #expect(call.contains("NOT FINAL"))
        #expect(call.contains(">A1<") && call.contains(">weight<") && call.contains(">pass mark<"))
        #expect(call.contains(">the panel's choice<") && call.contains("the weights; the criteria"))
        #expect(call.contains("the call announces none"))
        let workbook = try #require(parts["xl/workbook.xml"]).utf8Text
        #expect(workbook.contains("name=\"Reserve list\"") && workbook.contains("name=\"Call\""))
    }
}

extension Data {
    var utf8Text: String { String(decoding: self, as: UTF8.self) }
}
