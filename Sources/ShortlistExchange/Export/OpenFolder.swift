import Foundation
import ShortlistCore

/// A folder opened once, in which files are created by name only: every file Shortlist writes
/// lands in the folder named, never through a symbolic link or a `..`.
///
/// The folder itself is opened with `O_NOFOLLOW`, files are created with `openat` and
/// `O_CREAT|O_EXCL|O_NOFOLLOW` (so a link or a file planted at the name is never written
/// through), given their mode with `fchmod` (so the umask neither widens nor narrows it), and
/// put in place with a rename that refuses to replace unless asked to.
final class OpenFolder {
    let fd: Int32
    let path: String

    init(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = errno
            if reason == ENOENT {
                throw ExportError("there is no folder \(path) to write in (nothing was written)")
            }
            if reason == ELOOP || reason == ENOTDIR {
                throw ExportError(
                    "\(path) is not a folder (a symbolic link or a file): name a real folder (nothing was written)"
                )
            }
            throw ExportError(
                "cannot open the folder \(path): \(String(cString: strerror(reason))) (nothing was written)"
            )
        }
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// A file name that stays in the folder: no `/`, not `.` or `..`, no leading dot (a hidden
    /// file, or one of our temporary names), no control character, at most 255 bytes.
    static func checkName(_ name: String) throws {
        let shown = VisibleText.visible(name, mode: .header)
        if name.isEmpty || name == "." || name == ".." {
            throw ExportError("“\(shown)” is not a file name (nothing was written)")
        }
        if name.contains("/") || name.hasPrefix(".") || name.utf8.count > 255
            || VisibleText.hasHidden(name, mode: .header) || name.utf8.contains(0)
        {
            throw ExportError(
                "“\(shown)” would not be a plain file in its folder (a name has no “/”, no leading dot and no control character): nothing was written"
            )
        }
    }

    enum Entry { case none, file, link, folder, other }

    /// What stands at `name`, without following a link.
    func entry(_ name: String) -> Entry {
        var info = stat()
        guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .none }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFLNK: return .link
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// Creates `name`, which must not exist, with exactly `mode`; returns its descriptor.
    func createExclusive(_ name: String, mode: mode_t) throws -> Int32 {
        let fd = openat(self.fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else {
            throw ExportError(
                "cannot create \(path)/\(name): \(String(cString: strerror(errno))) (nothing was written)"
            )
        }
        // The umask only removes bits: 0660 under umask 077 would lose the group's, and the
        // mode is set again so that a shared export keeps it.
        fchmod(fd, mode)
        return fd
    }

    /// A new temporary file beside `name` that nobody else uses: `.NAME.RANDOM.partial`.
    func createTemporary(for name: String, mode: mode_t) throws -> (fd: Int32, name: String) {
        while true {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = ".\(name).\(suffix).partial"
            let fd = openat(
                self.fd, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 {
                fchmod(fd, mode)
                return (fd, temporary)
            }
            if errno != EEXIST {
                throw ExportError(
                    "cannot write in \(path): \(String(cString: strerror(errno))) (nothing was written)"
                )
            }
        }
    }

    /// Renames `from` to `to` within the folder; without `replace`, an existing `to` is kept
    /// and the rename refused, atomically (no check-then-rename window).
    func rename(_ from: String, to: String, replace: Bool) throws {
        if replace {
            guard renameat(fd, from, fd, to) == 0 else {
                throw ExportError(
                    "cannot rename the finished file to \(path)/\(to): \(String(cString: strerror(errno)))"
                )
            }
            return
        }
        guard Self.renameNoReplace(fd, from, to) == 0 else {
            if errno == EEXIST {
                throw ExportError(
                    "\(path)/\(to) appeared while writing; add --force to overwrite it (nothing was written)"
                )
            }
            throw ExportError(
                "cannot rename the finished file to \(path)/\(to): \(String(cString: strerror(errno)))"
            )
        }
    }

    func remove(_ name: String) {
        unlinkat(fd, name, 0)
    }

    /// `renameat2(..., RENAME_NOREPLACE)` where the C library has it (Glibc does not show it to
    /// Swift, so it is looked up by name); otherwise, or on a file system without it, a hard
    /// link (which also fails on an existing name) and the removal of the temporary name.
    private static func renameNoReplace(_ folder: Int32, _ from: String, _ to: String) -> Int32 {
        #if os(Linux)
            typealias Renameat2 =
                @convention(c) (
                    Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
                ) -> Int32
            let renameNoReplaceFlag: UInt32 = 1
            if let handle = dlopen(nil, RTLD_NOW) {
                defer { dlclose(handle) }
                if let symbol = dlsym(handle, "renameat2") {
                    let renameat2 = unsafeBitCast(symbol, to: Renameat2.self)
                    let result = renameat2(folder, from, folder, to, renameNoReplaceFlag)
                    if result == 0 || (errno != EINVAL && errno != ENOSYS) { return result }
                }
            }
        #endif
        guard linkat(folder, from, folder, to, 0) == 0 else { return -1 }
        unlinkat(folder, from, 0)
        return 0
    }
}
