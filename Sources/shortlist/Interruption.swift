import Dispatch
import Foundation
import Synchronization

/// Turns Ctrl-C during long work into a polite request: the work checks `isRequested` and
/// stops cleanly (rolling back its transaction) instead of dying half-way.
final class Interruption {
    private final class Flag: Sendable {
        let raised = Atomic<Bool>(false)
    }

    private let flag = Flag()
    private let source: any DispatchSourceSignal

    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [flag] in flag.raised.store(true, ordering: .relaxed) }
        source.resume()
    }

    var isRequested: Bool { flag.raised.load(ordering: .relaxed) }

    /// Gives Ctrl-C its default meaning back.
    func end() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}

struct Interrupted: Error, CustomStringConvertible {
    var description: String { "interrupted; nothing was changed" }
}
