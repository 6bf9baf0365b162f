import Foundation
import ShortlistTestSupport
import Testing

@testable import ShortlistUI

@Suite struct KeyReferenceTests {
    @Test func docsKeysIsGeneratedFromTheCommandTable() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
        let problem = GoldenFile.compare(KeyReference.markdown(), with: url)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func everyCommandHasAKeyAndNoKeyRunsTwoCommandsInOneContext() {
        let keymap = Keymap()
        for command in Command.all {
            let keys = KeyContext.allCases.flatMap { keymap.keys(for: command.id, in: $0) }
            let gestures = KeyContext.allCases.flatMap {
                keymap.ownGestures(for: command.id, in: $0)
            }
            #expect(!keys.isEmpty || !gestures.isEmpty, "\(command.id) has no key")
        }
        for context in KeyContext.allCases {
            var seen: [MouseGesture: CommandID] = [:]
            for command in Command.all {
                for gesture in command.mouse[context] ?? [] {
                    #expect(
                        seen[gesture] == nil,
                        "\(gesture) in \(context) runs \(seen[gesture]!) and \(command.id)")
                    seen[gesture] = command.id
                }
            }
        }
        for context in KeyContext.allCases {
            var seen: [String: CommandID] = [:]
            for command in Command.all {
                for key in command.keys[context] ?? [] {
                    #expect(
                        seen[key.description] == nil,
                        "\(key) in \(context) runs \(seen[key.description]!) and \(command.id)")
                    seen[key.description] = command.id
                }
            }
        }
    }
}
