/// What an import did, counted: the summary line and the exit status come from it.
public struct ImportSummary: Sendable, Equatable {
    public var read = 0
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    /// Imported (new or updated) with at least one field marked unknown.
    public var withWarnings = 0
    public var rejected = 0
    /// Warnings reported, on any record (unchanged ones included).
    public var warnings = 0
    /// Whether the changes were kept: false for a dry run, `--strict` with problems, an
    /// interruption, or a database that could not be written.
    public var committed = false
    public var dryRun = false
    public var strict = false
    public var interrupted = false

    public init() {}

    public var imported: Int { inserted + updated }

    /// `--strict` refuses an import with any rejection or warning.
    public var strictRefusal: Bool { strict && (rejected > 0 || warnings > 0) }

    /// 0: no record rejected (warnings allowed, everything unchanged included);
    /// 1: some rejected, the others imported; 2: nothing imported (no records, every record
    /// rejected, `--strict` with any problem); 130: interrupted.
    public var exitStatus: Int32 {
        if interrupted { return 130 }
        if strictRefusal || read == 0 || rejected == read { return 2 }
        if !committed && !dryRun { return 2 }
        return rejected > 0 ? 1 : 0
    }

    public var line: String {
        var parts = [
            "read \(read)", "imported \(inserted)", "updated \(updated)", "unchanged \(unchanged)",
            "imported with warnings \(withWarnings)", "rejected \(rejected)",
        ]
        if dryRun { parts.append("dry run: nothing written") }
        if interrupted { parts.append("interrupted: nothing written") }
        if strictRefusal && !dryRun { parts.append("--strict: nothing written") }
        return parts.joined(separator: ", ")
    }
}
