import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Eligibility of every candidate, with the failed or unclear rules and why.",
        discussion: """
            One row per candidate: application_id, name, result (eligible, ineligible or \
            needs_check) and the rules that did not pass, with their reasons; overrides are \
            shown as such. The table ends with counts per result and per rule. The rules: \
            docs/eligibility.md.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "table, csv, json or plain.") var format: OutputFormat = .table
    @Flag(help: "One sentence a line, for screen readers (the same as --format plain).")
    var plain = false

    func run() throws {
        let format = plain ? .plain : format
        let (store, _) = try StoreAccess.open(global, readOnly: true)
        var output = OutputBuffer(json: format == .json)
        var results: [String: Int] = [:]
        var ruleCounts: [EligibilityRule: [RuleResult: Int]] = [:]
        var first = true
        if format == .csv {
            output.append(
                CSVWriter(lineEnd: "\n").record([
                    "application_id", "name", "result", "rules", "reasons",
                ]))
        }
        if format == .json { output.append("[") }
        try store.forEachEligibility { line in
            let result = line.assessment?.result.rawValue ?? "not_assessed"
            results[result, default: 0] += 1
            let open = line.assessment?.unresolved ?? []
            for outcome in line.assessment?.outcomes ?? [] {
                ruleCounts[outcome.rule, default: [:]][outcome.result, default: 0] += 1
            }
            let overridden = line.assessment?.outcomes.filter(\.isOverridden) ?? []
            let shown = open + overridden.filter { $0.result == .pass }
            switch format {
            case .table:
                output.append("\(line.applicationID)  \(line.name)  \(result)\n")
                for outcome in shown {
                    output.append(
                        "    \(outcome.rule) \(outcome.isOverridden ? "(overridden) " : "")\(outcome.result): \(outcome.reason)\n"
                    )
                }
            case .plain:
                var sentence =
                    "\(line.applicationID), \(line.name): \(result.replacingOccurrences(of: "_", with: " "))."
                for outcome in shown {
                    sentence +=
                        " \(outcome.rule)\(outcome.isOverridden ? ", overridden," : "") \(outcome.result.rawValue.replacingOccurrences(of: "_", with: " ")): \(outcome.reason)."
                }
                output.append(sentence + "\n")
            case .csv:
                output.append(
                    CSVWriter(lineEnd: "\n").record([
                        line.applicationID.rawValue, line.name, result,
                        shown.map { "\($0.rule)=\($0.result)" }.joined(separator: ";"),
                        shown.map { "\($0.rule): \($0.reason)" }.joined(separator: " | "),
                    ]))
            case .json:
                let object: [String: Any] = [
                    "application_id": line.applicationID.rawValue, "name": line.name,
                    "result": result,
                    "rules": (line.assessment?.outcomes ?? []).map {
                        [
                            "rule": $0.rule.rawValue, "result": $0.result.rawValue,
                            "reason": $0.reason, "overridden": $0.isOverridden,
                        ] as [String: Any]
                    },
                ]
                let data = try JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                output.append((first ? "\n" : ",\n") + String(decoding: data, as: UTF8.self))
            }
            first = false
        }
        switch format {
        case .json: output.append("\n]\n")
        case .plain:
            output.append(
                "Totals: "
                    + ["eligible", "ineligible", "needs_check", "not_assessed"].compactMap { r in
                        results[r].map { "\($0) \(r.replacingOccurrences(of: "_", with: " "))" }
                    }.joined(separator: ", ") + ".\n")
            for rule in EligibilityRule.allCases {
                let counts = ruleCounts[rule] ?? [:]
                output.append(
                    "Rule \(rule): "
                        + RuleResult.allCases.map {
                            "\(counts[$0] ?? 0) \($0.rawValue.replacingOccurrences(of: "_", with: " "))"
                        }.joined(separator: ", ") + ".\n")
            }
        case .table:
            output.append("\n")
            output.append(
                ["eligible", "ineligible", "needs_check", "not_assessed"].compactMap { r in
                    results[r].map { "\(r): \($0)" }
                }.joined(separator: ", ") + "\n")
            for rule in EligibilityRule.allCases {
                let counts = ruleCounts[rule] ?? [:]
                output.append(
                    "\(rule): "
                        + RuleResult.allCases.map { "\($0) \(counts[$0] ?? 0)" }.joined(
                            separator: ", ") + "\n")
            }
        case .csv: break
        }
        output.flush()
    }
}

/// Standard output written in large pieces: a listing of 100,000 lines is not 100,000 writes.
/// Every flush goes through `Console`, so a listing is made visible like any other output.
struct OutputBuffer {
    /// A JSON document: hidden characters are escaped inside its strings instead of marked.
    var json = false
    private var pending = ""

    init(json: Bool = false) { self.json = json }

    mutating func append(_ text: String) {
        pending += text
        if pending.utf8.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        if json {
            Console.outputJSON(pending, terminator: "")
        } else {
            Console.output(pending, terminator: "")
        }
        pending = ""
    }
}
