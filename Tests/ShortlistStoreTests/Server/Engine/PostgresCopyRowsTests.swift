#if Postgres
    import NIOCore
    import Testing

    @testable import ShortlistStore

    /// COPY's text format as `PostgresCopyRows` writes it straight into its buffer: the bytes
    /// that must be escaped, wherever they stand in a value, and integers without a string.
    @Suite struct PostgresCopyRowsTests {
        static func text(_ rows: PostgresCopyRows) -> String {
            var buffer = rows.buffer
            return buffer.readString(length: buffer.readableBytes) ?? ""
        }

        @Test func specialBytesAreEscapedWhereverTheyStand() {
            var rows = PostgresCopyRows()
            rows.add("\tŁódź\\Θεσσαλονίκη\n")
            rows.add("a\r\nb\\\\c")
            rows.add("数字孪生")
            rows.add(nil as String?)
            rows.add("")
            rows.endRow()
            rows.add("\\")
            rows.endRow()
            #expect(
                Self.text(rows)
                    == "\\tŁódź\\\\Θεσσαλονίκη\\n\ta\\r\\nb\\\\\\\\c\t数字孪生\t\\N\t\n\\\\\n")
            #expect(rows.count == 2)
        }

        @Test func integersAreTheirDecimalDigits() {
            var rows = PostgresCopyRows()
            for value: Int64? in [0, 7, -7, 1_764_159_284, .max, .min, nil] { rows.add(value) }
            rows.endRow()
            #expect(
                Self.text(rows)
                    == "0\t7\t-7\t1764159284\t9223372036854775807\t-9223372036854775808\t\\N\n")
        }
    }
#endif
