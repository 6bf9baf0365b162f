import Foundation
import ShortlistCore

/// An e-mail as an `.eml` file that a mail client opens as a draft to send (`X-Unsent: 1`):
/// UTF-8 text in 8 bits, header words outside ASCII encoded as RFC 2047 says.
struct MailMessage {
    var toName: String
    var toAddress: String
    var subject: String
    var date: Timestamp
    var body: String

    /// The file's bytes as text, lines ending in CRLF.
    var text: String {
        let to =
            toName.isEmpty
            ? Self.headerText(toAddress)
            : "\(Self.phrase(toName)) <\(Self.headerText(toAddress))>"
        let headers = [
            "To: \(to)",
            "Subject: \(Self.encodedWords(Self.headerText(subject)))",
            "Date: \(Self.rfc5322(date))",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "X-Unsent: 1",
        ]
        let lines = VisibleText.visible(body.replacingOccurrences(of: "\r\n", with: "\n")).split(
            separator: "\n", omittingEmptySubsequences: false)
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + lines.joined(separator: "\r\n")
    }

    /// A header value from data: no CR, LF or other control character can start a new header
    /// or hide text; each shows as the sanitiser's marker (the one every output uses).
    static func headerText(_ text: String) -> String {
        VisibleText.visible(text, mode: .header).trimmingCharacters(in: .whitespaces)
    }

    /// A display name: quoted if ASCII, else one or more RFC 2047 encoded words.
    static func phrase(_ name: String) -> String {
        let clean = headerText(name)
        if clean.unicodeScalars.allSatisfy({ $0.isASCII }) {
            return "\""
                + clean.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                    of: "\"", with: "\\\"") + "\""
        }
        return encodedWords(clean)
    }

    /// ASCII text as it is; other text as `=?utf-8?B?…?=` words of at most 75 characters,
    /// split between characters (never inside one), folded onto continuation lines.
    static func encodedWords(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII }) else { return text }
        // 45 bytes of UTF-8 make 60 characters of base64: 72 with the markers.
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append(
                    chunk.isEmpty ? "" : "=?utf-8?B?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?" + Data(chunk).base64EncodedString() + "?=") }
        return words.filter { !$0.isEmpty }.joined(separator: "\r\n ")
    }

    /// `Thu, 15 Jan 2026 10:00:00 +0100`, in the time's own offset.
    static func rfc5322(_ time: Timestamp) -> String {
        let local = time.secondsSinceEpoch + Int64(time.utcOffsetMinutes * 60)
        var days = local / 86_400
        var rest = local % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let date = CalendarDate(daysSinceEpoch: Int(days))
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][Int(((days % 7) + 7) % 7)]
        let months = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let seconds = Int(rest)
        let offset = abs(time.utcOffsetMinutes)
        return "\(weekday), \(two(date.day)) \(months[date.month - 1]) \(date.year) "
            + "\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60)) "
            + (time.utcOffsetMinutes < 0 ? "-" : "+") + two(offset / 60) + two(offset % 60)
    }
}
