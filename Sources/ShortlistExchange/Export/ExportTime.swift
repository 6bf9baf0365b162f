import Foundation
import ShortlistCore
import ShortlistStore

/// The creation time written into an export: `SOURCE_DATE_EPOCH` when set (reproducible
/// builds' convention), otherwise the time of the database's last change that is not itself
/// an export. Either way the same database gives the same bytes; the moment of the export
/// itself is in the audit trail.
public enum ExportTime {
    public static func creationTime(environment: [String: String], dataState: DataState?) throws
        -> Timestamp
    {
        if let text = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int64(text.trimmingCharacters(in: .whitespaces)), seconds >= 0
            else {
                throw ExportError(
                    "SOURCE_DATE_EPOCH is “\(text)”: it must be whole seconds since 1970-01-01 UTC")
            }
            return Timestamp(secondsSinceEpoch: seconds)
        }
        if let at = dataState?.at, let stamp = Timestamp(iso: at) { return stamp }
        return Timestamp(secondsSinceEpoch: 0)
    }
}
