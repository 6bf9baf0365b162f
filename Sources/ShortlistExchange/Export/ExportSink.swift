import Crypto
import Foundation

/// A buffered file writer that hashes what it writes: rows are streamed, never held.
public struct ExportSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var hasher = SHA256()
    private let path: String
    public private(set) var sha256 = ""
    public private(set) var bytesWritten = 0
    private var closed = false

    /// A file that `ExportDestination.temporaryFile()` created: opened without following a
    /// link, and only if it is there already.
    init(path: String, mode: mode_t, group: gid_t?) throws {
        let fd = open(path, O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            throw ExportError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        fchmod(fd, mode)
        try self.init(fd: fd, path: path, group: group)
    }

    /// A file already created (with its mode) by `OpenFolder`; the sink closes it.
    init(fd: Int32, path: String, group: gid_t?) throws {
        self.fd = fd
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
