import TerminalKit
import Testing

@testable import ShortlistUI

/// The interface draws text through the same sanitiser as the command line: a control or
/// bidi character shows as its marker, so the panel sees that it is there.
@Suite struct VisibleTextDrawingTests {
    func row(_ buffer: Buffer, width: Int) -> String {
        String((0..<width).map { buffer[$0, 0].symbol })
    }

    @Test func controlAndBidiCharactersShowAsMarkers() {
        var buffer = Buffer(size: Size(width: 30, height: 1))
        let text: String = "A\u{1B}[2J\u{08}\u{202E}B"
        buffer.put(text, x: 0, y: 0)
        #expect(row(buffer, width: 30).hasPrefix("A␛[2J␈\\u{202E}B"))
    }

    @Test func ordinaryTextIsDrawnAsBefore() {
        var buffer = Buffer(size: Size(width: 12, height: 1))
        buffer.put("Łódź Ιωάννα", x: 0, y: 0)
        #expect(row(buffer, width: 11) == "Łódź Ιωάννα")
    }
}
