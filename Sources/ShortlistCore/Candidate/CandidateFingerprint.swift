/// A 64-bit digest of everything an application says, so that a re-import can tell an
/// unchanged record from a changed one without reading the stored one back. Invalid values
/// count by their raw text, timestamps with their offset, as written. Stable across runs and
/// machines (unlike `Hasher`), and taken eight bytes at a time: a byte-at-a-time hash was 7%
/// of an import.
extension Candidate {
    public var fingerprint: UInt64 { Self.fingerprint(of: canonicalFields) }

    /// The fingerprint of `canonicalFields` already at hand: an import hashes them twice (the
    /// fingerprint and the content hash) and need not build them twice.
    public static func fingerprint(of canonicalFields: [(ApplicationField, String)]) -> UInt64 {
        var digest = Fingerprint()
        for (_, text) in canonicalFields { digest.add(text) }
        return digest.value
    }

    /// Every field as canonical text, in the format's order: what a fingerprint or a content
    /// hash is taken over, and how two versions of a record are compared field by field.
    /// A valid value is marked "v", a missing one "m", an invalid one "i" with its raw text.
    public var canonicalFields: [(ApplicationField, String)] {
        func tagged<T>(_ field: FieldValue<T>, _ show: (T) -> String) -> String {
            switch field {
            case .value(let v): "v" + show(v)
            case .missing: "m"
            case .invalid(let raw): "i" + raw
            }
        }
        return [
            (.applicationID, applicationID.rawValue),
            (.castRegistrationID, castRegistrationID ?? "\u{0}"),
            (.surname, surname),
            (.givenNames, givenNames),
            (.nationality, tagged(nationalities) { $0.map(\.rawValue).joined(separator: ";") }),
            (.email, email ?? "\u{0}"),
            (.dateOfBirth, tagged(dateOfBirth) { $0.description }),
            (.submittedAt, tagged(submittedAt) { $0.description }),
            (.castFunctionGroup, tagged(functionGroup) { $0.description }),
            (.castProfile, castProfile ?? "\u{0}"),
            (.castStatus, tagged(castStatus) { $0.rawValue }),
            (.educationLevel, tagged(educationLevel) { $0.description }),
            (.educationYears, tagged(educationYears) { String($0) }),
            (.degreeField, degreeField ?? "\u{0}"),
            (.diplomaRecognised, tagged(diplomaRecognised) { $0 ? "1" : "0" }),
            (.languages, tagged(languages) { LanguageSkill.format($0) }),
            (.militaryService, tagged(militaryService) { $0.rawValue }),
            (.yearsExperience, tagged(yearsExperience) { String($0) }),
            (.currentEmployer, currentEmployer ?? "\u{0}"),
            (.cvText, cvText),
            (.motivation, motivation),
        ]
    }

    /// The fields whose values differ between `self` and `older`.
    public func changedFields(from older: Candidate) -> [ApplicationField] {
        zip(canonicalFields, older.canonicalFields).compactMap { new, old in
            new.1 == old.1 ? nil : new.0
        }
    }
}

/// A multiply-xorshift digest over 64-bit words; each text is followed by its length, so
/// that moving bytes from one field to the next changes the digest.
struct Fingerprint {
    private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let prime: UInt64 = 0xFF51_AFD7_ED55_8CCD

    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* Self.prime
        value ^= value >> 32
    }

    mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            var i = 0
            let count = bytes.count
            while i + 8 <= count {
                mix(
                    UInt64(
                        littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(
                            as: UInt64.self)))
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            mix(tail)
            mix(UInt64(count))
        }
    }
}
