import Crypto
import Foundation

/// Why an export wrote nothing.
public struct ExportError: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Where an export goes and how the file is made: private to its owner (0600), or shared with
/// the database's group (0660) when the database is; an existing file is kept unless `force`.
///
/// The file is created inside the folder named and nowhere else (see `OpenFolder`): its name
/// may hold no `/`, `..` or leading dot, a symbolic link at the name is refused, the temporary
/// file is created with `O_EXCL|O_NOFOLLOW`, and the rename replaces nothing without `force`.
public struct ExportDestination: Sendable {
    public var url: URL
    public var force: Bool
    /// The group of a shared database: the export gets it and mode 0660.
    public var group: gid_t?

    public init(url: URL, force: Bool = false, group: gid_t? = nil) {
        self.url = url
        self.force = force
        self.group = group
    }

    public var mode: mode_t { group == nil ? 0o600 : 0o660 }

    var folderPath: String { url.deletingLastPathComponent().path }
    var name: String { url.lastPathComponent }

    /// Refuses before any work is done: a name that would leave its folder, a missing folder,
    /// a link or a folder at the name, an existing file without `force`.
    public func check() throws {
        _ = try openChecked()
    }

    /// The folder, opened, once the name and what stands at it are checked.
    func openChecked() throws -> OpenFolder {
        // `URL` resolves nothing, so a `..` in the name given survives to here and is refused.
        try OpenFolder.checkName(name)
        let folder = try OpenFolder(folderPath)
        switch folder.entry(name) {
        case .none: break
        case .folder:
            throw ExportError("\(url.path) is a folder, not a file: name the file to write")
        case .link:
            throw ExportError(
                "\(url.path) is a symbolic link: Shortlist writes no file through a link (nothing was written)"
            )
        case .other:
            throw ExportError("\(url.path) is not a regular file (nothing was written)")
        case .file:
            if !force {
                throw ExportError(
                    "\(url.path) exists; add --force to overwrite it (nothing was written)")
            }
        }
        return folder
    }

    /// Writes through `body` into a temporary file beside the target, then renames it over the
    /// target: a reader never sees half a file, and a failure leaves the old one. Returns the
    /// SHA-256 of the bytes written.
    @discardableResult
    public func write(_ body: (inout ExportSink) throws -> Void) throws -> String {
        let folder = try openChecked()
        let (fd, temporary) = try folder.createTemporary(for: name, mode: mode)
        var sink: ExportSink
        do {
            sink = try ExportSink(fd: fd, path: url.path, group: group)
        } catch {
            folder.remove(temporary)
            throw error
        }
        do {
            try body(&sink)
            try sink.finish()
            try folder.rename(temporary, to: name, replace: force)
        } catch {
            sink.abandon()
            folder.remove(temporary)
            throw error
        }
        return sink.sha256
    }

    /// A file made by someone else (an archive library) at `temporary`, a name that
    /// `temporaryFile()` gave: give it the mode and group, and rename it over the target.
    /// Returns its SHA-256.
    public func commitFile(at temporary: String) throws -> String {
        let folder = try openChecked()
        let temporaryURL = URL(fileURLWithPath: temporary)
        let temporaryName = temporaryURL.lastPathComponent
        do {
            guard temporaryURL.deletingLastPathComponent().path == folderPath,
                temporaryName.hasPrefix("."), !temporaryName.contains("/")
            else {
                throw ExportError("\(temporary) is not a temporary file beside \(url.path)")
            }
            // Through the folder and without following a link: the file checked is the file
            // renamed.
            let fd = openat(folder.fd, temporaryName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { throw ExportError(errnoText("cannot read back the file for")) }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1
            else {
                throw ExportError("the temporary file for \(url.path) is not a plain file")
            }
            if fchmod(fd, mode) != 0 {
                throw ExportError(errnoText("cannot set the mode of"))
            }
            if let group, fchown(fd, uid_t.max, group) != 0 {
                throw ExportError(errnoText("cannot give the group to"))
            }
            let hash = try Self.sha256(of: FileHandle(fileDescriptor: fd, closeOnDealloc: false))
            try folder.rename(temporaryName, to: name, replace: force)
            return hash
        } catch {
            folder.remove(temporaryName)
            throw error
        }
    }

    /// A new, empty file beside the target that nobody else uses, created with `O_EXCL` and
    /// the export's mode.
    public func temporaryFile() throws -> String {
        try OpenFolder.checkName(name)
        let folder = try OpenFolder(folderPath)
        let (fd, temporary) = try folder.createTemporary(for: name, mode: mode)
        close(fd)
        return folderPath + "/" + temporary
    }

    private func errnoText(_ what: String) -> String {
        "\(what) \(url.path): \(String(cString: strerror(errno)))"
    }

    public static func sha256(ofFileAt path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExportError("cannot read back \(path)")
        }
        defer { try? handle.close() }
        return try sha256(of: handle)
    }

    static func sha256(of handle: FileHandle) throws -> String {
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hex(hasher.finalize())
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
