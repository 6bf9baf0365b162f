import Crypto
import Foundation
import ShortlistCore
import ShortlistStore

/// `shortlist export feedback`: one sheet per candidate who asks for their marks (or every
/// ranked candidate), named by application id. A sheet holds that candidate's own combined
/// marks and nothing else: never a member's identity or single mark, never another
/// candidate's data.
public enum FeedbackExport {
    public enum Format: String, CaseIterable, Sendable {
        case md, html, txt
    }

    public enum Selection: Sendable, Equatable {
        case candidate(ApplicationID)
        /// Every ranked (fully scored) candidate.
        case all
    }

    /// One candidate's sheet, as data.
    public struct Sheet: Sendable {
        public struct Line: Sendable {
            public var criterion: CriterionID
            public var text: String
            public var weight: Double
            public var mean: Double?
            public var passMark: Double?
            public var passed: Bool?
        }

        public var applicationID: ApplicationID
        public var name: String
        public var call: String
        public var callTitle: String
        public var scale: RatingScale
        public var lines: [Line]
        public var total: Double?
        public var overallPassMark: Double
        public var passed: Bool
        /// Nil when not on it; the candidate's rank when on it (ties share a place).
        public var reservePlace: Int?
        /// Whether the call announced a reserve list: when it did not, the sheet says nothing
        /// of one (the panel's list is its working tool, not a promise to the candidate).
        public var reserveListAnnounced: Bool
        /// Whether the panel, not the call, set the weights or pass marks: the sheet says so.
        public var panelSetGrid: Bool
        public var isFinal: Bool
        public var created: Timestamp
    }

    /// Writes the sheets into `folder` and records one audit entry; returns the files written.
    /// Checks everything first (permission, candidates, existing files), so a refusal writes
    /// nothing; asked to stop (`steps`) before the sheets are renamed into place, nothing is
    /// written either.
    @discardableResult
    public static func export(
        store: any PanelDatabase, viewer: Actor, selection: Selection, format: Format, folder: URL,
        force: Bool = false, environment: [String: String], steps: WorkSteps = .unwatched
    ) throws -> [URL] {
        let table = try RankingTable(store: store, viewer: viewer)
        let created = try ExportTime.creationTime(
            environment: environment, dataState: try store.dataState())
        let rows: [RankingRow]
        switch selection {
        case .all:
            rows = table.view.ranked
        case .candidate(let id):
            if let row = table.view.ranked.first(where: { $0.applicationID == id }) {
                rows = [row]
            } else if table.view.pending.contains(where: { $0.applicationID == id }) {
                throw ExportError(
                    "\(id) is not fully scored yet: a feedback sheet needs every member's card")
            } else {
                throw ExportError(
                    "\(id) was not interviewed (not invited, or no such application): there are no marks to give"
                )
            }
        }
        let sheets = try rows.map { row -> Sheet in
            guard let result = row.result.value else {
                throw ExportError(
                    "\(row.applicationID)'s marks are sealed for \(viewer.name) (a conflict of interest): another exporter must write this sheet"
                )
            }
            return sheet(row, result, table, created)
        }
        // Only a file shared with a group shares its exports; a server panel has no such file.
        let group = (store as? any SQLiteFileDatabase)?.sharedGroup()
        // A sheet is named after its application id: even an id that reached the database
        // without import's validation must name a file in this folder, never `../x` or `.x`.
        let destinations = try sheets.map { sheet in
            let name = "\(sheet.applicationID).\(format.rawValue)"
            try OpenFolder.checkName(name)
            return ExportDestination(
                url: folder.appendingPathComponent(name), force: force, group: group)
        }
        let folderWasThere = FileManager.default.fileExists(atPath: folder.path)
        try makeFolder(folder, group: group)
        for destination in destinations { try destination.check() }
        // Every sheet goes to a temporary file first and is renamed into place only once all
        // are written: a stop half-way leaves no sheet behind.
        var temporaries: [String] = []
        var hashes: [(String, String)] = []
        do {
            for (n, (sheet, destination)) in zip(sheets, destinations).enumerated() {
                let temporary = try destination.temporaryFile()
                temporaries.append(temporary)
                var sink = try ExportSink(
                    path: temporary, mode: destination.mode, group: destination.group)
                do {
                    try sink.write(render(sheet, format))
                    try sink.finish()
                } catch {
                    sink.abandon()
                    throw error
                }
                try steps.step(.init(done: n + 1, total: sheets.count))
            }
            try steps.checkCancelled()
            for (temporary, destination) in zip(temporaries, destinations) {
                hashes.append(
                    (destination.url.lastPathComponent, try destination.commitFile(at: temporary)))
            }
        } catch {
            for temporary in temporaries.dropFirst(hashes.count) { unlink(temporary) }
            // A folder made for this export goes too, if nothing else is in it.
            if !folderWasThere { rmdir(folder.path) }
            throw error
        }
        var combined = SHA256()
        for (name, hash) in hashes { combined.update(data: Array("\(hash)  \(name)\n".utf8)) }
        var options = ["final": String(table.isFinal)]
        if case .candidate(let id) = selection { options["candidate"] = id.rawValue }
        do {
            try store.recordExport(
                ExportRecord(
                    kind: "feedback", format: format.rawValue, fileName: folder.lastPathComponent,
                    sha256: ExportDestination.hex(combined.finalize()), files: hashes.count,
                    options: options),
                by: viewer)
        } catch {
            for destination in destinations { unlink(destination.url.path) }
            throw error
        }
        return destinations.map(\.url)
    }

    static func makeFolder(_ folder: URL, group: gid_t?) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ExportError(
                    "\(folder.path) is a file: feedback sheets need a folder (-o DIR)")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: false,
                attributes: [.posixPermissions: group == nil ? 0o700 : 0o770])
            if let group { chown(folder.path, uid_t.max, group) }
        } catch {
            throw ExportError(
                "cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
    }

    static func sheet(
        _ row: RankingRow, _ result: CandidateResult, _ table: RankingTable, _ created: Timestamp
    ) -> Sheet {
        let scheme = table.scheme
        return Sheet(
            applicationID: row.applicationID, name: row.name,
            call: table.profile?.reference ?? "", callTitle: table.profile?.title ?? "",
            scale: scheme.scale,
            lines: scheme.criteria.map { rule in
                let combined = result.criteria.first { $0.criterion == rule.id }
                return Sheet.Line(
                    criterion: rule.id,
                    text: table.profile?.criteria.first { $0.id == rule.id }?.text ?? "",
                    weight: rule.weight,
                    mean: combined?.mean.map(CandidateResult.roundedToHundredths),
                    passMark: rule.passMark, passed: combined?.passed)
            },
            total: result.total, overallPassMark: scheme.rules.overallPassMark,
            passed: result.passed,
            reservePlace: row.reserve?.value == true ? row.rank?.value : nil,
            reserveListAnnounced: table.profile?.reserveListAnnounced ?? false,
            panelSetGrid: table.profile.map {
                $0.sources.weights == .panel || $0.sources.passMarks == .panel
            } ?? true,
            isFinal: table.isFinal, created: created)
    }

    /// The sheet as the candidate reads it; control and bidi characters in a name show as
    /// markers (`VisibleText`), whatever the format.
    public static func render(_ sheet: Sheet, _ format: Format) -> String {
        let rendered =
            switch format {
            case .txt: text(sheet)
            case .md: markdown(sheet)
            case .html: html(sheet)
            }
        return VisibleText.visible(rendered)
    }

    static func yesNo(_ passed: Bool?) -> String {
        passed.map { $0 ? "reached" : "not reached" } ?? "no pass mark"
    }

    /// Nil when the call announced no reserve list: then the sheet does not mention one.
    static func reserveText(_ sheet: Sheet) -> String? {
        guard sheet.reserveListAnnounced else { return nil }
        return sheet.reservePlace.map {
            "You are on the reserve list, in place \($0) (candidates with equal totals share a place)."
        } ?? "You are not on the reserve list."
    }

    /// The outcome, and the reserve list only where the call announced one.
    static func closing(_ sheet: Sheet, separator: String) -> String {
        ([outcome(sheet)] + [reserveText(sheet)].compactMap { $0 }).joined(separator: separator)
    }

    static func outcome(_ sheet: Sheet) -> String {
        sheet.passed
            ? "You reached every pass mark."
            : "You did not reach every pass mark."
    }

    static func notFinal(_ sheet: Sheet) -> String? {
        sheet.isFinal
            ? nil
            : "NOT FINAL: the selection panel has not finalised its ranking; these marks may still change."
    }

    static let about =
        "Each mark is the mean of the marks the members of the selection panel gave you for that criterion, on a scale of %@. The total is Σ(weight × mean ÷ %@) ÷ Σ weight × 100. Individual members' marks and the panel's deliberations are secret."

    static let panelSet =
        "The selection panel set these weights and pass marks before the interviews; the call for interest states the criteria."

    static func aboutText(_ sheet: Sheet) -> String {
        String(
            format: about, "\(sheet.scale.minimum)–\(sheet.scale.maximum)",
            "\(sheet.scale.maximum)") + (sheet.panelSetGrid ? " " + panelSet : "")
    }

    static func text(_ sheet: Sheet) -> String {
        var out = "Interview marks: \(sheet.name) (\(sheet.applicationID))\n"
        out += "Call \(sheet.call), \(sheet.callTitle)\n"
        out += "Data as of \(sheet.created)\n\n"
        if let note = notFinal(sheet) { out += note + "\n\n" }
        out += aboutText(sheet) + "\n\n"
        out += "criterion  weight  your mark  pass mark\n"
        for line in sheet.lines {
            out += line.criterion.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
            out += ScoreText.decimal(line.weight).leftPadded(6) + "  "
            out += ScoreText.decimal(line.mean).leftPadded(9) + "  "
            out += (line.passMark.map { ScoreText.decimal($0) } ?? "none").leftPadded(9) + "  "
            out += yesNo(line.passed) + "\n"
        }
        out +=
            "\nTotal: \(ScoreText.decimal(sheet.total)) of 100 (pass mark \(ScoreText.decimal(sheet.overallPassMark)))\n"
        out += closing(sheet, separator: "\n") + "\n\nThe criteria:\n"
        for line in sheet.lines { out += "\(line.criterion): \(line.text)\n" }
        return out
    }

    static func markdown(_ sheet: Sheet) -> String {
        var out =
            "# Interview marks: \(PanelReportMarkdown.m(sheet.name)) (\(sheet.applicationID))\n\n"
        out +=
            "Call \(sheet.call), \(PanelReportMarkdown.m(sheet.callTitle)). Data as of \(sheet.created).\n\n"
        if let note = notFinal(sheet) { out += "> **\(note)**\n\n" }
        out += aboutText(sheet) + "\n\n"
        out += PanelReportMarkdown.table(
            ["criterion", "weight", "your mark", "pass mark", "", "what it asks"],
            sheet.lines.map {
                [
                    $0.criterion.rawValue, ScoreText.decimal($0.weight), ScoreText.decimal($0.mean),
                    $0.passMark.map { ScoreText.decimal($0) } ?? "none", yesNo($0.passed), $0.text,
                ]
            })
        out +=
            "**Total: \(ScoreText.decimal(sheet.total))** of 100 (pass mark \(ScoreText.decimal(sheet.overallPassMark))).\n\n"
        out += closing(sheet, separator: " ") + "\n"
        return out
    }

    static func html(_ sheet: Sheet) -> String {
        let e = PanelReportHTML.e
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <title>Interview marks \(e(sheet.applicationID.rawValue))</title>
            <style>
            \(PanelReportHTML.style)
            </style>
            </head>
            <body>
            <h1>Interview marks: \(e(sheet.name)) (\(e(sheet.applicationID.rawValue)))</h1>
            <p>Call \(e(sheet.call)), \(e(sheet.callTitle)). Data as of \(sheet.created).</p>

            """
        if let note = notFinal(sheet) { out += "<p class=\"notice\">\(e(note))</p>\n" }
        out += "<p>\(e(aboutText(sheet)))</p>\n"
        out +=
            "<table>\n<tr><th>criterion</th><th>weight</th><th>your mark</th><th>pass mark</th><th></th><th>what it asks</th></tr>\n"
        for line in sheet.lines {
            out +=
                "<tr><td>\(e(line.criterion.rawValue))</td><td class=\"n\">\(ScoreText.decimal(line.weight))</td><td class=\"n\">\(ScoreText.decimal(line.mean))</td><td class=\"n\">\(line.passMark.map { ScoreText.decimal($0) } ?? "none")</td><td>\(yesNo(line.passed))</td><td>\(e(line.text))</td></tr>\n"
        }
        out += "</table>\n"
        out +=
            "<p><strong>Total: \(ScoreText.decimal(sheet.total))</strong> of 100 (pass mark \(ScoreText.decimal(sheet.overallPassMark))).</p>\n"
        out += "<p>\(e(closing(sheet, separator: " ")))</p>\n</body>\n</html>\n"
        return out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
