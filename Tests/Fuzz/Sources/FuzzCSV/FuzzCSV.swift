import ShortlistCore
import ShortlistExchange

// Whatever bytes arrive as a CAST export: records cut, then every record with the right
// number of fields parsed as an application and assessed, evidence phrases included.
let assessor = ApplicationAssessor(profile: CallProfile.builtIn)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";")] {
        var header: [String]?
        for record in CSVReader(bytes: bytes, delimiter: delimiter) {
            guard let names = header else {
                header = record.fields
                continue
            }
            var fields: [ApplicationField: String] = [:]
            for (name, value) in zip(names, record.fields) {
                if let field = ApplicationField(rawValue: name) { fields[field] = value }
            }
            if case .success(let parsed) = ApplicationParsing.parse(fields) {
                _ = assessor.assess(parsed.candidate)
            }
        }
    }
    return 0
}
