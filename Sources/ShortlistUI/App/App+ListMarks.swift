import ShortlistCore
import ShortlistStore

/// What the list shows beside its rows that only the store can tell: who has an override,
/// the acting person's conflicts, who is invited, the rows' tags and the evidence column.
/// The update step asks for what its cache lacks, in one read off the loop's thread (as the
/// Score column and the detail are read), waits `readWait` for it so that the common case is
/// in this frame, and takes a slower one when it comes. A failed read is said on the status
/// line and kept in `:messages`; nothing is cached for it, and the next key asks again.
struct ListMarksRequest: Sendable, Equatable {
    var overridden = false
    var conflicts = false
    var invited = false
    var hasTags = false
    /// Rows whose tags are wanted, read only when some candidate has tags.
    var tagIDs: [ApplicationID] = []
    /// Rows whose CVs the evidence column needs, for `criteria`.
    var evidenceIDs: [ApplicationID] = []
    var criteria: [CriterionID] = []

    var isEmpty: Bool {
        !overridden && !conflicts && !invited && !hasTags && tagIDs.isEmpty
            && evidenceIDs.isEmpty
    }

    /// The evidence cache's key of a row for these criteria.
    func evidenceKey(_ id: ApplicationID) -> String {
        ListMarksRequest.evidenceKey(id, criteria)
    }

    static func evidenceKey(_ id: ApplicationID, _ criteria: [CriterionID]) -> String {
        "\(id)|\(criteria.map(\.rawValue).joined(separator: ","))"
    }
}

/// What a marks read brought: each field nil (or empty) when it was not asked for.
struct ListMarksRead: Sendable {
    var overridden: Set<ApplicationID>?
    var conflicts: [ApplicationID: ConflictOfInterest]?
    var invited: Set<ApplicationID>?
    var hasTags: Bool?
    var tags: [ApplicationID: [String]] = [:]
    /// By the evidence cache's key.
    var evidence: [String: String] = [:]
}

/// A marks read asked for and not yet answered, with the data version it was asked at: a
/// read from before a change is dropped, and the next update asks again.
struct PendingMarks {
    var generation: Int
    var request: ListMarksRequest
    var version: Int
}

extension App {
    /// Asks for what the rows in view need and the cache lacks, unless the same read is on
    /// its way or the last one failed since the last key.
    func requestListMarks(for rows: [CandidateSummary]) {
        let request = listMarksRequest(for: rows)
        guard !request.isEmpty, !loading.marksFailed else { return }
        if let pending = loading.pendingMarks, pending.request == request,
            pending.version == loading.dataVersion
        {
            return
        }
        let generation = marksRunner.submit(
            Self.marksRead(
                request, panel: panel, source: window.source, actor: context.actor,
                matcher: matcher, tagsKnownToExist: loading.panelCache.hasTags == true))
        loading.pendingMarks = PendingMarks(
            generation: generation, request: request, version: loading.dataVersion)
        marksRunner.waitUntilIdle(timeout: Self.readWait)
        collectMarks()
    }

    private func listMarksRequest(for rows: [CandidateSummary]) -> ListMarksRequest {
        let cache = loading.panelCache
        var request = ListMarksRequest()
        guard panel != nil else { return request }
        request.overridden = cache.overridden == nil
        request.conflicts = cache.conflicts == nil && context.actor != nil
        request.invited = cache.invited == nil
        request.hasTags = cache.hasTags == nil
        if cache.hasTags != false {
            request.tagIDs = rows.map(\.applicationID).filter { cache.tags[$0] == nil }
        }
        request.criteria = evidenceCriteria
        if !request.criteria.isEmpty, matcher != nil {
            request.evidenceIDs = rows.map(\.applicationID).filter {
                loading.evidenceCache[request.evidenceKey($0)] == nil
            }
        }
        return request
    }

    /// The criteria whose keyword evidence the filter in force reads, in its order.
    private var evidenceCriteria: [CriterionID] {
        var criteria: [CriterionID] = []
        for condition in window.filter?.expression.conditions ?? [] {
            if case .evidence(let id, _, _, _) = condition, !criteria.contains(id) {
                criteria.append(id)
            }
        }
        return criteria
    }

    /// The read as work for the marks runner: it captures only sendable values, so it may run
    /// on any thread.
    private static func marksRead(
        _ request: ListMarksRequest, panel: (any PanelSource)?, source: any CandidateSource,
        actor: Actor?, matcher: EvidenceMatcher?, tagsKnownToExist: Bool
    ) -> @Sendable () throws -> ListMarksRead {
        {
            var read = ListMarksRead()
            guard let panel else { return read }
            if request.overridden { read.overridden = try panel.overriddenApplications() }
            if request.conflicts, let actor {
                var known: [ApplicationID: ConflictOfInterest] = [:]
                for conflict in try panel.conflicts(of: actor.name) {
                    known[conflict.applicationID] = conflict
                }
                read.conflicts = known
            }
            if request.invited { read.invited = Set(try panel.invitedCandidates()) }
            if request.hasTags { read.hasTags = !(try panel.tagCounts()).isEmpty }
            if !request.tagIDs.isEmpty, read.hasTags ?? tagsKnownToExist {
                let tags = try panel.tags(for: request.tagIDs)
                for id in request.tagIDs { read.tags[id] = tags[id] ?? [] }
            }
            if let matcher {
                for id in request.evidenceIDs {
                    let report = matcher.find(in: try source.candidate(id)?.cvText ?? "")
                    read.evidence[request.evidenceKey(id)] = request.criteria.compactMap {
                        criterion -> String? in
                        let found = report.matchedPhrases(criterion)
                        guard !found.isEmpty else { return nil }
                        return "\(criterion): \(found.map(\.text).joined(separator: ", "))"
                    }.joined(separator: "; ")
                }
            }
            return read
        }
    }

    /// Takes the marks read asked for last if it has come; true when it did.
    @discardableResult
    func collectMarks() -> Bool {
        guard let pending = loading.pendingMarks, let outcome = marksRunner.take() else {
            return false
        }
        guard outcome.generation == pending.generation else { return false }
        loading.pendingMarks = nil
        guard pending.version == loading.dataVersion else { return true }
        switch outcome.result {
        case .failure(let error):
            // Said once and kept for :messages; nothing is cached, so the list shows no marks
            // it does not know rather than "none", and the next key asks again.
            report(error)
            loading.marksFailed = true
        case .success(let read):
            var cache = loading.panelCache
            if let overridden = read.overridden { cache.overridden = overridden }
            if let conflicts = read.conflicts { cache.conflicts = conflicts }
            if let invited = read.invited { cache.invited = invited }
            if let hasTags = read.hasTags { cache.hasTags = hasTags }
            cache.tags.merge(read.tags) { $1 }
            loading.panelCache = cache
            if loading.evidenceCache.count > 2_000 { loading.evidenceCache.removeAll() }
            loading.evidenceCache.merge(read.evidence) { $1 }
        }
        return true
    }

    /// The marks of the rows in view, from what the update step has read: a mark not read yet
    /// (slow or failed) is not drawn.
    func listMarks(for rows: [CandidateSummary]) -> ListScreen.Marks {
        let cache = loading.panelCache
        let ids = rows.map(\.applicationID)
        var marks = ListScreen.Marks(
            overridden: cache.overridden ?? [], conflicted: Set((cache.conflicts ?? [:]).keys),
            invited: cache.invited ?? [], isBlind: context.isBlind, highlight: searchHighlight)
        marks.marked = state.marked
        if let invited = cache.invited, !invited.isEmpty, context.actor != nil {
            marks.scores = listScores(for: ids, invited: invited)
        }
        if cache.hasTags == true {
            var tags: [ApplicationID: [String]] = [:]
            for id in ids { tags[id] = cache.tags[id] }
            marks.tags = tags
        }
        let criteria = evidenceCriteria
        if !criteria.isEmpty, matcher != nil {
            var evidence: [ApplicationID: String] = [:]
            for id in ids {
                evidence[id] = loading.evidenceCache[ListMarksRequest.evidenceKey(id, criteria)]
            }
            marks.evidence = evidence
        }
        return marks
    }
}
