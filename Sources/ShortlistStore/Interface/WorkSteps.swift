/// Long work inside one store transaction (a reassessment, a merge, an export's rows): how
/// far it got, and whether the person asked it to stop. The store reports between steps and,
/// asked to stop, throws `LoadCancelled` from inside the transaction, which then rolls back
/// whole: the same cancellation as a bulk load's.
public struct WorkSteps: Sendable {
    /// How far: `done` of `total` in stage `stage` of `stages` (a reassessment that also
    /// recounts evidence goes over the applications twice).
    public struct Step: Sendable, Equatable {
        public var done: Int
        public var total: Int
        public var stage: Int
        public var stages: Int

        public init(done: Int, total: Int, stage: Int = 0, stages: Int = 1) {
            self.done = done
            self.total = total
            self.stage = stage
            self.stages = stages
        }

        /// The whole work's share done, 0…1.
        public var fraction: Double {
            let within = total > 0 ? Double(min(done, total)) / Double(total) : 1
            return (Double(stage) + within) / Double(max(stages, 1))
        }
    }

    public var report: @Sendable (Step) -> Void
    public var isCancelled: @Sendable () -> Bool

    public init(
        report: @escaping @Sendable (Step) -> Void, isCancelled: @escaping @Sendable () -> Bool
    ) {
        self.report = report
        self.isCancelled = isCancelled
    }

    /// The command line's: nobody watches and nothing stops it.
    public static let unwatched = WorkSteps(report: { _ in }, isCancelled: { false })

    /// Says how far, then stops (`LoadCancelled`) when asked to.
    public func step(_ step: Step) throws {
        report(step)
        try checkCancelled()
    }

    /// Stops (`LoadCancelled`) when asked to. Called once more after the last row, just before
    /// the transaction commits, so that a cancel that came late still keeps nothing.
    public func checkCancelled() throws {
        if isCancelled() { throw LoadCancelled() }
    }
}
