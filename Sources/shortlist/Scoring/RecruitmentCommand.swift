import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore

/// `shortlist recruitment ID ITEM=yes|no ...` and `shortlist recruitment show ID`.
struct RecruitmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recruitment",
        abstract: "The recruitment checklist of an invited candidate (chair, secretary).",
        discussion: """
            Items: \(RecruitmentItem.allCases.map { "\($0.rawValue) (\($0.title))" }.joined(separator: ", ")). \
            `shortlist recruitment ID cast=yes medical=no` records items, each with who and \
            when, audited; `shortlist recruitment show ID` (or just the id) prints the list. \
            The checklist stays editable after the ranking is final. Filters: \
            recruitment:complete, recruitment:missing.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("show ID, or ID ITEM=yes|no ...", valueName: "arguments"))
    var arguments: [String]

    func run() throws {
        var words = arguments
        if words.first == "show" { words.removeFirst() }
        guard let first = words.first else {
            Console.error("give an application id")
            throw ExitCode(2)
        }
        let id = ApplicationID(first)
        let settings = try words.dropFirst().map { word -> (RecruitmentItem, Bool) in
            guard let setting = RecruitmentItem.parseSetting(word) else {
                Console.error(
                    "\(word): not ITEM=yes|no; items: \(RecruitmentItem.allCases.map(\.rawValue).joined(separator: ", "))"
                )
                throw ExitCode(2)
            }
            return setting
        }
        let (store, actor) = try StoreAccess.open(global, readOnly: settings.isEmpty)
        if !settings.isEmpty {
            try store.setRecruitmentChecks(id, settings, by: actor)
        }
        let checks = try store.recruitmentChecklist(id)
        var rows: [[String]] = []
        for item in RecruitmentItem.allCases {
            let check = checks.first { $0.item == item }
            rows.append([
                item.rawValue, item.title, check.map { $0.met ? "yes" : "no" } ?? "not recorded",
                check?.recordedBy ?? "", check?.recordedAt ?? "",
            ])
        }
        Listing(header: ["item", "condition", "met", "by", "at"], rows: rows).print(as: .table)
    }
}
