#if Postgres
    import Dispatch
    import Foundation
    import PostgresNIO
    import Synchronization

    /// Rows for `COPY … FROM STDIN` in PostgreSQL's text format: fields split by tabs, rows by
    /// newlines, NULL as `\N`, and a backslash, tab, newline or carriage return in a value
    /// escaped with a backslash.
    struct PostgresCopyRows {
        private(set) var buffer = ByteBuffer()
        private(set) var count = 0
        private var fieldsInRow = 0

        /// Starts the next field of the current row.
        private mutating func separate() {
            if fieldsInRow > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            fieldsInRow += 1
        }

        mutating func add(_ value: String?) {
            separate()
            guard var value else {
                buffer.writeStaticString("\\N")
                return
            }
            value.withUTF8 { write($0) }
        }

        /// A value's UTF-8, escaped where it must be: written as it is in the common case of
        /// nothing to escape, in runs between the bytes escaped otherwise.
        private mutating func write(_ utf8: UnsafeBufferPointer<UInt8>) {
            var run = 0
            for (index, byte) in utf8.enumerated() {
                let escape: UInt8
                switch byte {
                case 92: escape = 92
                case 9: escape = UInt8(ascii: "t")
                case 10: escape = UInt8(ascii: "n")
                case 13: escape = UInt8(ascii: "r")
                default: continue
                }
                buffer.writeBytes(
                    UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[run..<index])))
                buffer.writeInteger(UInt8(92))
                buffer.writeInteger(escape)
                run = index + 1
            }
            buffer.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[run...])))
        }

        /// An integer's digits written straight into the stream: no string for each.
        mutating func add(_ value: Int64?) {
            guard let value else { return add(nil as String?) }
            separate()
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &digits) { digits in
                var rest = value.magnitude
                var start = digits.count
                repeat {
                    start -= 1
                    digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                } while rest > 0
                if value < 0 {
                    start -= 1
                    digits[start] = UInt8(ascii: "-")
                }
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: digits[start...]))
            }
        }

        /// Ends the current row.
        mutating func endRow() {
            buffer.writeInteger(UInt8(ascii: "\n"))
            fieldsInRow = 0
            count += 1
        }
    }

    extension PostgresSession {
        /// Sends `rows` with one `COPY table (columns) FROM STDIN`, inside whatever transaction
        /// the session is in, and waits for the server to take them. postgres-nio offers COPY
        /// only as an async call; the store is synchronous, so the call runs as a task on an
        /// executor of its own and this thread waits for it. Never on the cooperative pool:
        /// a caller blocking a pool thread must not be what the task needs to go on.
        func copy(_ rows: PostgresCopyRows, into table: String, columns: [String]) throws {
            if let error = copyInBackground([(rows, table, columns)]).wait() {
                throw PostgresStore.failure(error, at: location)
            }
        }

        /// Starts the COPYs of several tables, one after the other, then `statements`, and
        /// returns at once: the outcome says when the server has them all, or why not. Nothing else may use the
        /// connection until then.
        func copyInBackground(
            _ tables: [(rows: PostgresCopyRows, table: String, columns: [String])],
            then statements: [PostgresQuery] = []
        )
            -> PostgresCopyOutcome
        {
            let outcome = PostgresCopyOutcome()
            let connection = connection
            let streams = tables.filter { $0.rows.count > 0 }.map {
                (buffer: $0.rows.buffer, table: $0.table, columns: $0.columns)
            }
            Task(executorPreference: PostgresCopyExecutor.shared) {
                do {
                    for stream in streams {
                        try await connection.copyFrom(
                            table: stream.table, columns: stream.columns,
                            logger: PostgresStore.logger
                        ) { writer in
                            try await writer.write(stream.buffer)
                        }
                    }
                    for statement in statements {
                        _ = try await connection.query(statement, logger: PostgresStore.logger)
                            .collect()
                    }
                    outcome.finish(nil)
                } catch {
                    outcome.finish(error)
                }
            }
            return outcome
        }
    }

    /// What a COPY task ended with, handed to the thread that waits for it.
    final class PostgresCopyOutcome: Sendable {
        private let done = DispatchSemaphore(value: 0)
        private let error = Mutex<(any Error)?>(nil)

        func finish(_ failure: (any Error)?) {
            error.withLock { $0 = failure }
            done.signal()
        }

        func wait() -> (any Error)? {
            done.wait()
            return error.withLock { $0 }
        }
    }

    /// A serial queue that runs the COPY tasks: its threads are not the cooperative pool's.
    private final class PostgresCopyExecutor: TaskExecutor {
        static let shared = PostgresCopyExecutor()
        private let queue = DispatchQueue(label: "shortlist.postgres.copy")

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            let executor = asUnownedTaskExecutor()
            queue.async { job.runSynchronously(on: executor) }
        }
    }
#endif
