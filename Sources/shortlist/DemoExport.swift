import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistDemo
import ShortlistExchange

/// The demo population written as a CAST export, in the import format.
enum DemoExport {
    /// Written like every export (`ExportDestination`): 0600, inside the folder named, an
    /// existing file replaced only with `force`.
    static func writeCSV(to url: URL, count: Int, seed: UInt64, force: Bool = false) throws {
        let writer = CSVWriter()
        let population = DemoPopulation(seed: seed)
        try ExportDestination(url: url, force: force).write { sink in
            try sink.write(writer.record(ApplicationRows.header))
            let rows = BackgroundBatches(count: count, batchSize: 500) {
                writer.record(ApplicationRows.fields(population.candidate(at: $0)))
            }
            for row in rows { try sink.write(row) }
        }
    }
}
