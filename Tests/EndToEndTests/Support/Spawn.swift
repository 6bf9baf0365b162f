import Foundation

/// Runs a program and waits for it with `waitpid`. Foundation's `Process.waitUntilExit`
/// does not return while a daemon the child started (the tmux server) holds an inherited
/// descriptor, so tmux is driven through this instead.
enum Spawn {
    /// Runs `arguments` (looked up on PATH) with stdin from /dev/null and stdout into a file;
    /// returns the exit status and what it wrote.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spawn-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let status = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .ENOENT) }
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0 && errno == EINTR {}
        let exitStatus =
            (waitStatus & 0x7F) == 0 ? (waitStatus >> 8) & 0xFF : 128 + (waitStatus & 0x7F)
        return (exitStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }
}
