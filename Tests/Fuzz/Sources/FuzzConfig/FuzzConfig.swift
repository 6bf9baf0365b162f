import ShortlistUI

// config.toml as a user might leave it: every problem listed, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = Configuration.parse(text: text, file: "config.toml")
    return 0
}
