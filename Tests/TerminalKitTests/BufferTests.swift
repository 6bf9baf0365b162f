import Testing

@testable import TerminalKit

@Suite struct BufferTests {
    @Test func putsWideCharactersWithContinuationCells() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        let end = buffer.put("a王b", x: 0, y: 0)
        #expect(end == 4)
        #expect(buffer[1, 0].symbol == "王")
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer.lines == ["a王b      "])
    }

    @Test func aWideCharacterThatDoesNotFitBecomesASpace() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.put("abc王", x: 0, y: 0)
        #expect(buffer.lines == ["abc "])
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.put("王王", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)  // lands on the first 王's right half
        #expect(buffer.lines == [" x王  "])
        buffer.put("y", x: 2, y: 0)  // lands on the second 王's left half
        #expect(buffer.lines == [" xy   "])
    }

    @Test func diffWritesOnlyChangedCells() {
        var before = Buffer(size: Size(width: 20, height: 3))
        before.put("Παπαδόπουλος", x: 0, y: 0)
        before.put("Иванова", x: 0, y: 1)
        var after = before
        after.put("Иваново", x: 0, y: 1)
        let changes = after.diff(from: before)
        #expect(changes == [CellChange(x: 6, y: 1, cell: Cell("о"))])
        #expect(before.diff(from: before).isEmpty)
    }

    @Test func diffWritesStyleChanges() {
        let before = Buffer(size: Size(width: 3, height: 1))
        var after = before
        after.setStyle(Rect(x: 1, y: 0, width: 1, height: 1), Style(attributes: .reverse))
        #expect(after.diff(from: before).map(\.x) == [1])
    }

    @Test func diffSkipsTheContinuationOfAWideCharacter() {
        let before = Buffer(size: Size(width: 6, height: 1))
        var after = before
        after.put("王", x: 2, y: 0)
        let changes = after.diff(from: before)
        #expect(changes.map(\.x) == [2], "the terminal fills column 3 itself")
    }

    @Test func diffRewritesWhatAWideCharacterLeavesBehind() {
        var before = Buffer(size: Size(width: 6, height: 1))
        before.put("王", x: 0, y: 0)
        var after = Buffer(size: Size(width: 6, height: 1))
        after.put("ab", x: 0, y: 0)
        #expect(after.diff(from: before).map(\.x) == [0, 1])
        // And the other way round: narrow cells replaced by one wide character.
        #expect(before.diff(from: after).map(\.x) == [0])
    }

    @Test func sizeChangeRewritesEverything() {
        let before = Buffer(size: Size(width: 3, height: 2))
        let after = Buffer(size: Size(width: 4, height: 2))
        #expect(after.diff(from: before).count == 8)
    }

    @Test func terminalSendsOnlyTheDifferenceToItsBackend() {
        let backend = TestBackend(width: 30, height: 4)
        let terminal = Terminal(backend: backend)
        terminal.draw { buffer in
            buffer.put("Żółć, Łukasz", x: 0, y: 0)
            buffer.put("王, 小明", x: 0, y: 1)
            return nil
        }
        #expect(
            terminal.lastWriteCount == 30 * 4 - 3, "first frame in full, less three continuations")
        terminal.draw { buffer in
            buffer.put("Żółć, Łukasz", x: 0, y: 0)
            buffer.put("王, 小明!", x: 0, y: 1)
            return Position(x: 0, y: 1)
        }
        #expect(terminal.lastWriteCount == 1)
        #expect(backend.lines == ["Żółć, Łukasz", "王, 小明!", "", ""])
        #expect(backend.cursor == Position(x: 0, y: 1))
    }
}
