#if Postgres
    import Foundation
    import NIOCore
    import PostgresNIO
    import Synchronization

    /// A connection of its own that LISTENs on the panel's change channel and remembers whether
    /// another connection committed since the last look. The server notifies at commit, from
    /// the triggers of `ServerSetupScript.notifyPart`; the store's own connection's commits are
    /// told apart by the notifying backend's process id and left out, as SQLite's
    /// `data_version` leaves out a connection's own.
    ///
    /// When the connection drops (a server restart, a network cut) the next look says so once,
    /// and a new one is made in the background every `retryDelay` until it listens again; a
    /// change in between is not lost, since the first look after counts as news and the watch
    /// reads the trail's gain since it last looked.
    final class PostgresChangeListener: Sendable {
        private struct State {
            var connection: PostgresConnection?
            /// Another connection committed since the last `takeNews`.
            var notified = false
            /// Why news stopped, while it is stopped.
            var outage: String?
            var outageSaid = false
            var stopped = false
        }

        private let state = Mutex(State())
        private let configuration: PostgresConnection.Configuration
        private let location: DatabaseLocation
        /// The backend process of the store's own connection, whose commits are not news.
        private let ownBackend: Int32
        private let retryDelay: TimeAmount

        /// Connects and listens, or throws: a watch that cannot listen is refused at once
        /// rather than silent.
        init(
            url: ServerURL, location: DatabaseLocation, ownBackend: Int32,
            retryDelay: TimeAmount = .seconds(2)
        ) throws {
            var configuration = try ServerSession.configuration(url)
            // Lets an administrator tell the listening connections in pg_stat_activity.
            configuration.options.additionalStartupParameters = [
                ("application_name", Self.applicationName)
            ]
            self.configuration = configuration
            self.location = location
            self.ownBackend = ownBackend
            self.retryDelay = retryDelay
            do {
                adopt(try connect().wait())
            } catch {
                throw StoreError.engine(
                    location: location.description,
                    message: "cannot listen for others' changes: \(ServerFailure(error))")
            }
        }

        static let applicationName = "shortlist live news"

        /// True when another connection committed since the last call. Throws once when the
        /// listening connection has dropped; until it listens again, false.
        func takeNews() throws -> Bool {
            let (news, outage) = state.withLock { state -> (Bool, String?) in
                defer { state.notified = false }
                guard let outage = state.outage, !state.outageSaid else {
                    return (state.notified, nil)
                }
                state.outageSaid = true
                return (false, outage)
            }
            if let outage {
                throw StoreError.engine(
                    location: location.description,
                    message:
                        "live news stopped: the connection listening for others' changes \(outage); reconnecting, and the screen is read again once it listens"
                )
            }
            return news
        }

        /// Stops listening for good; the connection is closed without waiting, since the
        /// last reference may go on one of the driver's own threads.
        func stop() {
            let connection = state.withLock { state -> PostgresConnection? in
                state.stopped = true
                defer { state.connection = nil }
                return state.connection
            }
            connection?.close().whenComplete { _ in }
        }

        deinit { stop() }

        /// A new connection listening on the channel, its handler in place before LISTEN.
        private func connect() -> EventLoopFuture<PostgresConnection> {
            let loop = PostgresConnection.defaultEventLoopGroup.any()
            // Weakly: the connection keeps its handler, and this listener keeps the connection.
            let heard: @Sendable (Int32) -> Void = { [weak self] in self?.heard(from: $0) }
            return PostgresConnection.connect(
                on: loop, configuration: configuration, id: 2, logger: PostgresStore.logger
            ).flatMap { connection in
                connection.addListener(channel: ServerSetupScript.changeChannel) { _, note in
                    heard(note.backendPID)
                }
                return connection.query(
                    PostgresQuery(unsafeSQL: "LISTEN \(ServerSetupScript.changeChannel)"),
                    logger: PostgresStore.logger
                ).map { _ in connection }.flatMapError { error in
                    connection.close().flatMapThrowing { throw error }
                }
            }
        }

        private func heard(from backend: Int32) {
            guard backend != ownBackend else { return }
            state.withLock { $0.notified = true }
        }

        private func adopt(_ connection: PostgresConnection) {
            let keep = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.connection = connection
                return true
            }
            guard keep else {
                connection.close().whenComplete { _ in }
                return
            }
            connection.closeFuture.whenComplete { [weak self] result in
                var reason = "was closed by the server or the network"
                if case .failure(let error) = result { reason = "failed: \(ServerFailure(error))" }
                self?.lost(connection, reason: reason)
            }
        }

        private func lost(_ connection: PostgresConnection, reason: String) {
            let reconnect = state.withLock { state -> Bool in
                guard !state.stopped, state.connection === connection else { return false }
                state.connection = nil
                state.outage = reason
                state.outageSaid = false
                return true
            }
            if reconnect { retry() }
        }

        private func retry() {
            let loop = PostgresConnection.defaultEventLoopGroup.any()
            loop.scheduleTask(in: retryDelay) { [weak self] in
                guard let self, !self.state.withLock({ $0.stopped }) else { return }
                self.connect().whenComplete { [weak self] result in
                    guard let self else {
                        if case .success(let connection) = result {
                            connection.close().whenComplete { _ in }
                        }
                        return
                    }
                    switch result {
                    case .success(let connection):
                        self.state.withLock { state in
                            // What others committed while nobody listened is found by the
                            // watch's read of the trail: the first look after counts as news.
                            state.notified = true
                            state.outage = nil
                            state.outageSaid = false
                        }
                        self.adopt(connection)
                    case .failure:
                        self.retry()
                    }
                }
            }
        }
    }
#endif
