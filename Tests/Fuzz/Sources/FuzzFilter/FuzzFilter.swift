import ShortlistCore

// What a panel member types in the filter bar or `list --filter`: a syntax error with a
// position inside the text, or an expression that reads back to itself — never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFilter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let expression = try FilterParser.parse(text)
        let again = try FilterParser.parse(expression.description)
        // Compared as text: conditions remember where they stood, which differs.
        precondition(
            again.description == expression.description,
            "a filter does not read back to itself: \(text)")
    } catch {
        precondition(
            error.position >= 0 && error.position <= text.count + 1,
            "an error position outside the text: \(error.position) in \(text)")
    }
    return 0
}
