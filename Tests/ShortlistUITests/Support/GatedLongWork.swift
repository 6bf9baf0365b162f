import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import ShortlistTestSupport
import Synchronization

@testable import ShortlistUI

/// A gate in long work's progress: at the first report past the start and short of the end
/// (or, `atTheEnd`, at the report that all is done, before the commit), the work waits until
/// the test lets it go on, so that a key pressed meanwhile lands there, whatever the machine's
/// speed. Opened before the work starts, it never holds.
final class WorkGate: Sendable {
    private let passed = Mutex(false)
    let reached = DispatchSemaphore(value: 0)
    let proceed = DispatchSemaphore(value: 0)
    let atTheEnd: Bool

    init(atTheEnd: Bool = false) { self.atTheEnd = atTheEnd }

    /// Reports to `control`, holding once mid-way.
    func progress(_ control: WorkControl) -> @Sendable (Double?, String) -> Void {
        { [self] fraction, detail in
            control.report(fraction: fraction, detail: detail)
            guard let fraction, fraction > 0, atTheEnd ? fraction >= 1 : fraction < 1 else {
                return
            }
            let first = passed.withLock { passed -> Bool in
                defer { passed = true }
                return !passed
            }
            if first {
                reached.signal()
                proceed.wait()
            }
        }
    }

    /// Lets the work go on, now and at every later report.
    func open() { proceed.signal() }
}

/// The exchange layer's loader, the one the executable wires in, with a gate in the
/// reassessment's and the merge's progress.
final class GatedLongWorkLoader: DataLoader {
    let loader: FileLoader
    let gate: WorkGate

    init(_ loader: FileLoader, gate: WorkGate = WorkGate()) {
        self.loader = loader
        self.gate = gate
    }

    func importApplications(from path: String, by actor: Actor, control: WorkControl) throws
        -> String
    {
        do {
            return try loader.importApplications(
                from: path, by: actor, progress: gate.progress(control),
                isCancelled: { control.isCancelled })
        } catch is FileLoader.Stopped {
            throw WorkCancelled()
        }
    }

    func replaceProfile(from path: String, by actor: Actor, control: WorkControl) throws
        -> String
    {
        do {
            return try loader.replaceProfile(
                from: path, by: actor, progress: gate.progress(control),
                isCancelled: { control.isCancelled })
        } catch is FileLoader.Stopped {
            throw WorkCancelled()
        }
    }

    func checkoutCopy(to path: String, by actor: Actor, control: WorkControl) throws -> String {
        try loader.checkoutCopy(to: path, by: actor)
    }

    func exportNotes(
        to path: String, everyone: Bool, force: Bool, by actor: Actor, control: WorkControl
    ) throws -> String {
        do {
            return try loader.exportNotes(
                to: path, everyone: everyone, force: force, by: actor,
                progress: gate.progress(control), isCancelled: { control.isCancelled })
        } catch is FileLoader.Stopped {
            throw WorkCancelled()
        }
    }

    func mergeNotes(from path: String, by actor: Actor, control: WorkControl) throws -> String {
        do {
            return try loader.mergeNotes(
                from: path, by: actor, progress: gate.progress(control),
                isCancelled: { control.isCancelled })
        } catch is FileLoader.Stopped {
            throw WorkCancelled()
        }
    }
}

/// The ranking's export as the executable's exporter writes it (`RankingExport`, the
/// function `shortlist export ranking` calls), with a gate in its progress.
final class GatedRankingExporter: ResultExporter {
    private let database = Mutex<(any PanelDatabase)?>(nil)
    let gate = WorkGate()

    /// The harness's database, known once the harness that takes this exporter is made.
    var store: (any PanelDatabase)? {
        get { database.withLock { $0 } }
        set { database.withLock { $0 = newValue } }
    }

    func formats(for kind: ExportKind) -> [String] { kind == .ranking ? ["csv", "json"] : [] }

    func export(_ request: ExportRequest, by actor: Actor, control: WorkControl) throws -> String {
        guard let store, let format = RankingExport.Format(rawValue: request.format) else {
            throw ExportError("the ranking is exported as csv, xlsx or json")
        }
        do {
            let outcome = try RankingExport.export(
                store: store, viewer: actor, format: format,
                destination: ExportDestination(
                    url: URL(fileURLWithPath: request.path), force: request.force),
                environment: [:],
                steps: FileLoader.steps(
                    noun: "rows", gate.progress(control), { control.isCancelled }))
            return "wrote \(request.path): \(outcome.rows) candidates"
        } catch is LoadCancelled {
            throw WorkCancelled()
        }
    }
}

/// Many applications for long work, named in Greek, Cyrillic, Polish and CJK scripts.
enum ManyCandidates {
    static func make(_ count: Int) -> [Candidate] {
        let names = [
            ("Παπαδοπούλου", "Ελένη", "EL"), ("Иванова", "Мария", "BG"),
            ("Wróblewski", "Łukasz", "PL"), ("王", "秀英", "FR"), ("山田", "花子", "DE"),
        ]
        return (1...count).map { n in
            let (surname, given, nationality) = names[n % names.count]
            return FixtureCandidates.make(n, surname, given, nationality: nationality)
        }
    }
}
