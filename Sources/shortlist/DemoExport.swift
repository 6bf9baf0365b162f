import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistDemo
import ShortlistExchange

/// The demo population written as a CAST export, in the import format.
enum DemoExport {
    static func writeCSV(to url: URL, count: Int, seed: UInt64) throws {
        let fd = open(url.path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            Console.error("\(url.path): cannot be written (\(String(cString: strerror(errno))))")
            throw ExitCode(2)
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        let writer = CSVWriter()
        let population = DemoPopulation(seed: seed)
        var buffer = writer.record(ApplicationRows.header)
        let rows = BackgroundBatches(count: count, batchSize: 500) {
            writer.record(ApplicationRows.fields(population.candidate(at: $0)))
        }
        for row in rows {
            buffer += row
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
        try handle.close()
    }
}
