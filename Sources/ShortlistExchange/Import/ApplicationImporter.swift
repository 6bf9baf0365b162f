import Crypto
import Foundation
import ShortlistCore
import ShortlistStore

public enum ImportFormat: String, Sendable, CaseIterable {
    case csv
    case json

    /// From the file's extension: `.json`, `.jsonl` and `.ndjson` are JSON, anything else CSV.
    public static func guess(for url: URL) -> ImportFormat {
        ["json", "jsonl", "ndjson"].contains(url.pathExtension.lowercased()) ? .json : .csv
    }
}

public struct ImportOptions: Sendable {
    public var format: ImportFormat?
    public var strict = false
    public var dryRun = false
    public var rejects: URL?
    /// Replace an existing rejects file.
    public var force = false
    public var mapping = ColumnMapping()
    /// Who imports, for the imports log.
    public var user: String

    public init(user: String) { self.user = user }
}

/// How far an import has come, for a progress line.
public struct ImportProgress: Sendable {
    public var bytesRead: Int
    public var totalBytes: Int
    public var records: Int
    public var seconds: Double

    /// The share of the file read, 0…1.
    public var fraction: Double {
        totalBytes > 0 ? min(1, Double(bytesRead) / Double(totalBytes)) : 0
    }

    /// "importing:  40%  12000 records  3000 records/s  about 6 s left": the command line's
    /// progress line.
    public var line: String {
        let rate = seconds > 0 ? Double(records) / seconds : 0
        let eta = fraction > 0.01 ? seconds * (1 - fraction) / fraction : 0
        return String(
            format: "importing: %3.0f%%  %d records  %.0f records/s  about %.0f s left",
            fraction * 100, records, rate, eta)
    }
}

/// Imports a CAST export into a store: reads and checks records on one thread while it
/// writes them on another, all in one transaction.
public final class ApplicationImporter {
    public let file: URL
    public let options: ImportOptions
    /// Called for every rejection, warning and notice, in file order.
    public var onIssue: (ImportIssue) -> Void = { _ in }
    public var onProgress: ((ImportProgress) -> Void)?
    /// Checked between records; when true, the import stops and nothing is written.
    public var isCancelled: () -> Bool = { false }
    /// Where the time went, for the benchmark.
    public var timing: BulkLoadTiming?

    public init(file: URL, options: ImportOptions) {
        self.file = file
        self.options = options
    }

    /// The name used in messages: the path as given.
    private var fileName: String { file.relativePath }

    /// Imports into `store` as `actor`, who must be allowed to import (the secretary).
    public func run(into store: any PanelDatabase, by actor: Actor) throws -> ImportSummary {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: file)
        } catch {
            throw ImportFailure(file: fileName, reason: "cannot be read (\(Self.reason(error)))")
        }
        defer { try? handle.close() }
        let totalBytes =
            (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let format = options.format ?? .guess(for: file)
        let assessor = try ProfileAssessment.assessor(for: store)

        // The file is hashed as it is read, on whichever thread reads it.
        let hasher = ProducerState(SHA256())
        let observe: ([UInt8]) -> Void = { chunk in hasher.value.update(data: chunk) }
        let source: any RecordSource
        var csvHeader: [UInt8]?
        var delimiter = UInt8(ascii: ",")
        switch format {
        case .csv:
            let csv = try CSVRecordSource(
                fileHandle: handle, file: fileName, mapping: options.mapping, observer: observe)
            csvHeader = csv.headerRaw
            delimiter = csv.delimiter
            source = csv
        case .json:
            source = JSONRecordSource(
                fileHandle: handle, file: fileName, mapping: options.mapping, observer: observe)
        }
        for notice in source.notices { onIssue(notice) }

        let rejects = try options.rejects.map {
            try RejectsWriter(
                url: $0, format: format, csvHeader: csvHeader, delimiter: delimiter,
                force: options.force)
        }
        let shared = ProducerState(source)
        let items = BackgroundBatches<ImportItem>(
            {
                var batch: [ImportItem] = []
                batch.reserveCapacity(256)
                while batch.count < 256, let item = shared.value.nextItem() { batch.append(item) }
                return batch.isEmpty ? nil : batch
            },
            transform: { batch in batch.parallelMap { $0.prepared(assessor) } })

        var run = ImportRun(
            file: fileName, rejects: rejects, report: onIssue,
            idColumn: (source as? CSVRecordSource)?.columnName(.applicationID)
                ?? options.mapping.names[.applicationID] ?? ApplicationField.applicationID.rawValue)
        run.summary.dryRun = options.dryRun
        run.summary.strict = options.strict
        let clock = ContinuousClock()
        let started = clock.now
        let startedAt = Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))

        do {
            run.summary.committed = try store.importApplications(by: actor, timing: timing) {
                session in
                var spent = ReleaseElsewhere<ImportItem>()
                for item in items {
                    if isCancelled() {
                        run.summary.interrupted = true
                        return nil
                    }
                    try run.take(item, into: session)
                    spent.add(item)
                    if run.summary.read % 2_000 == 0, let onProgress {
                        onProgress(
                            ImportProgress(
                                bytesRead: run.consumedBytes, totalBytes: totalBytes,
                                records: run.summary.read, seconds: (clock.now - started).seconds))
                    }
                }
                if let problem = shared.value.structureError {
                    throw ImportFailure(file: fileName, reason: problem)
                }
                let summary = run.summary
                // An import of unchanged records is still an import, and is logged as one.
                if options.dryRun || summary.strictRefusal || summary.read == summary.rejected {
                    return nil
                }
                return ImportLogEntry(
                    startedAt: startedAt, user: options.user, fileName: fileName,
                    fileSHA256: hasher.value.finalize().map { String(format: "%02x", $0) }.joined(),
                    format: format.rawValue, recordsRead: summary.read, inserted: summary.inserted,
                    updated: summary.updated, unchanged: summary.unchanged,
                    withWarnings: summary.withWarnings, rejected: summary.rejected)
            }
        } catch {
            rejects?.discard()
            throw error
        }
        try rejects?.finish()
        return run.summary
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
