import Foundation
import ShortlistCore
import ShortlistExchange

// A notes bundle brought back from a reviewer's laptop: refused with a reason (wrong database,
// version, checksum, truncation), never a crash; a bundle that decodes merges as a pure
// function of its versions.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotesBundle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let bundle = try? NoteBundleFile.decode(bytes, file: "fuzz.notes") else { return 0 }
    _ = try? NoteBundleFile.encode(bundle)
    return 0
}
