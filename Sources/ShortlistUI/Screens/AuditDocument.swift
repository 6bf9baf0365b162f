import Foundation
import ShortlistCore
import ShortlistStore
import TerminalKit

extension DetailDocument {
    /// The Audit tab: every entry of the trail about this candidate, oldest first — who,
    /// when, what, and the values before and after (personal values only as hashes: the trail
    /// never holds them).
    static func audit(_ entries: [AuditEntry], key: Key, theme: Theme) -> DetailDocument {
        var w = DocumentWriter(width: key.width, theme: theme)
        w.section("Audit trail of \(key.applicationID)")
        if entries.isEmpty {
            w.paragraph("No entry names this candidate.", style: theme[.missingValue])
        }
        write(entries, into: &w, theme: theme, withObject: false)
        return DetailDocument(key: key, lines: w.lines)
    }

    /// The entries, each on its own lines: number, time, who, what (and, across candidates,
    /// about what), then the values before and after. The Audit tab and the audit screen
    /// write them alike.
    static func write(
        _ entries: [AuditEntry], into w: inout DocumentWriter, theme: Theme, withObject: Bool
    ) {
        let seqWidth = (entries.map { "#\($0.seq)".count }.max() ?? 2) + 1
        for entry in entries {
            var heading = [
                Segment(text: entry.at, style: theme[.row]),
                Segment(text: entry.actor, style: theme[.key]),
                Segment(text: entry.action, style: theme[.row]),
            ]
            if withObject, let object = entry.object {
                heading.append(Segment(text: object, style: theme[.label]))
            }
            w.wrapped(
                heading, indent: seqWidth,
                first: [
                    Segment(text: "#\(entry.seq)".padded(toWidth: seqWidth), style: theme[.label])
                ])
            for (label, json) in [("before", entry.before), ("after", entry.after)] {
                guard let json, let values = values(json), !values.isEmpty else { continue }
                w.wrapped(
                    [
                        Segment(text: label, style: theme[.label]),
                        Segment(text: values, style: theme[.missingValue]),
                    ], indent: seqWidth + 2,
                    first: [Segment(text: String(repeating: " ", count: seqWidth), style: .plain)])
            }
        }
    }

    /// What the trail says is shown to the chair and the secretary; anyone else reads why.
    static func auditRefused(_ refusal: String, key: Key, theme: Theme) -> DetailDocument {
        var w = DocumentWriter(width: key.width, theme: theme)
        w.section("Audit trail of \(key.applicationID)")
        w.paragraph(
            "The audit trail is shown to \(PanelAction.readAuditTrail.whoMay) only.",
            style: theme[.row])
        w.paragraph(refusal, style: theme[.missingValue])
        return DetailDocument(key: key, lines: w.lines)
    }

    /// A JSON object of the trail as "key: value; key: value", keys in order.
    private static func values(_ json: String) -> String? {
        // Not a JSON object: the entry's text is shown as it is.
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)),
            let dictionary = object as? [String: Any]
        else { return json }
        return dictionary.keys.sorted().map { name in
            let value = dictionary[name]
            let text: String
            if let string = value as? String {
                text = string
            } else if let value, JSONSerialization.isValidJSONObject([value]),
                // A value JSON cannot write again is shown as Swift describes it.
                let data = try? JSONSerialization.data(withJSONObject: [value]),
                let array = String(data: data, encoding: .utf8)
            {
                text = String(array.dropFirst().dropLast())
            } else {
                text = "\(value ?? "")"
            }
            return "\(name): \(text)"
        }.joined(separator: "; ")
    }
}
