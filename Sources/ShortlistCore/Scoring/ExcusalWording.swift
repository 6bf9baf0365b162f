/// What an excusal or its withdrawal says once it went through: the same words from
/// `shortlist score excuse|withdraw-excuse` and from the interface's ranking.
public enum ExcusalWording {
    public static func excused(_ member: String, from id: ApplicationID) -> String {
        "\(id): \(member) excused; no longer expected to score this candidate"
    }

    public static func expectedAgain(_ member: String, at id: ApplicationID) -> String {
        "\(id): \(member) is expected to score this candidate again"
    }
}
