import Foundation

/// A list of strings the store itself wrote as a JSON array (a note's tags, the reasons of an
/// assessment), in either engine.
enum StoredLists {
    static func strings(_ json: String) -> [String] {
        // A merge reads tens of thousands of these: the plain form, which is what the store
        // writes, is split by hand; any other form goes to Foundation's decoder.
        if let plain = plainStrings(json) { return plain }
        // A row the store wrote itself: unreadable JSON reads as an empty list rather than
        // failing the whole page it is on.
        return (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }

    /// `["a","b"]` with no spaces and no escape or control character inside a string, read
    /// without a decoder; nil for any other text, even valid JSON.
    static func plainStrings(_ json: String) -> [String]? {
        var json = json
        return json.withUTF8 { bytes -> [String]? in
            guard bytes.count >= 2, bytes.first == UInt8(ascii: "["),
                bytes.last == UInt8(ascii: "]")
            else { return nil }
            let end = bytes.count - 1
            var items: [String] = []
            var i = 1
            if i == end { return items }
            while true {
                guard i < end, bytes[i] == UInt8(ascii: "\"") else { return nil }
                let start = i + 1
                var j = start
                while j < end, bytes[j] != UInt8(ascii: "\"") {
                    if bytes[j] == UInt8(ascii: "\\") || bytes[j] < 0x20 { return nil }
                    j += 1
                }
                guard j < end else { return nil }
                // Cut at ASCII quotes, so each piece is whole UTF-8.
                items.append(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self)
                )
                i = j + 1
                if i == end { return items }
                guard bytes[i] == UInt8(ascii: ",") else { return nil }
                i += 1
            }
        }
    }
}
