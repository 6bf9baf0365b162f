import Foundation
import ShortlistCore
import ShortlistStore

/// A count asked for and not yet answered, and the message that waits for it.
struct PendingCount {
    var generation: Int
    var request: CandidateWindow.CountRequest
    /// The filter as typed, for the message that gives the count.
    var filterText: String?
}

extension App {
    /// Starts counting the list off the interface's thread if the window waits for a count
    /// nobody has asked for yet; forgets a count the window no longer waits for (the filter
    /// changed, the data did, or the count was made on this thread).
    func scheduleCount() {
        guard let request = window.countRequest else {
            if loading.pendingCount != nil {
                countRunner.cancelAll()
                loading.pendingCount = nil
            }
            return
        }
        if let pending = loading.pendingCount, pending.request == request { return }
        let source = window.source
        let generation = countRunner.submit {
            try source.candidateCount(scope: request.scope, filter: request.filter)
        }
        loading.pendingCount = PendingCount(
            generation: generation, request: request, filterText: state.activeFilter)
    }

    /// Takes the newest count if it has come; true when it did. The message that said
    /// "counting…" gives the figure, unless something else was shown since.
    @discardableResult
    func collectCount() -> Bool {
        guard let pending = loading.pendingCount, let outcome = countRunner.take() else {
            return false
        }
        guard outcome.generation == pending.generation else { return false }
        loading.pendingCount = nil
        switch outcome.result {
        case .success(let count):
            // The list may have been counted by reading it to its end meanwhile.
            window.finishCount(count, for: pending.request)
            if !window.isCounting, let text = pending.filterText,
                state.message == Self.countingMessage(text)
            {
                show(Self.filterMessage(text, window))
            }
        case .failure(let error):
            // Not asked again on every frame: the list keeps the rows it has read.
            window.abandonCount()
            report(error)
        }
        return true
    }

    /// Counts now what is still being counted: before going to the end of the list.
    func countNow() {
        do {
            try window.countNow()
        } catch {
            report(error)
        }
        scheduleCount()
    }

    static func filterMessage(_ text: String, _ window: CandidateWindow) -> String {
        "\(CandidateFormat.thousands(window.total)) of \(CandidateFormat.thousands(window.unfilteredTotal)) · filter \(text)"
    }

    static func countingMessage(_ text: String) -> StatusMessage {
        StatusMessage("counting… · filter \(text)")
    }
}
