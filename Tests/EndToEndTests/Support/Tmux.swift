import Foundation

/// A private tmux server with one session running a shell: the real binary in a real
/// terminal, driven with send-keys and read with capture-pane.
final class Tmux {
    let socket = "shortlist-e2e-\(UUID().uuidString.prefix(8))"
    let session = "e2e"

    init(width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        var arguments = ["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", session]
        for (k, v) in environment { arguments += ["-e", "\(k)=\(v)"] }
        arguments += ["sh"]
        try tmux(arguments)
        // A prompt that is easy to find, with the last exit status.
        try sendLine("PS1='READY$ '")
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments).output
    }

    /// `pane` nil: the session's active pane; else that pane (0 the first).
    func target(_ pane: Int?) -> String { pane.map { "\(session).\($0)" } ?? session }

    func sendLine(_ text: String, pane: Int? = nil) throws {
        try tmux(["send-keys", "-t", target(pane), "-l", text])
        try tmux(["send-keys", "-t", target(pane), "Enter"])
    }

    /// Splits the window side by side: a second pane running a shell, as pane 1.
    func splitSideBySide() throws {
        try tmux(["split-window", "-h", "-t", "\(session).0", "sh"])
        try sendLine("PS1='READY$ '", pane: 1)
    }

    /// Keys by tmux's names: `j`, `Down`, `Enter`, `Escape`, `NPage`, `Tab`.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Raw bytes as if typed: used for mouse reports.
    func sendLiteral(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    func capture(pane: Int? = nil) throws -> String {
        try tmux(["capture-pane", "-t", target(pane), "-p"])
    }

    /// Waits until the screen satisfies `condition`, up to `timeout` seconds; returns the
    /// last screen either way.
    @discardableResult
    func waitFor(timeout: Double = 20, pane: Int? = nil, _ condition: (String) -> Bool) throws
        -> String
    {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture(pane: pane)
        while !condition(screen) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture(pane: pane)
        }
        return screen
    }

    /// Under CI (`CI=true`, as .ci/run runs) the terminal tests always run: a missing tmux is
    /// a failure there, never a skip.
    static var isAvailable: Bool {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/tmux")
        }
    }
}
