import ShortlistUI

// A theme file from a user's folder: problems reported with file and line, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? ThemeDocument.parse(text: text, name: "fuzz", file: "fuzz.toml")
    return 0
}
