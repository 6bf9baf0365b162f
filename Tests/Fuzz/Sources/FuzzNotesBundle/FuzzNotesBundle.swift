import Foundation
import ShortlistCore
import ShortlistExchange

// A notes bundle brought back from a reviewer's laptop (format 2, signed): refused with a
// reason (wrong version, truncation, malformed field), never a crash; a bundle that decodes
// re-encodes to its canonical form, and the merge rules judge its versions without trapping
// (huge counters, odd times, cycles of `supersedes`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotesBundle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let bundle = try? NoteBundleFile.decode(bytes, file: "fuzz.notes") else { return 0 }
    if let encoded = try? NoteBundleFile.encode(bundle) {
        // The canonical form is a fixed point: what a reader signs is what a writer wrote.
        guard let again = try? NoteBundleFile.decode(encoded, file: "again"),
            again == bundle
        else { fatalError("a decoded bundle did not survive its own encoding") }
    }
    _ = NoteCanonicalForm.signedBytes(of: bundle)
    let check = NoteMergeCheck(
        owner: bundle.exportedBy, ownerIsChair: false, roster: [bundle.exportedBy],
        mergeTime: Timestamp(secondsSinceEpoch: 1_767_225_600), isLive: { _ in true })
    let half = Array(bundle.versions.prefix(bundle.versions.count / 2))
    _ = check.check(bundle.versions, held: half)
    return 0
}
