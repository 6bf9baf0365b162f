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
            guard let value else {
                buffer.writeStaticString("\\N")
                return
            }
            let special = value.utf8.contains(where: Self.needsEscape)
            guard special else {
                buffer.writeString(value)
                return
            }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(value.utf8.count + 16)
            for byte in value.utf8 {
                switch byte {
                case 92: escaped += [92, 92]
                case 9: escaped += [92, UInt8(ascii: "t")]
                case 10: escaped += [92, UInt8(ascii: "n")]
                case 13: escaped += [92, UInt8(ascii: "r")]
                default: escaped.append(byte)
                }
            }
            buffer.writeBytes(escaped)
        }

        /// A tab, newline, carriage return or backslash.
        private static func needsEscape(_ byte: UInt8) -> Bool {
            switch byte {
            case 9, 10, 13, 92: true
            default: false
            }
        }

        mutating func add(_ value: Int64?) { add(value.map { String($0) }) }

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
