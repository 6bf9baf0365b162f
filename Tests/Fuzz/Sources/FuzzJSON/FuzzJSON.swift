import ShortlistCore
import ShortlistExchange

// Whatever bytes arrive as a JSON export (an array or JSON Lines): objects cut and decoded one
// by one, then parsed as applications and assessed.
let assessor = ApplicationAssessor(profile: CallProfile.builtIn)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = JSONRecordReader(bytes: bytes)
    for record in reader {
        var fields: [ApplicationField: String] = [:]
        for (name, value) in record.members {
            if let field = ApplicationField(rawValue: name) { fields[field] = value }
        }
        if case .success(let parsed) = ApplicationParsing.parse(fields) {
            _ = assessor.assess(parsed.candidate)
        }
    }
    _ = reader.structureError
    return 0
}
