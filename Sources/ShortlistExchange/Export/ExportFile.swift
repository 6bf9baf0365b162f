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

    /// Refuses before any work is done: an existing file without `force`, a missing folder.
    public func check() throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw ExportError("\(url.path) is a folder, not a file: name the file to write")
            }
            if !force {
                throw ExportError(
                    "\(url.path) exists; add --force to overwrite it (nothing was written)")
            }
        }
        let folder = url.deletingLastPathComponent()
        if !manager.fileExists(atPath: folder.path, isDirectory: &isDirectory)
            || !isDirectory.boolValue
        {
            throw ExportError(
                "there is no folder \(folder.path) to write \(url.lastPathComponent) in")
        }
    }

    /// Writes through `body` into a temporary file beside the target, then renames it over the
    /// target: a reader never sees half a file, and a failure leaves the old one. Returns the
    /// SHA-256 of the bytes written.
    @discardableResult
    public func write(_ body: (inout ExportSink) throws -> Void) throws -> String {
        try check()
        let temporary = try temporaryFile()
        var sink = try ExportSink(path: temporary, mode: mode, group: group)
        do {
            try body(&sink)
            try sink.finish()
            try commit(temporary)
        } catch {
            sink.abandon()
            unlink(temporary)
            throw error
        }
        return sink.sha256
    }

    /// A file made by someone else (an archive library) at `temporary`: give it the mode and
    /// group, and rename it over the target. Returns its SHA-256.
    public func commitFile(at temporary: String) throws -> String {
        try check()
        do {
            if chmod(temporary, mode) != 0 {
                throw ExportError(errnoText("cannot set the mode of"))
            }
            if let group, chown(temporary, uid_t.max, group) != 0 {
                throw ExportError(errnoText("cannot give the group to"))
            }
            let hash = try Self.sha256(ofFileAt: temporary)
            try commit(temporary)
            return hash
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// A name beside the target that nobody else uses.
    public func temporaryFile() throws -> String {
        let folder = url.deletingLastPathComponent().path
        var template = Array(
            "\(folder)/.\(url.lastPathComponent).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw ExportError(
                "cannot write in \(folder): \(String(cString: strerror(errno))) (nothing was written)"
            )
        }
        fchmod(fd, mode)
        close(fd)
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    private func commit(_ temporary: String) throws {
        if !force, FileManager.default.fileExists(atPath: url.path) {
            throw ExportError(
                "\(url.path) appeared while exporting; add --force to overwrite it (nothing was written)"
            )
        }
        guard rename(temporary, url.path) == 0 else {
            throw ExportError(errnoText("cannot rename the finished export to"))
        }
    }

    private func errnoText(_ what: String) -> String {
        "\(what) \(url.path): \(String(cString: strerror(errno)))"
    }

    public static func sha256(ofFileAt path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExportError("cannot read back \(path)")
        }
        defer { try? handle.close() }
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

/// A buffered file writer that hashes what it writes: rows are streamed, never held.
public struct ExportSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var hasher = SHA256()
    private let path: String
    public private(set) var sha256 = ""
    public private(set) var bytesWritten = 0
    private var closed = false

    init(path: String, mode: mode_t, group: gid_t?) throws {
        fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else {
            throw ExportError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        fchmod(fd, mode)
        if let group, fchown(fd, uid_t.max, group) != 0 {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ExportError("cannot give \(path) to the database's group: \(reason)")
        }
        self.path = path
        buffer.reserveCapacity(1 << 20)
    }

    public mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    public mutating func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        hasher.update(data: buffer)
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes {
                Foundation.write(fd, $0.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ExportError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func finish() throws {
        try flush()
        fsync(fd)
        close(fd)
        closed = true
        sha256 = ExportDestination.hex(hasher.finalize())
    }

    mutating func abandon() {
        if !closed { close(fd) }
        closed = true
    }
}
