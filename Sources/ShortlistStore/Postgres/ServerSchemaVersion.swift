/// The number of a panel's server schema, recorded in `meta.server_schema` by `server setup`
/// and moved by `server upgrade`: a store opens only a panel of its own number, since its
/// statements are written for that schema's columns, functions and grants.
public enum ServerSchemaVersion {
    /// The schema this Shortlist sets up and reads. Raise it with a step in
    /// `ServerUpgradeSteps.all` that brings a panel from the number before.
    public static let current = 3

    /// The `meta` key that holds the number.
    static let metaKey = "server_schema"

    /// Why a store does not open the panel at `location` whose `meta` says `recorded`, or nil
    /// when it is this Shortlist's.
    static func refusal(recorded: String?, at location: String) -> String? {
        guard let recorded, let found = Int(recorded) else {
            return
                "the panel at \(location) records no server schema this Shortlist knows (\(recorded.map { "“\($0)”" } ?? "none")): set it up again with `shortlist server setup` (docs/server.md)"
        }
        if found < current {
            return
                "the panel at \(location) has server schema \(found); this Shortlist needs \(current): the server's administrator runs `shortlist server upgrade --db \(location)` (docs/server.md)"
        }
        if found > current {
            return
                "the panel at \(location) was set up by a newer Shortlist (schema \(found)); this one knows up to \(current)"
        }
        return nil
    }
}
