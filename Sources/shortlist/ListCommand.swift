import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Candidates selected by a filter, in a chosen order.",
        discussion: """
            The filter language is the one of the interface's filter bar (f), described with \
            examples in docs/filters.md: fields and comparisons (exp >= 5, fg = IV, \
            nat in (EL, CY), lang:fr >= C1, edu >= master, submitted < 2025-12-01), \
            eligibility and screening (eligible, needs_check, rule:languages = fail, \
            A = all-met, B >= 1), keyword evidence (evidence:B2 >= 1), text \
            (text:"digital twin"), invited, and scores as the acting person may see them \
            (total >= 70, score:A1 >= 4); joined by and, or, not and parentheses. Sort keys: \
            name, id, exp, fg, edu, nat, submitted, eligibility, slot (the interview schedule, \
            shown in a column), comma-separated, a leading - \
            for descending. A syntax error is shown with a caret under its position and ends \
            the command with status 2; "shown of total" goes to standard error.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "A filter expression (docs/filters.md).") var filter: String?
    @Option(
        parsing: .unconditional,
        help: "Sort keys, e.g. name or -exp,name (default: name; id in blind mode).")
    var sort: String?
    @Option(help: "table, csv, json or plain.") var format: OutputFormat = .table
    @Option(help: "At most this many rows.") var limit: Int?

    func run() throws {
        let (store, actor) = try StoreAccess.open(global, readOnly: true)
        let blind = try store.isBlind() || store.blindViewer
        let sort = self.sort ?? (blind ? "id" : "name")
        let keys: [SortKey]
        do {
            keys = try SortKey.parseList(sort)
        } catch {
            Console.error("--sort: \(error.pointing(into: sort))")
            throw ExitCode(2)
        }
        if blind, keys.contains(where: { $0.field == .name || $0.field == .nationality }) {
            Console.error(
                "--sort: sorting by name or nationality is off in blind mode: the order would reveal them"
            )
            throw ExitCode(2)
        }
        if let limit, limit < 0 {
            Console.error("--limit must be 0 or more, not \(limit)")
            throw ExitCode(2)
        }
        let compiled: CompiledFilter?
        do {
            compiled = try filter.map { text in
                try store.compile(text, for: actor)
            }
        } catch let error as FilterSyntaxError {
            Console.error("--filter:\n\(error.pointing(into: filter ?? ""))")
            throw ExitCode(2)
        }
        let evidenceCriteria = Self.evidenceCriteria(compiled?.expression)
        var rows: [[String]] = []
        var summaries: [CandidateSummary] = []
        try store.forEachCandidate(filter: compiled, sort: keys, limit: limit) {
            summaries.append($0)
        }
        // Which phrases matched is found again in each listed CV (the import stores counts).
        let matcher =
            evidenceCriteria.isEmpty
            ? nil : (try? ProfileAssessment.profile(of: store)).map(EvidenceMatcher.init(profile:))
        // Sorting by slot is asking for the schedule: the slot is shown beside each candidate.
        let showSlots = keys.contains { $0.field == .slot }
        let slots = showSlots ? try store.interviewSlots() : [:]
        for summary in summaries {
            var row = CandidateListing.row(summary)
            if showSlots { row.append(slots[summary.applicationID]?.summary ?? "") }
            if !evidenceCriteria.isEmpty {
                let cv =
                    try store.candidate(summary.applicationID)?
                    .cvText ?? ""
                let report = matcher?.find(in: cv)
                row.append(
                    evidenceCriteria.compactMap { criterion in
                        guard let found = report?.matchedPhrases(criterion), !found.isEmpty else {
                            return nil
                        }
                        return "\(criterion): \(found.map(\.text).joined(separator: ", "))"
                    }.joined(separator: "; "))
            }
            rows.append(row)
        }
        let header =
            CandidateListing.header + (showSlots ? ["slot"] : [])
            + (evidenceCriteria.isEmpty ? [] : ["evidence"])
        Listing(header: header, rows: rows).print(as: format)

        let total = try store.candidateCount(filter: nil)
        let matched =
            limit == nil
            ? rows.count
            : try store.candidateCount(filter: compiled)
        Console.message(
            limit == nil
                ? "\(rows.count) shown of \(total)"
                : "\(rows.count) shown, \(matched) matching, of \(total)")
    }

    /// Criteria named in evidence conditions: their matched phrases are shown in a column.
    static func evidenceCriteria(_ expression: FilterExpression?) -> [CriterionID] {
        var seen: [CriterionID] = []
        for condition in expression?.conditions ?? [] {
            if case .evidence(let id, _, _, _) = condition, !seen.contains(id) { seen.append(id) }
        }
        return seen
    }
}

/// The columns of a candidate list, as the interface's list shows them.
enum CandidateListing {
    static let header = [
        "application_id", "name", "nationality", "fg", "education", "languages", "experience",
        "eligibility", "screening",
    ]

    static func row(_ s: CandidateSummary) -> [String] {
        func text<T>(_ field: FieldValue<T>, _ show: (T) -> String) -> String {
            switch field {
            case .value(let v): show(v)
            case .missing: ""
            case .invalid(let raw): "invalid: \(raw)"
            }
        }
        return [
            s.applicationID.rawValue, s.displayName,
            text(s.nationalities) { $0.map(\.rawValue).joined(separator: ";") },
            text(s.functionGroup) { $0.description },
            text(s.educationLevel) { $0.description },
            text(s.languages) { LanguageSkill.format($0) },
            text(s.yearsExperience) { $0 == $0.rounded() ? String(Int($0)) : String($0) },
            s.eligibility?.rawValue ?? "", s.screening?.description ?? "",
        ]
    }
}
