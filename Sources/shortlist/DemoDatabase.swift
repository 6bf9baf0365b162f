import Foundation
import ShortlistCore
import ShortlistDemo
import ShortlistExchange
import ShortlistStore

/// Builds demo databases: generated candidates written into a new file, which replaces the
/// old one only when complete, so an interrupted build leaves the previous demo intact.
enum DemoDatabase {
    struct Parameters: Equatable {
        var count: Int
        var seed: UInt64
    }

    /// The demo database at `url` for these parameters: the existing one if it was built
    /// with them (keeping any work done in it), else a new one.
    static func ensure(
        at url: URL, _ parameters: Parameters, rebuild: Bool, interruption: Interruption?
    ) throws -> (store: any PanelDatabase, built: Bool) {
        if !rebuild, FileManager.default.fileExists(atPath: url.path),
            let existing = try? DatabaseEngines.open(.file(url)),
            let meta = try? existing.metadata(),
            meta["demo_count"] == String(parameters.count),
            meta["demo_seed"] == String(parameters.seed)
        {
            return (existing, false)
        }
        try build(at: url, parameters, interruption: interruption)
        return (try DatabaseEngines.open(.file(url)), true)
    }

    static func build(
        at url: URL, _ parameters: Parameters, interruption: Interruption?,
        timing: BulkLoadTiming? = nil, interviewRound: Bool = true
    ) throws {
        let building = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).building-\(getpid())")
        removeDatabaseFiles(building)
        do {
            // The demo panel of DESIGN.md, the secretary first: she creates it and loads it.
            let roster =
                DemoPanel.members.filter { $0.role == .secretary }
                + DemoPanel.members.filter { $0.role != .secretary }
            let profile = ProfileAssessment.builtInDocument
            try DatabaseEngines.build(
                .file(building), NewDatabase(roster: roster, profile: profile)
            ) {
                store in
                let secretary = try store.actor(named: roster[0].name, login: roster[0].name)
                let population = DemoPopulation(seed: parameters.seed)
                let assessor = ApplicationAssessor(profile: .builtIn)
                // Generated and assessed on the second core while the first stores.
                let candidates = BackgroundBatches(count: parameters.count, batchSize: 500) {
                    index in
                    let candidate = population.candidate(at: index)
                    return PreparedCandidate(candidate, assessment: assessor.assess(candidate))
                }
                try store.insertCandidates(
                    candidates, by: secretary,
                    progress: { done in
                        if interruption?.isRequested == true { return false }
                        Console.progress("generating demo candidates: \(done)/\(parameters.count)")
                        return true
                    }, timing: timing)
                try store.recordDemoParameters(count: parameters.count, seed: parameters.seed)
                // The benchmark reassesses under the profile, which adoption freezes: only a
                // demo with its round adopts the grid and declares, as a panel would first.
                if interviewRound {
                    try PanelRound.open(in: store)
                    try DemoInterviews.record(in: store)
                }
            }
            Console.endProgress()
            removeDatabaseFiles(url)
            guard rename(building.path, url.path) == 0 else {
                throw StoreError.cannotCreate(
                    path: url.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            Console.endProgress()
            removeDatabaseFiles(building)
            throw error
        }
    }

    static func removeDatabaseFiles(_ url: URL) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
    }
}
