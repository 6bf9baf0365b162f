/// What a roster change says once it went through: the same words from `shortlist panel …`
/// and from the interface's roster screen, so that a secretary meets one vocabulary.
public enum RosterWording {
    public static func added(_ member: PanelMember) -> String {
        "Added \(member.name) (\(member.displayName)) as \(member.role)"
            + (member.login.map { ", bound to the login \($0)" } ?? "")
    }

    public static func changed(_ name: String) -> String { "Changed \(name)'s roster entry" }

    public static func removed(_ name: String) -> String {
        "Removed \(name) from the roster; the audit trail keeps their record"
    }

    public static func conflictRecorded(_ name: String, _ applicationID: String) -> String {
        "Recorded: \(name) has a conflict of interest with \(applicationID)"
    }
}
