import Foundation
import ShortlistTestSupport
import Testing

@testable import ShortlistDemo

/// Every name of the non-Latin pools as the demo writes it in an e-mail address and in Latin
/// letters, kept in a golden file: the demo's output stays the same whichever transliteration
/// table it is read through (the demo reads Core's).
@Suite struct DemoNameFormsTests {
    static let pools: [(String, DemoNamePool)] = [
        ("bulgarian", .bulgarian), ("greek", .greek), ("cypriot", .cypriot),
        ("ukrainian", .ukrainian), ("serbian", .serbian), ("chinese", .chinese),
        ("japanese", .japanese),
    ]

    @Test func theFormsOfEveryNameStayTheSame() throws {
        var lines: [String] = []
        for (name, pool) in Self.pools {
            lines.append("# \(name)")
            var forms = pool.female + pool.male
            for (male, female) in pool.surnames { forms += [male, female] }
            for form in forms { lines.append("\(form.text)\t\(form.email)\t\(form.latin)") }
        }
        #expect(lines.count > 400)
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/demo-name-forms.txt")
        let problem = GoldenFile.compare(lines.joined(separator: "\n") + "\n", with: url)
        #expect(problem == nil, "\(problem ?? "")")
    }
}
