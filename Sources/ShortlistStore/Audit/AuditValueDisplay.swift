import ShortlistCore

/// How `audit log` shows the values behind digests, the same on both engines, once each
/// engine has read the rows its viewer may see: a reason or mark as written, when and by
/// whom a value was erased; a text keeps its digest.
enum AuditValueDisplay {
    /// The entries that carry a digest: the only ones whose values are worth reading.
    static func wanted(_ entries: [AuditEntry]) -> [Int64] {
        entries.filter {
            $0.before?.contains(AuditValues.prefix) == true
                || $0.after?.contains(AuditValues.prefix) == true
        }.map(\.seq)
    }

    /// What stands in for one digest; nil when the digest stays (a text not erased).
    static func shown(value: String?, kind: String, erasedAt: String?, erasedBy: String?)
        -> String?
    {
        if let value {
            return kind == AuditValues.Kind.text.rawValue ? nil : value
        }
        let at = erasedAt.map { String($0.prefix(10)) } ?? "an unknown date"
        return "erased on \(at) by \(erasedBy ?? "unknown")"
    }

    /// `shown`: by entry, side ("before", "after") and key, what replaces its digest.
    static func substituted(_ entries: [AuditEntry], _ shown: [Int64: [String: [String: String]]])
        -> [AuditEntry]
    {
        entries.map { entry in
            guard let values = shown[entry.seq] else { return entry }
            var resolved = entry
            resolved.before = substitute(entry.before, values["before"] ?? [:])
            resolved.after = substitute(entry.after, values["after"] ?? [:])
            return resolved
        }
    }

    private static func substitute(_ json: String?, _ values: [String: String]) -> String? {
        guard let json, !values.isEmpty, var object = AuditValues.decode(json) else {
            return json
        }
        for (key, value) in values where object[key]?.hasPrefix(AuditValues.prefix) == true {
            object[key] = value
        }
        return AuditChain.json(object)
    }
}
