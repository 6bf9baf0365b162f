import Foundation

/// A list of strings the store itself wrote as a JSON array (a note's tags, the reasons of an
/// assessment), in either engine.
enum StoredLists {
    static func strings(_ json: String) -> [String] {
        // A row the store wrote itself: unreadable JSON reads as an empty list rather than
        // failing the whole page it is on.
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
