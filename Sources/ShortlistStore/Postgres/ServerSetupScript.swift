import Foundation

/// The SQL that prepares an empty PostgreSQL database for a panel (`shortlist server setup`):
/// roles, schema, row-level security, functions and grants, in the order they must run. One
/// script, run in one transaction, so that a setup that fails leaves nothing behind.
public struct ServerSetupScript: Sendable {
    public let roles: ServerRoles

    public init(roles: ServerRoles) {
        self.roles = roles
    }

    /// The parts in order; policies need the functions, the grants need everything, the
    /// change notifications every table.
    static var parts: [String] {
        [
            rolesPart, tablesPart, functionsPart, policiesPart, rosterPart, grantsPart, scoringPart,
            purgePart,
            migrationPart,
            noteCopiesPart,
            loadDeferralPart,
            notifyPart,
        ]
    }

    /// The whole script with the panel's role names written in.
    public var sql: String {
        Self.parts.map(render).joined(separator: "\n\n") + "\n"
    }

    func render(_ part: String) -> String {
        let names: [(String, String)] = [
            ("{{owner}}", roles.owner), ("{{roles}}", roles.roleMaker), ("{{panel}}", roles.panel),
            ("{{chair}}", roles.chair), ("{{member}}", roles.member),
            ("{{secretary}}", roles.secretary), ("{{reviewer}}", roles.reviewer),
            ("{{database}}", roles.database), ("{{prefix}}", roles.database),
            ("{{server_schema}}", String(ServerSchemaVersion.current)),
        ]
        var text = part
        for (placeholder, name) in names {
            text = text.replacingOccurrences(of: placeholder, with: name)
        }
        return text
    }
}
