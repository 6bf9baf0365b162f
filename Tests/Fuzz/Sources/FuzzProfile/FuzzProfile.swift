import ShortlistExchange

// A call profile as a user might write it: refused with a reason, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProfile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? CallProfileParser.parse(text: text, file: "fuzz.toml")
    return 0
}
