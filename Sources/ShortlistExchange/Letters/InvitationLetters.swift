import Crypto
import Foundation
import ShortlistCore
import ShortlistStore

/// `shortlist export invitations -o DIR`: for each invited candidate with a slot, a letter
/// as Markdown (`ID.md`) and as an e-mail draft (`ID.eml`), from the stored template or the
/// built-in one; one audit entry for the lot. Candidates who did not attend or withdrew get
/// none; invited candidates without a slot or an address are skipped and named.
public enum InvitationLetters {
    /// One letter's values, before escaping for an output.
    public struct Letter: Sendable {
        public var applicationID: ApplicationID
        public var name: String
        public var email: String
        public var slot: InterviewSlot
    }

    public struct Outcome: Sendable {
        public var written: [URL]
        /// Application id and why no letter was written.
        public var skipped: [(ApplicationID, String)]
    }

    /// The Markdown letter: the template's text with values escaped for Markdown.
    public static func markdown(_ letter: Letter, profile: CallProfile?, template: String)
        -> String
    {
        "# Invitation to interview\n\n"
            + LetterTemplate.render(
                template, values(letter, profile).mapValues(PanelReportMarkdown.m))
    }

    /// The e-mail draft: headers, then the template's text as it is.
    public static func eml(
        _ letter: Letter, profile: CallProfile?, template: String, date: Timestamp
    ) -> String {
        MailMessage(
            toName: letter.name, toAddress: letter.email, subject: subject(profile), date: date,
            body: LetterTemplate.render(template, values(letter, profile))
        ).text
    }

    /// The subject names the call's reference, as the call asks of every message about it.
    static func subject(_ profile: CallProfile?) -> String {
        "Invitation to interview – call for interest \(profile?.reference ?? "")"
            + (profile.map { " (\($0.title))" } ?? "")
    }

    static func values(_ letter: Letter, _ profile: CallProfile?) -> [String: String] {
        [
            "name": letter.name, "application_id": letter.applicationID.rawValue,
            "call": profile?.reference ?? "", "title": profile?.title ?? "",
            "unit": profile?.unit ?? "", "date": letter.slot.dateText,
            "time": letter.slot.timeText, "place": letter.slot.place,
            "languages": LetterTemplate.languageNames(letter.slot.languages),
        ]
    }

    /// Writes the letters; checks every target first, so a refusal writes nothing.
    public static func export(
        store: any PanelDatabase, viewer: Actor, folder: URL, force: Bool = false,
        environment: [String: String]
    ) throws -> Outcome {
        try store.authoriseExport(by: viewer)
        let profile = try store.storedProfile().flatMap {
            try? CallProfileParser.parse(text: $0.toml, file: "the stored call profile")
        }
        let template = try store.letterTemplate() ?? LetterTemplate.builtIn
        let date = try ExportTime.creationTime(
            environment: environment, dataState: try store.dataState())
        let slots = try store.interviewSlots()
        let outcomes = try store.invitationOutcomes()
        var letters: [Letter] = []
        var skipped: [(ApplicationID, String)] = []
        for id in try store.invitedCandidates() where outcomes[id] == nil {
            guard let candidate = try store.candidate(id) else { continue }
            guard let slot = slots[id] else {
                skipped.append(
                    (
                        id,
                        "no interview slot (`shortlist invite \(id) --at … --where … --language …`)"
                    ))
                continue
            }
            guard let email = candidate.email, !email.isEmpty else {
                skipped.append((id, "no e-mail address"))
                continue
            }
            let name = [candidate.givenNames, candidate.surname].filter { !$0.isEmpty }
                .joined(separator: " ")
            letters.append(Letter(applicationID: id, name: name, email: email, slot: slot))
        }
        // Only a file shared with a group shares its exports; a server panel has no such file.
        let group = (store as? any SQLiteFileDatabase)?.sharedGroup()
        try FeedbackExport.makeFolder(folder, group: group)
        let files = letters.flatMap { letter in
            ["md", "eml"].map { ext in
                ExportDestination(
                    url: folder.appendingPathComponent("\(letter.applicationID).\(ext)"),
                    force: force, group: group)
            }
        }
        for destination in files { try destination.check() }
        var hashes: [(String, String)] = []
        for (i, letter) in letters.enumerated() {
            let texts = [
                VisibleText.visible(markdown(letter, profile: profile, template: template)),
                eml(letter, profile: profile, template: template, date: date),
            ]
            for (destination, text) in zip(files[(2 * i)...(2 * i + 1)], texts) {
                let hash = try destination.write { sink in try sink.write(text) }
                hashes.append((destination.url.lastPathComponent, hash))
            }
        }
        var combined = SHA256()
        for (name, hash) in hashes { combined.update(data: Array("\(hash)  \(name)\n".utf8)) }
        do {
            try store.recordExport(
                ExportRecord(
                    kind: "invitations", format: "md+eml", fileName: folder.lastPathComponent,
                    sha256: ExportDestination.hex(combined.finalize()), files: hashes.count,
                    options: ["letters": String(letters.count), "skipped": String(skipped.count)]),
                by: viewer)
        } catch {
            for destination in files { unlink(destination.url.path) }
            throw error
        }
        return Outcome(written: files.map(\.url), skipped: skipped)
    }
}
