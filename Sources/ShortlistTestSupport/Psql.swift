import Foundation

/// The `psql` the test cluster's administrator uses, found on PATH as a person's shell finds
/// it (Debian puts a wrapper in /usr/bin, a hand-built server elsewhere). Not found, it is
/// the bare name, so that running it fails with the system's own words.
public enum Psql {
    public static var executable: URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/psql"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return URL(fileURLWithPath: candidate)
            }
        }
        return URL(fileURLWithPath: "psql")
    }
}
