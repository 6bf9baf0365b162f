import Foundation
import Synchronization

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL
    /// What was made for the folder's files elsewhere (a server's database), released with it.
    private let kept = Mutex<[any Sendable & AnyObject]>([])

    public init(_ label: String = "shortlist-test") {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Keeps `object` alive for as long as the folder, then releases it with the folder.
    public func keep(_ object: any Sendable & AnyObject) {
        kept.withLock { $0.append(object) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
