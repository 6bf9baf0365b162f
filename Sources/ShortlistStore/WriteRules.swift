import Foundation
import ShortlistCore

/// Checks of a write's arguments that both engines make before touching a row, in the
/// same words.
enum WriteRules {
    /// Refuses a reason that is blank: `refusal` says which one was missing.
    static func requireReason(_ reason: String, _ refusal: String) throws {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid(refusal)
        }
    }
}
