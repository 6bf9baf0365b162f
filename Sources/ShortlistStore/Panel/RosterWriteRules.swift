import Foundation
import ShortlistCore

/// What a roster entry's name may be and what its trail entries hold, for both engines.
enum RosterWriteRules {
    static func auditValues(_ member: PanelMember) -> [String: String] {
        var values = [
            "name": member.name, "display_name": member.displayName, "role": member.role.rawValue,
        ]
        if let login = member.login { values["login"] = login }
        return values
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)
            }
    }
}
