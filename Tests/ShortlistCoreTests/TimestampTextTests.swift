import Testing

@testable import ShortlistCore

/// `Timestamp.description` writes its digits into one buffer; `partsDescription` joins the
/// same text from small strings, the way it was written before. Both must agree everywhere.
@Suite struct TimestampTextTests {
    @Test func knownInstantsInTheirOwnOffsets() throws {
        for text in [
            "2025-12-02T23:30:00+02:00", "2025-12-02T22:00:00Z", "1969-12-31T23:59:59-05:30",
            "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:45", "2024-02-29T12:07:09+05:45",
            "1970-01-01T00:00:00Z",
        ] {
            let timestamp = try #require(Timestamp(iso: text))
            #expect(timestamp.description == text)
            #expect(timestamp.partsDescription == text)
        }
    }

    @Test func agreesWithTheTextJoinedFromItsParts() {
        // Instants from year 1 to 9999 in offsets of up to ±18 hours, by a fixed generator.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        let first: Int64 = -62_135_596_800  // 0001-01-01T00:00:00Z
        let last: Int64 = 253_402_300_799  // 9999-12-31T23:59:59Z
        var checked = 0
        for _ in 0..<20_000 {
            let seconds = first + Int64(next() % UInt64(last - first))
            let offset = Int(next() % (18 * 60 * 2 + 1)) - 18 * 60
            let timestamp = Timestamp(secondsSinceEpoch: seconds, utcOffsetMinutes: offset)
            if timestamp.description != timestamp.partsDescription {
                Issue.record("\(seconds) at \(offset): \(timestamp.description)")
            }
            checked += 1
        }
        #expect(checked == 20_000)
    }

    @Test func yearsOfOtherWidthsTakeTheGeneralWay() {
        // Before year 1 and after 9999 the text is whatever the parts give, as before.
        for seconds: Int64 in [-62_135_596_801, -70_000_000_000, 253_402_300_800, 400_000_000_000] {
            let timestamp = Timestamp(secondsSinceEpoch: seconds, utcOffsetMinutes: 90)
            #expect(timestamp.description == timestamp.partsDescription)
        }
        let farOffset = Timestamp(secondsSinceEpoch: 0, utcOffsetMinutes: 100 * 60 + 5)
        #expect(farOffset.description == farOffset.partsDescription)
    }
}
